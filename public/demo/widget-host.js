// The host system's side of the integration: give the panel a FHIR bundle, listen for its events.
(function () {
  var panel = document.getElementById('panel');
  var log = document.getElementById('event-log');
  function write(line) {
    log.textContent += line + '\n';
  }
  panel.addEventListener('pa-signpost-ready', function (event) {
    write('pa-signpost-ready: ' + event.detail.listings + ' listings');
  });
  panel.addEventListener('pa-signpost-select', function (event) {
    write('pa-signpost-select: ' + (event.detail.selected ? 'chose ' : 'removed ') + event.detail.activity.name);
  });
  panel.addEventListener('pa-signpost-note', function (event) {
    write('pa-signpost-note: ' + event.detail.codes.map(function (c) { return c.code; }).join(', ') + '\n' + event.detail.text);
  });
  fetch('fhir/tom-gallagher.json')
    .then(function (response) { return response.json(); })
    .then(function (bundle) { panel.fhir = bundle; });
})();
