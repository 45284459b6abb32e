import { around } from 'geokdbush';
import type { ClinicalContext } from '../../context/schema.ts';
import { haversineKm } from '../../geo/haversine-km.ts';
import type { LatLng } from '../../geo/lat-lng.ts';
import type { Activity, Districts } from '../schema.ts';
import { buildActivityTable, COST_CODE, DAY_MS, INTENSITY_CODE, NO_AGE_MAX, TAG_BIT } from './activity-table.ts';
import { forEachBitAnd, hasBit, type Bitset } from './bitset.ts';
import { distanceText, staleWords, whyWords } from './describe-result.ts';
import { facetKey, facetMask } from './facet-mask.ts';
import { DISTANCE_KM, LOW_COST_MAX_GBP, parseFilters, type SearchFilters, type SearchFiltersInput } from './filters.ts';
import { personOf, type Person } from './person.ts';
import { provisionGap } from './provision-gap.ts';
import { rankNational } from './rank-national.ts';
import { querySlots, slotIndex, dayIndex } from './schedule-slots.ts';
import { STALE_AFTER_DAYS, WEIGHTS } from './score-weights.ts';
import type { DistanceKind, SafetyExclusions, SearchOutcome, SearchResult } from './search-result.ts';
import { createTextIndex } from './text-index.ts';
import { createVerdictCache, type VerdictLookup } from './verdict-cache.ts';
import { widenHints } from './widen-hints.ts';

// The directory search. Built once per directory version from the activities and district
// centroids in memory; rebuilding is cheap (about a third of a second for 100,000 activities, see
// tests/bench/search.bench.ts), so an import simply builds a new index and swaps it in rather than
// patching this one.
//
// A query runs in three steps:
//  1. facets: the filters become one bitset (mode, cost, intensity, cohort tags, day and time, text);
//  2. distance: geokdbush walks the geo index outwards from the person's district centroid, keeping
//     only activities whose facet bit is set; online and at-home ones join without a distance;
//  3. each candidate is age-checked, safety-judged (judgeActivity, remembered per person) and scored
//     from typed columns; only the best few become result objects with words.

export interface SearchOptions {
  // Local results to return (the best set); default 4.
  limit?: number;
  // National options to return; default 4.
  nationalLimit?: number;
  // "Now" for freshness, as a Date or epoch milliseconds; default the current time.
  now?: Date | number;
}

export interface SearchIndex {
  readonly size: number;
  search(context: ClinicalContext, filters?: SearchFiltersInput, options?: SearchOptions): SearchOutcome;
  // Local activities that pass the filters and safety rules, without ranking them.
  count(context: ClinicalContext, filters?: SearchFiltersInput): number;
  get(id: string): Activity | undefined;
}

const KM = 0;
const SAME = 1;
const REMOTE = 2;
const UNKNOWN = 3;
const KIND_NAMES: DistanceKind[] = ['km', 'same-district', 'remote', 'unknown'];
const RAD = Math.PI / 180;
const EARTH_KM = 6371.0088;

interface Where {
  origin?: LatLng;
  located: SearchOutcome['located'];
  district?: string;
}

interface Candidate {
  i: number;
  score: number;
  kind: number;
  km: number;
}

export function createSearchIndex(activities: Activity[], districts: Districts): SearchIndex {
  const table = buildActivityTable(activities, districts);
  const text = createTextIndex(activities);
  const verdicts = createVerdictCache(activities);
  const masks = new Map<string, Bitset>();
  let byId: Map<string, number> | undefined;

  function maskFor(filters: SearchFilters): Bitset {
    const key = facetKey(filters);
    let mask = masks.get(key);
    if (!mask) {
      mask = facetMask(table, text, filters);
      if (masks.size >= 16) masks.delete(masks.keys().next().value!);
      masks.set(key, mask);
    }
    return mask;
  }

  function whereIs(person: Person): Where {
    if (person.district === undefined) return { located: 'none' };
    const origin = table.lookup.lookup(person.district);
    return origin ? { origin, located: 'centroid', district: person.district } : { located: 'district-only', district: person.district };
  }

  // Calls fn for every activity that passes the facet mask and the distance filter, with how far it is.
  function candidates(where: Where, filters: SearchFilters, mask: Bitset, fn: (i: number, kind: number, km: number) => void): void {
    const limitKm = DISTANCE_KM[filters.distance];
    const { origin, district } = where;
    if (origin) {
      const cosLat = Math.cos(origin.lat * RAD);
      const approxKm = (i: number) => {
        const dx = (table.lng[i]! - origin.lng) * cosLat;
        const dy = table.lat[i]! - origin.lat;
        return Math.sqrt(dx * dx + dy * dy) * RAD * EARTH_KM;
      };
      if (table.geo && Number.isFinite(limitKm)) {
        const ids = table.geoIds;
        const hits = around(table.geo, origin.lng, origin.lat, Infinity, limitKm, (k: number) => hasBit(mask, ids[k]!));
        for (const k of hits) {
          const i = ids[k]!;
          fn(i, KM, approxKm(i));
        }
      } else if (table.geo) {
        forEachBitAnd(mask, table.inPerson, (i) => {
          if (!hasBit(table.unplaced, i)) fn(i, KM, approxKm(i));
        });
      }
      // In person but nowhere on the map: same district by postcode, else distance unknown.
      forEachBitAnd(mask, table.unplaced, (i) => fn(i, table.outcode[i] === district ? SAME : UNKNOWN, Number.NaN));
    } else {
      // No centroid for the person: fall back to matching the venue's district by postcode.
      forEachBitAnd(mask, table.inPerson, (i) => fn(i, district !== undefined && table.outcode[i] === district ? SAME : UNKNOWN, Number.NaN));
    }
    forEachBitAnd(mask, table.inPerson, (i) => fn(i, REMOTE, Number.NaN), true);
  }

  function ageFits(i: number, age: number | undefined): boolean {
    return age === undefined || (age >= table.ageMin[i]! && age <= table.ageMax[i]!);
  }

  function count(context: ClinicalContext, filters: SearchFilters, where: Where, person: Person, judge: VerdictLookup): number {
    let n = 0;
    candidates(where, filters, maskFor(filters), (i) => {
      if (ageFits(i, person.ageYears) && !judge(i).exclude) n++;
    });
    return n;
  }

  function search(context: ClinicalContext, input: SearchFiltersInput = {}, options: SearchOptions = {}): SearchOutcome {
    const filters = parseFilters(input);
    const limit = Math.max(0, options.limit ?? 4);
    const nowDay = Math.floor((options.now === undefined ? Date.now() : +options.now) / DAY_MS);
    const person = personOf(context);
    const where = whereIs(person);
    const judge = verdicts.forContext(context);
    const mask = maskFor(filters);

    const [pLo, pHi] = person.conditionBits;
    const pGroups = person.groupBits;
    const age = person.ageYears;
    const gentleFirst = filters.intensity === 'gentle-first';
    const askTime = querySlots(filters.day, filters.time) !== undefined;
    const dayBit = filters.day === 'any' ? 0 : 1 << dayIndex(filters.day);
    const timeBit = filters.time === 'any' ? 0 : 1 << slotIndex(filters.time);
    const bothMask = querySlots(filters.day, filters.time) ?? 0;
    // Tags that say the activity welcomes someone like this person.
    let tagBonusMask = 1 << TAG_BIT.get('beginners')!;
    if (person.physicalCondition) tagBonusMask |= 1 << TAG_BIT.get('long-term-conditions')!;
    if (person.mentalHealthCondition) tagBonusMask |= 1 << TAG_BIT.get('mental-health')!;
    if (age !== undefined && age >= 60) tagBonusMask |= 1 << TAG_BIT.get('older-adults')!;
    const TAG_WEIGHT: Array<[number, number]> = [
      [1 << TAG_BIT.get('long-term-conditions')!, WEIGHTS.tagLongTermConditions],
      [1 << TAG_BIT.get('mental-health')!, WEIGHTS.tagMentalHealth],
      [1 << TAG_BIT.get('older-adults')!, WEIGHTS.tagOlderAdults],
      [1 << TAG_BIT.get('beginners')!, WEIGHTS.tagBeginners],
    ];

    const statedFit = (i: number): boolean => {
      if (!askTime) return true;
      if (dayBit && timeBit) return (table.slotsBoth[i]! & bothMask) !== 0;
      if (dayBit) return (table.slotsDays[i]! & dayBit) !== 0;
      return (table.slotsTimes[i]! & timeBit) !== 0;
    };
    const ageTargeted = (i: number) => age !== undefined && (table.ageMin[i]! > 0 || table.ageMax[i]! < NO_AGE_MAX);

    function score(i: number, kind: number, km: number, prefer: boolean): number {
      let s = 0;
      const d = kind === KM ? km : kind === SAME ? WEIGHTS.sameDistrictKm : kind === REMOTE ? WEIGHTS.remoteKm : Number.NaN;
      if (!Number.isNaN(d)) s += WEIGHTS.distanceMax / (1 + d / WEIGHTS.distanceHalfKm);
      if ((table.conditionLo[i]! & pLo) !== 0 || (table.conditionHi[i]! & pHi) !== 0) s += WEIGHTS.designedForCondition;
      else if ((table.groups[i]! & pGroups) !== 0) s += WEIGHTS.designedForGroup;
      if (prefer) s += WEIGHTS.prefer;
      const tags = table.suitable[i]! & tagBonusMask;
      if (tags !== 0) for (const [bit, weight] of TAG_WEIGHT) if (tags & bit) s += weight;
      if (gentleFirst) {
        const intensity = table.intensity[i];
        s += intensity === INTENSITY_CODE.gentle ? WEIGHTS.gentle : intensity === INTENSITY_CODE.moderate ? WEIGHTS.moderate : intensity === INTENSITY_CODE.vigorous ? WEIGHTS.vigorous : WEIGHTS.unknownIntensity;
      }
      const cost = table.costType[i];
      const amount = table.amount[i]!;
      if (cost === COST_CODE.free || amount === 0) s += WEIGHTS.free;
      else if (amount <= LOW_COST_MAX_GBP) s += WEIGHTS.lowCost;
      else if (amount > LOW_COST_MAX_GBP) s += WEIGHTS.expensive;
      else if (cost === COST_CODE.concession) s += WEIGHTS.concession;
      if (askTime && !statedFit(i)) s += WEIGHTS.timesNotStated;
      if (ageTargeted(i)) s += WEIGHTS.ageTargeted;
      const updated = table.updatedDay[i]!;
      if (Number.isNaN(updated)) s += WEIGHTS.undated;
      else if (nowDay - updated > STALE_AFTER_DAYS) s += WEIGHTS.stale;
      return s;
    }

    // The best few, kept sorted best first; ties go to the lower id so results never shuffle.
    const best: Candidate[] = [];
    const better = (a: Candidate, b: Candidate) => a.score > b.score || (a.score === b.score && activities[a.i]!.id < activities[b.i]!.id);
    const excludedReasons = new Map<string, number>();
    let excludedCount = 0;
    let total = 0;

    candidates(where, filters, mask, (i, kind, km) => {
      if (!ageFits(i, age)) return;
      const verdict = judge(i);
      if (verdict.exclude) {
        excludedCount++;
        excludedReasons.set(verdict.exclude, (excludedReasons.get(verdict.exclude) ?? 0) + 1);
        return;
      }
      total++;
      if (limit === 0) return;
      const c: Candidate = { i, kind, km, score: score(i, kind, km, verdict.prefer !== undefined) };
      if (best.length === limit && !better(c, best[limit - 1]!)) return;
      let at = best.length;
      while (at > 0 && better(c, best[at - 1]!)) at--;
      best.splice(at, 0, c);
      if (best.length > limit) best.pop();
    });

    const local = best.map((c) => toResult(c, person, filters, where, judge, nowDay, statedFit(c.i), ageTargeted(c.i)));

    const national = rankNational(context, person, filters, Math.max(0, options.nationalLimit ?? 4));
    for (const reason of national.excluded) {
      excludedCount++;
      excludedReasons.set(reason, (excludedReasons.get(reason) ?? 0) + 1);
    }
    const excludedForSafety: SafetyExclusions = {
      count: excludedCount,
      reasons: [...excludedReasons].map(([reason, n]) => ({ reason, count: n })).sort((a, b) => b.count - a.count || (a.reason < b.reason ? -1 : 1)),
    };

    const outcome: SearchOutcome = { local, national: national.results, total, excludedForSafety, widen: [], widenHints: [], located: where.located };
    if (total < Math.max(1, limit)) {
      outcome.widenHints = widenHints(filters, where.origin !== undefined, total, (relaxed) => count(context, relaxed, where, person, judge));
      outcome.widen = outcome.widenHints.map((h) => h.text);
      outcome.gap = provisionGap(person.district, person.primaryGroup, outcome.widenHints[0]?.filter ?? 'none');
    }
    return outcome;
  }

  function toResult(c: Candidate, person: Person, filters: SearchFilters, where: Where, judge: VerdictLookup, nowDay: number, stated: boolean, ageFit: boolean): SearchResult {
    const activity = activities[c.i]!;
    const verdict = judge(c.i);
    const kind = KIND_NAMES[c.kind]!;
    // The ranking used a flat-earth shortcut; the card shows the great-circle distance.
    const km = kind === 'km' && where.origin ? haversineKm(where.origin, { lat: table.lat[c.i]!, lng: table.lng[c.i]! }) : undefined;
    const distance = distanceText(kind, activity, km, table.approximate[c.i] === 1, where.district);
    const result: SearchResult = {
      activity,
      scope: 'local',
      distanceKind: kind,
      distanceText: distance,
      why: whyWords({ activity, person, filters, distance, statedFit: stated, ageFit, prefer: verdict.prefer }),
      score: Math.round(c.score * 1000) / 1000,
    };
    if (km !== undefined) result.distanceKm = Math.round(km * 100) / 100;
    if (verdict.caution) result.caution = verdict.caution;
    const updated = table.updatedDay[c.i]!;
    if (!Number.isNaN(updated) && nowDay - updated > STALE_AFTER_DAYS) {
      result.staleMonths = Math.round((nowDay - updated) / 30.44);
      result.staleText = staleWords(result.staleMonths);
    }
    return result;
  }

  return {
    size: activities.length,
    search,
    count(context, input = {}) {
      const person = personOf(context);
      return count(context, parseFilters(input), whereIs(person), person, verdicts.forContext(context));
    },
    get(id) {
      byId ??= new Map(activities.map((a, i) => [a.id, i]));
      const i = byId.get(id);
      return i === undefined ? undefined : activities[i];
    },
  };
}
