// Prints one element on its own. The widget lives inside the host's page, so window.print() there
// prints the whole clinical record around it, and the handout a patient takes home would carry
// their record with it. An invisible same-origin frame holding a copy of the element (and the
// widget's styles) prints only that.
export function printInFrame(host: Document, element: Element, css: string): void {
  // Where the keyboard was (the Print button, inside the widget's shadow root), to go back to.
  let active = host.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  const focused = active as HTMLElement | null;
  const frame = host.createElement('iframe');
  frame.setAttribute('aria-hidden', 'true');
  frame.tabIndex = -1;
  frame.title = 'Handout for printing';
  frame.style.cssText = 'position: fixed; right: 0; bottom: 0; width: 0; height: 0; border: 0; visibility: hidden;';
  host.body.append(frame);
  const win = frame.contentWindow;
  const blank = frame.contentDocument;
  if (blank) {
    try {
      // A new frame's document is in quirks mode; a doctype written into it lays the handout out
      // as the panel does. write() opens the document itself, after the Trusted Types check: a
      // page that enforces them refuses it before anything is emptied, and the frame stays in
      // quirks mode, which prints the handout all the same. (An explicit open() first would
      // empty the document and leave it without a head when write() is then refused.)
      blank.write('<!doctype html><html><head></head><body></body></html>');
      blank.close();
    } catch {
      // Quirks mode it is.
    }
  }
  const doc = frame.contentDocument;
  if (!win || !doc) {
    frame.remove();
    throw new Error('expected a frame to print the handout in, found none');
  }
  // Built node by node (importNode, textContent): nothing from the directory is parsed as HTML.
  doc.title = element.querySelector('h1')?.textContent ?? 'Handout';
  const style = doc.createElement('style');
  style.textContent = css;
  doc.head.append(style);
  doc.body.append(doc.importNode(element, true));
  // print() returns when the dialog closes in Chromium and Firefox; afterprint covers the rest,
  // and a frame left over is invisible and harmless until then.
  let removed = false;
  const remove = () => {
    if (removed) return;
    removed = true;
    // The keyboard goes back where it was, unless it has moved on since.
    const now = host.activeElement;
    frame.remove();
    if (now === frame || now === host.body || now === null) focused?.focus?.();
  };
  win.addEventListener('afterprint', remove, { once: true });
  win.focus();
  win.print();
  setTimeout(remove, 60_000);
}
