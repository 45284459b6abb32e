import KDBush from 'kdbush';
import { createDistrictLookup, type DistrictLookup } from '../../geo/create-district-lookup.ts';
import { outcodeOf } from '../../geo/outcode-of.ts';
import { SUITABLE_FOR_TAGS, type Activity, type Districts, type SuitableForTag } from '../schema.ts';
import { createBitset, setBit, type Bitset } from './bitset.ts';
import { LOW_COST_MAX_GBP } from './filters.ts';
import { activityGroupBits, conditionBits } from './person.ts';
import { scheduleSlots } from './schedule-slots.ts';
import { WEIGHTS } from './score-weights.ts';

// The directory as columns: one typed array or bitset per fact search filters or ranks on, built
// once per directory version. Ranking reads numbers from these instead of walking Activity objects.

export const INTENSITY_CODE = { unknown: 0, gentle: 1, moderate: 2, vigorous: 3 } as const;
export const COST_CODE = { free: 0, concession: 1, paid: 2 } as const;
export const NO_AGE_MIN = 0;
export const NO_AGE_MAX = 255;
const DAY_MS = 86_400_000;

export interface ActivityTable {
  activities: readonly Activity[];
  size: number;
  lookup: DistrictLookup;
  // Position (venue coordinates, else the centroid of the venue postcode's district); NaN if neither.
  lat: Float64Array;
  lng: Float64Array;
  approximate: Uint8Array;
  // The venue postcode's district, for same-district matching when centroids are missing.
  outcode: Array<string | undefined>;
  intensity: Uint8Array;
  costType: Uint8Array;
  amount: Float64Array; // NaN when not given
  conditionLo: Uint32Array;
  conditionHi: Uint32Array;
  groups: Uint32Array;
  suitable: Uint32Array; // bit per SUITABLE_FOR_TAGS entry
  ageMin: Uint8Array;
  ageMax: Uint8Array;
  updatedDay: Float64Array; // days since 1970, NaN when not given
  // The parts of the score that depend only on the activity, worked out once.
  costScore: Float64Array;
  intensityScore: Float64Array; // applied when the filter says gentle first
  slotsPossible: Uint32Array;
  slotsBoth: Uint32Array;
  slotsDays: Uint8Array;
  slotsTimes: Uint8Array;
  // Facet bitsets.
  inPerson: Bitset;
  online: Bitset;
  home: Bitset;
  unplaced: Bitset; // in person with no position at all
  free: Bitset;
  lowCost: Bitset;
  gentle: Bitset;
  tags: Map<SuitableForTag, Bitset>;
  slotBits: Bitset[]; // 21, by day*3 + time of day
  // Geo index over placed in-person activities; kdbush ids map back to positions through geoIds.
  geo: KDBush | undefined;
  geoIds: Uint32Array;
}

export const TAG_BIT = new Map<SuitableForTag, number>(SUITABLE_FOR_TAGS.map((t, i) => [t, i]));

function costScore(a: Activity): number {
  const { type, amount } = a.cost;
  if (type === 'free' || amount === 0) return WEIGHTS.free;
  if (amount !== undefined) return amount <= LOW_COST_MAX_GBP ? WEIGHTS.lowCost : WEIGHTS.expensive;
  return type === 'concession' ? WEIGHTS.concession : 0;
}

export function buildActivityTable(activities: readonly Activity[], districts: Districts): ActivityTable {
  const n = activities.length;
  const lookup = createDistrictLookup(districts);
  const t: ActivityTable = {
    activities,
    size: n,
    lookup,
    lat: new Float64Array(n).fill(Number.NaN),
    lng: new Float64Array(n).fill(Number.NaN),
    approximate: new Uint8Array(n),
    outcode: new Array<string | undefined>(n),
    intensity: new Uint8Array(n),
    costType: new Uint8Array(n),
    amount: new Float64Array(n).fill(Number.NaN),
    conditionLo: new Uint32Array(n),
    conditionHi: new Uint32Array(n),
    groups: new Uint32Array(n),
    suitable: new Uint32Array(n),
    ageMin: new Uint8Array(n),
    ageMax: new Uint8Array(n).fill(NO_AGE_MAX),
    updatedDay: new Float64Array(n).fill(Number.NaN),
    costScore: new Float64Array(n),
    intensityScore: new Float64Array(n),
    slotsPossible: new Uint32Array(n),
    slotsBoth: new Uint32Array(n),
    slotsDays: new Uint8Array(n),
    slotsTimes: new Uint8Array(n),
    inPerson: createBitset(n),
    online: createBitset(n),
    home: createBitset(n),
    unplaced: createBitset(n),
    free: createBitset(n),
    lowCost: createBitset(n),
    gentle: createBitset(n),
    tags: new Map(SUITABLE_FOR_TAGS.map((tag) => [tag, createBitset(n)])),
    slotBits: Array.from({ length: 21 }, () => createBitset(n)),
    geo: undefined,
    geoIds: new Uint32Array(0),
  };
  // Centroids are looked up once per district, not once per activity.
  const centroidCache = new Map<string, { lat: number; lng: number } | undefined>();
  let placed = 0;

  for (let i = 0; i < n; i++) {
    const a = activities[i]!;
    if (a.mode === 'in-person') setBit(t.inPerson, i);
    else if (a.mode === 'online') setBit(t.online, i);
    else setBit(t.home, i);

    const outcode = a.venue?.postcode ? outcodeOf(a.venue.postcode) : undefined;
    t.outcode[i] = outcode;
    if (a.mode === 'in-person') {
      const { lat, lng } = a.venue ?? {};
      if (lat !== undefined && lng !== undefined) {
        t.lat[i] = lat;
        t.lng[i] = lng;
      } else if (outcode) {
        if (!centroidCache.has(outcode)) centroidCache.set(outcode, lookup.lookup(outcode));
        const centroid = centroidCache.get(outcode);
        if (centroid) {
          t.lat[i] = centroid.lat;
          t.lng[i] = centroid.lng;
          t.approximate[i] = 1;
        }
      }
      if (Number.isNaN(t.lat[i]!)) setBit(t.unplaced, i);
      else placed++;
    }

    t.intensity[i] = INTENSITY_CODE[a.intensity ?? 'unknown'];
    if (a.intensity === 'gentle') setBit(t.gentle, i);
    t.costType[i] = COST_CODE[a.cost.type];
    if (a.cost.amount !== undefined) t.amount[i] = a.cost.amount;
    if (a.cost.type === 'free' || a.cost.amount === 0) setBit(t.free, i);
    if (a.cost.type === 'free' || (a.cost.amount !== undefined && a.cost.amount <= LOW_COST_MAX_GBP)) setBit(t.lowCost, i);
    t.costScore[i] = costScore(a);
    t.intensityScore[i] = a.intensity === 'gentle' ? WEIGHTS.gentle : a.intensity === 'moderate' ? WEIGHTS.moderate : a.intensity === 'vigorous' ? WEIGHTS.vigorous : WEIGHTS.unknownIntensity;

    const [lo, hi] = conditionBits(a.conditions);
    t.conditionLo[i] = lo;
    t.conditionHi[i] = hi;
    t.groups[i] = activityGroupBits(a.conditions);
    let suitable = 0;
    for (const tag of a.suitableFor) {
      suitable |= 1 << TAG_BIT.get(tag)!;
      setBit(t.tags.get(tag)!, i);
    }
    t.suitable[i] = suitable;
    if (a.ageRange?.min !== undefined) t.ageMin[i] = a.ageRange.min;
    if (a.ageRange?.max !== undefined) t.ageMax[i] = a.ageRange.max;
    if (a.updated !== undefined) {
      const ms = Date.parse(a.updated);
      if (Number.isFinite(ms)) t.updatedDay[i] = Math.floor(ms / DAY_MS);
    }

    const slots = scheduleSlots(a);
    t.slotsPossible[i] = slots.possible;
    t.slotsBoth[i] = slots.definiteBoth;
    t.slotsDays[i] = slots.definiteDays;
    t.slotsTimes[i] = slots.definiteTimes;
    for (let s = 0; s < 21; s++) if (slots.possible & (1 << s)) setBit(t.slotBits[s]!, i);
  }

  if (placed > 0) {
    const geo = new KDBush(placed);
    const geoIds = new Uint32Array(placed);
    for (let i = 0; i < n; i++) {
      if (Number.isNaN(t.lat[i]!)) continue;
      geoIds[geo.add(t.lng[i]!, t.lat[i]!)] = i;
    }
    geo.finish();
    t.geo = geo;
    t.geoIds = geoIds;
  }
  return t;
}

export { DAY_MS };
