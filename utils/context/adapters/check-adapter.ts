import type { SiteAdapter } from './types.ts';

// What a page of the adapter's layout is missing, as "expected X, found Y" messages. Used by the
// fixture tests (and the CLI's layout detection) so a layout change fails loudly.
export function checkAdapter(adapter: SiteAdapter, root: ParentNode): string[] {
  const problems: string[] = [];
  const selectors = new Set([...adapter.regions, ...(adapter.contexts ?? []).map((c) => c.selector), ...(adapter.expect ?? [])]);
  for (const selector of selectors) {
    let found: Element | null;
    try {
      found = root.querySelector(selector);
    } catch {
      problems.push(`adapter ${adapter.id}: expected a valid CSS selector, found "${selector}"`);
      continue;
    }
    if (!found) problems.push(`adapter ${adapter.id}: expected selector ${selector} to match, found nothing`);
  }
  return problems;
}

export function assertAdapter(adapter: SiteAdapter, root: ParentNode): void {
  const problems = checkAdapter(adapter, root);
  if (problems.length > 0) throw new Error(problems.join('\n'));
}
