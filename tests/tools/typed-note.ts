// For the Chromium e2e test of text whose lines a style sheet keeps. Runs in the page (passed to
// page.evaluate, so it uses nothing from outside itself): adds to the record a note shown as typed,
// a <div> that a class styles white-space: pre-wrap, as record systems show free text.
export function addTypedNote(text: string): void {
  const style = document.createElement('style');
  style.textContent = '.typed-note { white-space: pre-wrap; font-family: monospace; }';
  document.head.append(style);
  const note = document.createElement('div');
  note.className = 'typed-note';
  note.textContent = text;
  (document.querySelector('#record main') ?? document.body).append(note);
}
