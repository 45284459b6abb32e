// Whether the page renders an element, by its style sheets as well as its attributes: an inactive
// tab or a closed dialog hidden by CSS (display: none) is not on screen, so it is not read.
export function isRendered(el: Element): boolean {
  // An engine without checkVisibility leaves it to the attributes, as before.
  if (typeof el.checkVisibility !== 'function') return true;
  // checkVisibilityCSS is the older name of visibilityProperty (Firefox before 122).
  if (el.checkVisibility({ visibilityProperty: true, checkVisibilityCSS: true })) return true;
  // checkVisibility is false for an element with no box of its own, and display: contents has
  // none while its children are laid out in its place.
  return el.ownerDocument.defaultView?.getComputedStyle(el).display === 'contents';
}
