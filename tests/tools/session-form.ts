// For the Chromium e2e test and the Firefox check of fields typed in. Runs in the page (passed to
// page.evaluate, so it uses nothing from outside itself): adds to the record a session form dated
// 27/11/2026 with an empty PHQ-9 total and an unticked "Chest pain on exertion" box.
export function addSessionForm(): void {
  const form = document.createElement('form');
  form.innerHTML =
    '<h2>Session 27/11/2026</h2><p><label>PHQ-9 total <input id="phq-today" inputmode="numeric"></label></p>' +
    '<p><label><input type="checkbox" id="cp"> Chest pain on exertion</label></p>';
  (document.querySelector('#record main') ?? document.body).append(form);
}
