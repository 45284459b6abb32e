// A parsed page's drop-down lists show the option its markup marks `selected` (the last one, in a
// single-choice list), as a browser shows them. happy-dom 21 gets this wrong past the second
// option (it shows the second), so after a static parse each list is set from its markup here.
export function applyDefaultSelections(doc: Document): void {
  for (const select of doc.querySelectorAll('select')) {
    const marked = [...select.options].filter((option) => option.hasAttribute('selected'));
    if (marked.length === 0) continue;
    if (select.multiple) for (const option of select.options) option.selected = option.hasAttribute('selected');
    else marked.at(-1)!.selected = true;
  }
}
