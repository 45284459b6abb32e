import { existsSync, readFileSync } from 'node:fs';
import MiniSearch from 'minisearch';
import type { ClinicalContext } from '../../utils/context/schema.ts';
import { haversineKm } from '../../utils/geo/haversine-km.ts';
import { judgeActivity } from '../../utils/safety/activity-rules.ts';
import { createSearchIndex } from '../../utils/directory/search/create-search-index.ts';
import { DISTANCE_KM, parseFilters, type SearchFiltersInput } from '../../utils/directory/search/filters.ts';
import { expandActivityTerm } from '../../utils/directory/openactive/expand-activity-term.ts';
import type { Activity, Day, Districts } from '../../utils/directory/schema.ts';
import { percentile } from './timing.ts';

// Directory search at 1k, 10k and 100k synthetic activities spread over UK districts. Reports the
// in-memory index build and p50/p95 query time for a fixed mix of realistic queries (mostly within
// walking or bus distance, some at any distance, some with day/time, cohort or activity text),
// beside a linear scan with haversine and beside MiniSearch answering the same queries.
// Everything is generated from a seeded PRNG, so every run sees the same data and queries.

export const title = 'Search';

function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// District centroids: the national file when it is available on this machine, else synthetic
// districts scattered around UK towns (approximate town positions, not real centroids).
function loadDistricts(random: () => number): Districts {
  const file = '/work/shared/data/uk-outcode-centroids.csv';
  const out: Districts = {};
  if (existsSync(file)) {
    for (const line of readFileSync(file, 'utf8').split('\n').slice(1)) {
      const [outcode, lat, lng] = line.trim().split(',');
      if (outcode && lat && lng && Number.isFinite(+lat) && Number.isFinite(+lng)) out[outcode] = { lat: +lat, lng: +lng };
    }
    if (Object.keys(out).length > 100) return out;
  }
  const towns: Array<[string, number, number, number]> = [
    ['L', 53.41, -2.98, 40], ['M', 53.48, -2.24, 60], ['B', 52.48, -1.9, 70], ['LS', 53.8, -1.55, 40], ['S', 53.38, -1.47, 40],
    ['NE', 54.97, -1.61, 40], ['BS', 51.45, -2.59, 40], ['N', 51.56, -0.11, 30], ['E', 51.53, -0.03, 30], ['SW', 51.46, -0.17, 30],
    ['G', 55.86, -4.25, 60], ['EH', 55.95, -3.19, 50], ['CF', 51.48, -3.18, 40], ['BT', 54.6, -5.93, 60], ['NG', 52.95, -1.15, 40],
    ['PL', 50.38, -4.14, 30], ['AB', 57.15, -2.1, 30], ['NR', 52.63, 1.3, 30], ['EX', 50.72, -3.53, 30], ['IV', 57.48, -4.22, 30],
  ];
  for (const [area, lat, lng, count] of towns) {
    for (let i = 1; i <= count; i++) out[`${area}${i}`] = { lat: lat + (random() - 0.5) * 0.4, lng: lng + (random() - 0.5) * 0.6 };
  }
  return out;
}

const LABELS = ['Walking', 'Health Walks', 'Hatha Yoga', 'Chair Yoga', 'Tai Chi', 'Swimming', 'Aqua Aerobics', 'Gym', 'Chair-Based Exercise', 'Strength and Balance', 'Couch to 5K', 'Pilates', 'Walking Football', 'Zumba Gold', 'Cycling', 'Gardening', 'Bowls', 'Dance', 'Circuit Training', 'HIIT', 'Cardiac Rehabilitation', 'Badminton', 'Nordic Walking', 'Table Tennis'];
const TAGS = ['long-term-conditions', 'mental-health', 'beginners', 'older-adults', 'women-only', 'wheelchair-accessible'] as const;
const CONDITIONS = ['copd', 'type-2-diabetes', 'coronary-heart-disease', 'osteoarthritis', 'depression', 'chronic-pain', 'frailty', 'cancer'] as const;
const DAYS: Day[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const WORDS = ['friendly', 'group', 'session', 'community', 'centre', 'park', 'gentle', 'relaxed', 'local', 'welcoming', 'weekly', 'sociable'];

function makeActivities(n: number, codes: string[], districts: Districts, random: () => number): Activity[] {
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const out: Activity[] = [];
  for (let i = 0; i < n; i++) {
    const label = pick(LABELS);
    const code = pick(codes);
    const centre = districts[code]!;
    const roll = random();
    // Most directory sessions are in person; online and at-home ones are a few percent of a feed.
    const mode = roll < 0.94 ? 'in-person' : roll < 0.98 ? 'online' : 'home';
    const venue =
      mode !== 'in-person'
        ? undefined
        : random() < 0.9
          ? { lat: centre.lat + (random() - 0.5) * 0.04, lng: centre.lng + (random() - 0.5) * 0.06, postcode: `${code} 1AA` }
          : { postcode: `${code} 2BB` };
    const start = 7 + Math.floor(random() * 13);
    const costRoll = random();
    out.push({
      id: `act-${String(i).padStart(6, '0')}`,
      name: `${label} ${pick(WORDS)} ${i}`,
      description: `${pick(WORDS)} ${pick(WORDS)} ${label.toLowerCase()} ${pick(WORDS)}`,
      activities: [label],
      mode,
      ...(venue ? { venue } : {}),
      schedule: random() < 0.85 ? [{ days: [pick(DAYS)], start: `${String(start).padStart(2, '0')}:00`, end: `${String(start + 1).padStart(2, '0')}:00` }] : [],
      cost: costRoll < 0.4 ? { type: 'free' } : costRoll < 0.75 ? { type: 'paid', amount: 2 + Math.floor(random() * 4) } : { type: 'paid', amount: 6 + Math.floor(random() * 8) },
      intensity: pick(['gentle', 'gentle', 'moderate', 'vigorous'] as const),
      suitableFor: TAGS.filter(() => random() < 0.15),
      conditions: random() < 0.1 ? [pick(CONDITIONS)] : [],
      ...(random() < 0.1 ? { ageRange: { min: pick([16, 50, 60]) } } : {}),
      updated: new Date(Date.UTC(2026, 5, 1) - Math.floor(random() * 400) * 86_400_000).toISOString().slice(0, 10),
    });
  }
  return out;
}

const PROFILES: ClinicalContext[] = [
  { conditions: [{ id: 'depression', status: 'present', text: 'x' }], measures: {}, flags: [] },
  { conditions: [{ id: 'copd', status: 'present', text: 'x' }, { id: 'anxiety', status: 'present', text: 'x' }], measures: {}, flags: [], ageYears: 67 },
  { conditions: [{ id: 'eating-disorder', status: 'present', text: 'x' }], measures: {}, flags: ['eating-disorder'], ageYears: 24 },
  { conditions: [{ id: 'me-cfs', status: 'present', text: 'x' }], measures: {}, flags: ['me-cfs'], ageYears: 41 },
  { conditions: [{ id: 'coronary-heart-disease', status: 'present', text: 'x' }], measures: {}, flags: ['cardiac-symptoms'], ageYears: 58 },
  { conditions: [{ id: 'frailty', status: 'present', text: 'x' }], measures: {}, flags: ['falls'], ageYears: 79 },
];

interface Query {
  context: ClinicalContext;
  filters: SearchFiltersInput;
}

// A session is a few queries for one person with the therapist changing filters, as in the sidebar.
function makeQueries(count: number, codes: string[], random: () => number): Query[] {
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const queries: Query[] = [];
  while (queries.length < count) {
    const context = { ...pick(PROFILES), postcodeDistrict: pick(codes) };
    for (let k = 0; k < 5 && queries.length < count; k++) {
      const r = random();
      const filters: SearchFiltersInput = { distance: r < 0.4 ? 'walk' : r < 0.85 ? 'bus' : 'any' };
      if (random() < 0.3) filters.cost = pick(['free', 'low'] as const);
      if (random() < 0.2) filters.format = pick(['in-person', 'online', 'home'] as const);
      if (random() < 0.3) filters.day = pick(DAYS);
      if (random() < 0.3) filters.time = pick(['morning', 'afternoon', 'evening'] as const);
      if (random() < 0.15) filters.cohort = [pick(TAGS)];
      if (random() < 0.2) filters.text = pick(['yoga', 'walking', 'swimming', 'tai chi', 'dance']);
      queries.push({ context, filters });
    }
  }
  return queries;
}

function time(fn: () => unknown): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

function p(times: number[], q: number): number {
  return percentile([...times].sort((a, b) => a - b), q);
}

// The naive way: every activity checked, distance by haversine, safety judged each time, sorted.
function linearSearch(activities: Activity[], districts: Districts, query: Query): number {
  const f = parseFilters(query.filters);
  const origin = districts[query.context.postcodeDistrict ?? ''];
  const limit = DISTANCE_KM[f.distance];
  const terms = f.text ? expandActivityTerm(f.text).map((t) => t.toLowerCase()) : [];
  const hits: Array<{ a: Activity; d: number }> = [];
  for (const a of activities) {
    if (f.format !== 'any' && a.mode !== f.format) continue;
    if (f.cost === 'free' && a.cost.type !== 'free') continue;
    if (f.cost === 'low' && a.cost.type !== 'free' && !((a.cost.amount ?? 99) <= 5)) continue;
    if (f.day !== 'any' && a.schedule.length > 0 && !a.schedule.some((s) => s.days.includes(f.day as Day))) continue;
    if (f.cohort.some((t) => !a.suitableFor.includes(t))) continue;
    if (terms.length > 0 && !terms.some((t) => a.name.toLowerCase().includes(t) || a.activities.some((l) => l.toLowerCase() === t))) continue;
    let d = Number.POSITIVE_INFINITY;
    if (a.mode === 'in-person' && origin && a.venue?.lat !== undefined && a.venue.lng !== undefined) {
      d = haversineKm(origin, { lat: a.venue.lat, lng: a.venue.lng });
      if (d > limit) continue;
    }
    if (judgeActivity(query.context, a).exclude) continue;
    hits.push({ a, d });
  }
  hits.sort((x, y) => x.d - y.d || (x.a.id < y.a.id ? -1 : 1));
  return hits.length;
}

// MiniSearch is a text index: it answers the activity words (with the same Activity List
// expansion) and the facet filters through its filter callback; distance is a haversine per hit.
function miniSearchIndex(activities: Activity[]) {
  const mini = new MiniSearch<Activity & { labels: string }>({ fields: ['name', 'labels', 'description'], storeFields: [], idField: 'id' });
  mini.addAll(activities.map((a) => ({ ...a, labels: a.activities.join(' ') })));
  return mini;
}

function miniSearchQuery(mini: MiniSearch, byId: Map<string, Activity>, districts: Districts, query: Query): number {
  const f = parseFilters(query.filters);
  const origin = districts[query.context.postcodeDistrict ?? ''];
  const limit = DISTANCE_KM[f.distance];
  const text = f.text ? expandActivityTerm(f.text).join(' ') : MiniSearch.wildcard;
  const results = mini.search(text as string, {
    filter: (r) => {
      const a = byId.get(r.id as string)!;
      if (f.format !== 'any' && a.mode !== f.format) return false;
      if (f.cost === 'free' && a.cost.type !== 'free') return false;
      if (f.cohort.some((t) => !a.suitableFor.includes(t))) return false;
      if (a.mode === 'in-person' && origin && a.venue?.lat !== undefined && a.venue.lng !== undefined) {
        return haversineKm(origin, { lat: a.venue.lat, lng: a.venue.lng }) <= limit;
      }
      return true;
    },
  });
  return results.length;
}

export async function run(): Promise<Record<string, number>> {
  const figures: Record<string, number> = {};
  const random = prng(20260601);
  const districts = loadDistricts(random);
  const codes = Object.keys(districts).sort();
  figures['search.districts'] = codes.length;
  const now = Date.UTC(2026, 5, 1);

  for (const [label, n] of [['1k', 1_000], ['10k', 10_000], ['100k', 100_000]] as const) {
    const activities = makeActivities(n, codes, districts, prng(n));
    // Queries start in districts that have activities, as a real regional pack would.
    const used = [...new Set(activities.map((a) => a.venue?.postcode?.split(' ')[0]).filter((c): c is string => !!c))].sort();
    const queries = makeQueries(300, used, prng(n + 1));

    const builds: number[] = [];
    let index = createSearchIndex(activities, districts);
    for (let r = 0; r < 3; r++) builds.push(time(() => (index = createSearchIndex(activities, districts))));
    figures[`search.${label}.build.ms`] = p(builds, 50);
    // The first search with an activity-text filter also builds the text postings, which the index
    // leaves until a text filter asks for them.
    const firstText: number[] = [];
    for (let r = 0; r < 3; r++) {
      const fresh = createSearchIndex(activities, districts);
      firstText.push(time(() => fresh.search({ ...PROFILES[0]!, postcodeDistrict: used[r]! }, { text: 'yoga' }, { now })));
    }
    figures[`search.${label}.first-text.ms`] = p(firstText, 50);

    // A new person with safety risks, nothing judged for them yet: the first search within a bus
    // ride, the first at any distance, and judging the whole directory ahead (index.prepare).
    const coldBus: number[] = [];
    const coldAny: number[] = [];
    const prepare: number[] = [];
    for (let r = 0; r < 4; r++) {
      const context = { ...PROFILES[2 + r]!, postcodeDistrict: used[r]! };
      const a = createSearchIndex(activities, districts);
      coldBus.push(time(() => a.search(context, { distance: 'bus' }, { now })));
      const b = createSearchIndex(activities, districts);
      coldAny.push(time(() => b.search(context, { distance: 'any' }, { now })));
      const c = createSearchIndex(activities, districts);
      prepare.push(time(() => c.prepare(context)));
    }
    figures[`search.${label}.cold.bus.ms`] = p(coldBus, 50);
    figures[`search.${label}.cold.any.ms`] = p(coldAny, 50);
    figures[`search.${label}.prepare.ms`] = p(prepare, 50);

    // Warm: each person's verdicts judged ahead, as the sidebar does in idle time once it has the page.
    for (const profile of PROFILES) index.prepare(profile);
    for (const q of queries.slice(0, 30)) index.search(q.context, q.filters, { now });
    const times = queries.map((q) => time(() => index.search(q.context, q.filters, { now })));
    figures[`search.${label}.p50.ms`] = p(times, 50);
    figures[`search.${label}.p95.ms`] = p(times, 95);

    const linearQueries = n >= 100_000 ? queries.slice(0, 60) : queries;
    const linear = linearQueries.map((q) => time(() => linearSearch(activities, districts, q)));
    figures[`search.${label}.linear.p50.ms`] = p(linear, 50);
    figures[`search.${label}.linear.p95.ms`] = p(linear, 95);

    let mini: MiniSearch | undefined;
    figures[`search.${label}.minisearch.build.ms`] = time(() => (mini = miniSearchIndex(activities)));
    const byId = new Map(activities.map((a) => [a.id, a]));
    const miniTimes = linearQueries.map((q) => time(() => miniSearchQuery(mini!, byId, districts, q)));
    figures[`search.${label}.minisearch.p50.ms`] = p(miniTimes, 50);
    figures[`search.${label}.minisearch.p95.ms`] = p(miniTimes, 95);
  }
  return figures;
}
