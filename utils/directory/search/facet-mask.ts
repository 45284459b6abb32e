import { andInto, createBitset, fillBitset, orInto, type Bitset } from './bitset.ts';
import type { ActivityTable } from './activity-table.ts';
import type { SearchFilters } from './filters.ts';
import { querySlots } from './schedule-slots.ts';
import type { TextIndex } from './text-index.ts';

// Everything the filters say except distance and age, as one bitset of the activities that pass.
export function facetMask(table: ActivityTable, text: TextIndex, filters: SearchFilters): Bitset {
  const mask = fillBitset(table.size);
  if (filters.format === 'in-person') andInto(mask, table.inPerson);
  else if (filters.format === 'online') andInto(mask, table.online);
  else if (filters.format === 'home') andInto(mask, table.home);
  if (filters.cost === 'free') andInto(mask, table.free);
  else if (filters.cost === 'low') andInto(mask, table.lowCost);
  if (filters.intensity === 'gentle-only') andInto(mask, table.gentle);
  for (const tag of filters.cohort) andInto(mask, table.tags.get(tag)!);
  const slots = querySlots(filters.day, filters.time);
  if (slots !== undefined) {
    const any = createBitset(table.size);
    for (let s = 0; s < 21; s++) if (slots & (1 << s)) orInto(any, table.slotBits[s]!);
    andInto(mask, any);
  }
  if (filters.text !== '') {
    const hits = text.match(filters.text);
    if (hits) andInto(mask, hits);
  }
  return mask;
}

// Filters that change the mask, as a cache key (distance is applied separately).
export function facetKey(filters: SearchFilters): string {
  return JSON.stringify([filters.format, filters.cost, filters.intensity === 'gentle-only', [...filters.cohort].sort(), filters.day, filters.time, filters.text.toLowerCase()]);
}
