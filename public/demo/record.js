// Behaviour of the synthetic demo record system: tabs, adding a problem (a DOM edit),
// and moving between records without a page load (history.pushState), like many real systems.
(function () {
  function bindRecord() {
    document.querySelectorAll('.ehr-tabs [data-tab]').forEach(function (tab) {
      tab.addEventListener('click', function () {
        var name = tab.getAttribute('data-tab');
        document.querySelectorAll('.ehr-tabs [data-tab]').forEach(function (t) {
          t.setAttribute('aria-selected', String(t === tab));
        });
        document.querySelectorAll('[data-panel]').forEach(function (panel) {
          panel.hidden = panel.getAttribute('data-panel') !== name;
        });
      });
    });
    var add = document.querySelector('[data-action="add-problem"]');
    if (add) {
      add.addEventListener('click', function () {
        var input = document.getElementById('add-problem');
        var text = input.value.trim();
        if (!text) return;
        var row = document.createElement('tr');
        [text, 'Active', new Date().toLocaleDateString('en-GB')].forEach(function (value) {
          var cell = document.createElement('td');
          cell.textContent = value;
          row.appendChild(cell);
        });
        document.querySelector('.ehr-problems tbody').appendChild(row);
        input.value = '';
      });
    }
  }

  function load(href, push) {
    return fetch(href)
      .then(function (response) { return response.text(); })
      .then(function (html) {
        var next = new DOMParser().parseFromString(html, 'text/html');
        document.getElementById('record').replaceWith(document.adoptNode(next.getElementById('record')));
        document.title = next.title;
        document.querySelectorAll('[data-spa]').forEach(function (link) {
          if (link.getAttribute('href') === href) link.setAttribute('aria-current', 'page');
          else link.removeAttribute('aria-current');
        });
        if (push) history.pushState({ href: href }, '', href);
        bindRecord();
      });
  }

  document.addEventListener('click', function (event) {
    var link = event.target.closest && event.target.closest('a[data-spa]');
    if (!link || event.ctrlKey || event.metaKey || event.shiftKey) return;
    event.preventDefault();
    load(link.getAttribute('href'), true);
  });
  window.addEventListener('popstate', function () {
    load(location.pathname.split('/').pop() || 'aisha-rahman.html', false);
  });
  bindRecord();
})();
