// In the widget bundle every stylesheet a component imports lands here (see the widget build's
// style plugin) so the element can put them inside its Shadow DOM, where host styles cannot reach.
export const styles: string[] = [];

export function addStyle(css: string): void {
  styles.push(css);
}

// Page-level selectors become the element's own: the widget must not restyle the host page.
export function scopeToHost(css: string): string {
  return css.replace(/(^|[}\s,])(:root|html|body)(?=[\s,{])/g, '$1:host');
}
