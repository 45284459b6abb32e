import { CARENOTES_TT_ADAPTER } from './carenotes-tt.ts';
import { checkAdapter } from './check-adapter.ts';
import { GENERIC_ADAPTER } from './generic.ts';
import { HARTWELL_ADAPTER } from './hartwell.ts';
import { matchesPattern } from './match-pattern.ts';
import type { SiteAdapter } from './types.ts';

export type { SiteAdapter } from './types.ts';
export { GENERIC_ADAPTER } from './generic.ts';
export { checkAdapter, assertAdapter } from './check-adapter.ts';

// Named adapters for known record layouts; the generic adapter reads any other page.
export const ADAPTERS: SiteAdapter[] = [CARENOTES_TT_ADAPTER, HARTWELL_ADAPTER];

export function adapterFor(url: string): SiteAdapter {
  return ADAPTERS.find((adapter) => adapter.matches.some((pattern) => matchesPattern(pattern, url))) ?? GENERIC_ADAPTER;
}

export function adapterById(id: string): SiteAdapter | undefined {
  return id === GENERIC_ADAPTER.id ? GENERIC_ADAPTER : ADAPTERS.find((adapter) => adapter.id === id);
}

// The named adapter whose expected selectors all match this page (for files read without a URL).
export function detectAdapter(root: ParentNode): SiteAdapter {
  return ADAPTERS.find((adapter) => (adapter.expect?.length ?? 0) > 0 && checkAdapter(adapter, root).length === 0) ?? GENERIC_ADAPTER;
}
