import type { CohortFilter, SearchFilters } from './filters.ts';
import type { WidenHint } from './search-result.ts';

// When a search finds too little, each filter in use is relaxed one step on its own and the extra
// activities counted, so the therapist sees exactly what each change would buy ("3 more within a
// short bus ride") rather than a generic "try widening your search".

const COHORT_WORDS: Record<CohortFilter, string> = {
  'women-only': 'women only',
  'older-adults': 'over 60s',
  'wheelchair-accessible': 'wheelchair accessible',
  'long-term-conditions': 'long-term-condition friendly',
  'mental-health': 'mental-health friendly',
  beginners: 'beginners',
};

interface Relaxation {
  filter: WidenHint['filter'];
  patch: Partial<SearchFilters>;
  words: (n: number) => string;
}

const more = (n: number) => `${n} more`;

export function relaxations(filters: SearchFilters, located: boolean): Relaxation[] {
  const out: Relaxation[] = [];
  // Distance only widens when distances can be measured at all.
  if (located && filters.distance === 'walk') out.push({ filter: 'distance', patch: { distance: 'bus' }, words: (n) => `${more(n)} within a short bus ride` });
  if (located && filters.distance !== 'any') out.push({ filter: 'distance', patch: { distance: 'any' }, words: (n) => `${more(n)} further away` });
  if (filters.cost === 'free') out.push({ filter: 'cost', patch: { cost: 'low' }, words: (n) => `${more(n)} if you include low-cost options (up to £5)` });
  if (filters.cost !== 'any') out.push({ filter: 'cost', patch: { cost: 'any' }, words: (n) => `${more(n)} if you include paid options` });
  if (filters.day !== 'any') out.push({ filter: 'day', patch: { day: 'any' }, words: (n) => `${more(n)} on other days` });
  if (filters.time !== 'any') out.push({ filter: 'time', patch: { time: 'any' }, words: (n) => `${more(n)} at other times of day` });
  if (filters.format !== 'any') {
    const other = filters.format === 'in-person' ? 'online or at home' : 'in other formats, including in person';
    out.push({ filter: 'format', patch: { format: 'any' }, words: (n) => `${more(n)} ${other}` });
  }
  if (filters.intensity === 'gentle-only') out.push({ filter: 'intensity', patch: { intensity: 'gentle-first' }, words: (n) => `${more(n)} if you include activities not marked gentle` });
  for (const tag of filters.cohort) {
    out.push({ filter: 'cohort', patch: { cohort: filters.cohort.filter((t) => t !== tag) }, words: (n) => `${more(n)} without "${COHORT_WORDS[tag]}"` });
  }
  if (filters.text !== '') out.push({ filter: 'text', patch: { text: '' }, words: (n) => `${more(n)} without the activity search` });
  return out;
}

export function widenHints(filters: SearchFilters, located: boolean, total: number, count: (filters: SearchFilters) => number): WidenHint[] {
  const hints: WidenHint[] = [];
  let lastDistanceGain = -1;
  for (const relax of relaxations(filters, located)) {
    const gain = count({ ...filters, ...relax.patch }) - total;
    // "Further away" only when the bus ride alone did not already show everything there is.
    if (relax.filter === 'distance' && relax.patch.distance === 'any' && gain === lastDistanceGain) continue;
    if (relax.filter === 'distance') lastDistanceGain = gain;
    if (gain > 0) hints.push({ filter: relax.filter, count: gain, text: relax.words(gain), patch: relax.patch });
  }
  // Biggest gain first; the relaxation order above breaks ties, so the nearest change leads.
  return hints.map((h, i) => ({ h, i })).sort((a, b) => b.h.count - a.h.count || a.i - b.i).map(({ h }) => h);
}
