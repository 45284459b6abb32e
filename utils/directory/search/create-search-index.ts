import { around } from 'geokdbush';
import type { ClinicalContext } from '../../context/schema.ts';
import { haversineKm } from '../../geo/haversine-km.ts';
import type { LatLng } from '../../geo/lat-lng.ts';
import type { Activity, Districts } from '../schema.ts';
import { buildActivityTable, DAY_MS, NO_AGE_MAX, TAG_BIT } from './activity-table.ts';
import { createBitset, forEachBitAnd, type Bitset } from './bitset.ts';
import { distanceText, staleWords, whyWords } from './describe-result.ts';
import { facetKey, facetMask } from './facet-mask.ts';
import { DISTANCE_KM, parseFilters, type SearchFilters, type SearchFiltersInput } from './filters.ts';
import { personOf, type Person } from './person.ts';
import { provisionGap } from './provision-gap.ts';
import { rankNational } from './rank-national.ts';
import { querySlots, slotIndex, dayIndex } from './schedule-slots.ts';
import { STALE_AFTER_DAYS, WEIGHTS } from './score-weights.ts';
import type { DistanceKind, SafetyExclusions, SearchOutcome, SearchResult } from './search-result.ts';
import { createTextIndex } from './text-index.ts';
import { createVerdictCache, riskSignature, type VerdictLookup } from './verdict-cache.ts';
import { widenHints } from './widen-hints.ts';

// The directory search. Built once per directory version from the activities and district
// centroids in memory; rebuilding is cheap (about half a second for 100,000 activities in Node, see
// tests/bench/search.bench.ts), so an import simply builds a new index and swaps it in rather than
// patching this one.
//
// A query runs in three steps:
//  1. facets: the filters become one bitset (mode, cost, intensity, cohort tags, day and time, text);
//  2. distance: geokdbush walks the geo index outwards from the person's district centroid, keeping
//     only activities whose facet bit is set; online and at-home ones join without a distance;
//  3. each candidate is age-checked, safety-judged (judgeActivity, remembered per set of active risks) and scored
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
  // Safety-judges the directory for this person ahead of their first search, then builds the
  // text postings, for up to budgetMs in all (call from idle time once the context is known);
  // true when done, else call again.
  prepare(context: ClinicalContext, budgetMs?: number): boolean;
}

const KM = 0;
const SAME = 1;
const REMOTE = 2;
const UNKNOWN = 3;
const KIND_NAMES: DistanceKind[] = ['km', 'same-district', 'remote', 'unknown'];
const RAD = Math.PI / 180;
// Local copies: the scoring loop reads these per candidate, and a transpiled import can be a getter.
const W = { ...WEIGHTS };
const NO_AGE_MAX_LOCAL = NO_AGE_MAX;
const hasBit = (bits: Bitset, i: number) => (bits[i >>> 5]! & (1 << (i & 31))) !== 0;
const EARTH_RADIUS_KM = 6371.0088;
const REMOTE_DISTANCE_SCORE = W.distanceMax / (1 + W.remoteKm / W.distanceHalfKm);
const SAME_DISTRICT_SCORE = W.distanceMax / (1 + W.sameDistrictKm / W.distanceHalfKm);
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

  // Haversine from the origin to a placed activity, read straight from the columns.
  function greatCircleKm(origin: LatLng, i: number): number {
    const dLat = (table.lat[i]! - origin.lat) * RAD;
    const dLng = (table.lng[i]! - origin.lng) * RAD;
    const h = Math.sin(dLat / 2) ** 2 + Math.cos(origin.lat * RAD) * Math.cos(table.lat[i]! * RAD) * Math.sin(dLng / 2) ** 2;
    return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
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
    const tagLtc = person.physicalCondition ? 1 << TAG_BIT.get('long-term-conditions')! : 0;
    const tagMh = person.mentalHealthCondition ? 1 << TAG_BIT.get('mental-health')! : 0;
    const tagOlder = age !== undefined && age >= 60 ? 1 << TAG_BIT.get('older-adults')! : 0;
    const tagBeginners = 1 << TAG_BIT.get('beginners')!;
    const { conditionLo, conditionHi, groups, suitable, costScore, intensityScore, slotsBoth, slotsDays, slotsTimes, ageMin, ageMax, updatedDay } = table;
    const staleBefore = nowDay - STALE_AFTER_DAYS;

    const statedFit = (i: number): boolean => {
      if (!askTime) return true;
      if (dayBit && timeBit) return (slotsBoth[i]! & bothMask) !== 0;
      if (dayBit) return (slotsDays[i]! & dayBit) !== 0;
      return (slotsTimes[i]! & timeBit) !== 0;
    };
    const ageTargeted = (i: number) => age !== undefined && (ageMin[i]! > 0 || ageMax[i]! < NO_AGE_MAX_LOCAL);

    // Runs once per candidate, up to the whole directory at "any distance": typed arrays and local
    // numbers only.
    function score(i: number, kind: number, km: number, prefer: boolean): number {
      let s = costScore[i]!;
      if (kind === KM) s += W.distanceMax / (1 + km / W.distanceHalfKm);
      else if (kind === REMOTE) s += REMOTE_DISTANCE_SCORE;
      else if (kind === SAME) s += SAME_DISTRICT_SCORE;
      if ((conditionLo[i]! & pLo) !== 0 || (conditionHi[i]! & pHi) !== 0) s += W.designedForCondition;
      else if ((groups[i]! & pGroups) !== 0) s += W.designedForGroup;
      if (prefer) s += W.prefer;
      const tags = suitable[i]!;
      if (tags !== 0) {
        if (tags & tagLtc) s += W.tagLongTermConditions;
        if (tags & tagMh) s += W.tagMentalHealth;
        if (tags & tagOlder) s += W.tagOlderAdults;
        if (tags & tagBeginners) s += W.tagBeginners;
      }
      if (gentleFirst) s += intensityScore[i]!;
      if (askTime && !statedFit(i)) s += W.timesNotStated;
      if (age !== undefined && (ageMin[i]! > 0 || ageMax[i]! < NO_AGE_MAX_LOCAL)) s += W.ageTargeted;
      const updated = updatedDay[i]!;
      if (Number.isNaN(updated)) s += W.undated;
      else if (updated < staleBefore) s += W.stale;
      return s;
    }

    // The best few, kept sorted best first; ties go to the lower id so results never shuffle.
    // Nothing is allocated for a candidate that does not make the best set.
    const best: Candidate[] = [];
    const beats = (s: number, i: number, c: Candidate) => s > c.score || (s === c.score && activities[i]!.id < activities[c.i]!.id);
    const excludedReasons = new Map<string, number>();
    let excludedCount = 0;
    let total = 0;

    // Counts the candidate (after age and safety) and returns its verdict, or undefined if it is out.
    const admit = (i: number) => {
      if (age !== undefined && (age < ageMin[i]! || age > ageMax[i]!)) return undefined;
      const verdict = judge(i);
      if (verdict.exclude) {
        excludedCount++;
        excludedReasons.set(verdict.exclude, (excludedReasons.get(verdict.exclude) ?? 0) + 1);
        return undefined;
      }
      total++;
      return verdict;
    };
    const consider = (i: number, kind: number, km: number, prefer: boolean) => {
      const s = score(i, kind, km, prefer);
      if (best.length === limit && !beats(s, i, best[limit - 1]!)) return;
      let at = best.length;
      while (at > 0 && beats(s, i, best[at - 1]!)) at--;
      best.splice(at, 0, { i, kind, km, score: s });
      if (best.length > limit) best.pop();
    };

    const origin = where.origin;
    if (origin && table.geo && filters.distance === 'any' && limit > 0) {
      // At any distance the whole directory can be a candidate. Every one is counted and
      // safety-judged, but only a few need scoring: activities designed for the person's
      // conditions are scored outright, and the rest are met nearest first, stopping once even a
      // perfect score at the current distance could not reach the best set.
      const geoIds = table.geoIds;
      const rest = createBitset(table.size);
      let restCount = 0;
      forEachBitAnd(mask, table.inPerson, (i) => {
        if (hasBit(table.unplaced, i)) return;
        const verdict = admit(i);
        if (!verdict) return;
        if ((groups[i]! & pGroups) !== 0) consider(i, KM, greatCircleKm(origin, i), verdict.prefer !== undefined);
        else {
          rest[i >>> 5]! |= 1 << (i & 31);
          restCount++;
        }
      });
      forEachBitAnd(mask, table.unplaced, (i) => {
        const verdict = admit(i);
        if (verdict) consider(i, table.outcode[i] === where.district ? SAME : UNKNOWN, Number.NaN, verdict.prefer !== undefined);
      });
      forEachBitAnd(mask, table.inPerson, (i) => {
        const verdict = admit(i);
        if (verdict) consider(i, REMOTE, Number.NaN, verdict.prefer !== undefined);
      }, true);
      // The most anything but distance can add for this person and these filters.
      const maxRest =
        W.free +
        (riskSignature(context) !== '' ? W.prefer : 0) +
        (tagLtc ? W.tagLongTermConditions : 0) +
        (tagMh ? W.tagMentalHealth : 0) +
        (tagOlder ? W.tagOlderAdults : 0) +
        W.tagBeginners +
        (gentleFirst ? Math.max(W.gentle, W.moderate, W.unknownIntensity, W.vigorous) : 0) +
        (age !== undefined ? W.ageTargeted : 0);
      let done = 0;
      for (let want = 64; done < restCount; want *= 4) {
        const near = around(table.geo, origin.lng, origin.lat, want, Infinity, (k: number) => hasBit(rest, geoIds[k]!));
        let farthest = 0;
        for (let n = done; n < near.length; n++) {
          const i = geoIds[near[n]!]!;
          farthest = greatCircleKm(origin, i);
          consider(i, KM, farthest, judge(i).prefer !== undefined);
        }
        done = near.length;
        if (near.length < want) break;
        const ceiling = W.distanceMax / (1 + farthest / W.distanceHalfKm) + maxRest;
        if (best.length === limit && best[limit - 1]!.score > ceiling) break;
      }
    } else {
      candidates(where, filters, mask, (i, kind, km) => {
        const verdict = admit(i);
        if (verdict && limit > 0) consider(i, kind, km, verdict.prefer !== undefined);
      });
    }

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
    prepare(context, budgetMs = Number.POSITIVE_INFINITY) {
      const deadline = performance.now() + budgetMs;
      return verdicts.prepare(context, budgetMs) && text.prepare(Math.max(0, deadline - performance.now()));
    },
    get(id) {
      byId ??= new Map(activities.map((a, i) => [a.id, i]));
      const i = byId.get(id);
      return i === undefined ? undefined : activities[i];
    },
  };
}
