import type { SiteAdapter } from './types.ts';

// Any page: all visible text, with context taken from headings and labels alone.
export const GENERIC_ADAPTER: SiteAdapter = {
  id: 'generic',
  name: 'Any page',
  matches: [],
  regions: [],
};
