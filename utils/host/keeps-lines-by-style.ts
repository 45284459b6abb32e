// Whether the page's styles keep an element's line breaks: a note shown as typed is often a <div>
// with white-space: pre-wrap from a style sheet, which the markup alone does not show.
const KEEPS = /^(?:pre|pre-wrap|pre-line|break-spaces)$/;
const KEEPS_BREAKS = /^(?:preserve|preserve-breaks|break-spaces)$/;

export function keepsLinesByStyle(el: Element): boolean {
  const style = el.ownerDocument.defaultView?.getComputedStyle(el);
  // The shorthand's longhand in newer engines: white-space: pre-wrap is collapse preserve + wrap.
  const collapse = style?.getPropertyValue('white-space-collapse');
  if (collapse) return KEEPS_BREAKS.test(collapse);
  return KEEPS.test(style?.whiteSpace ?? '');
}
