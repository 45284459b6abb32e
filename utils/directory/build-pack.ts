import * as v from 'valibot';
import type { LatLng } from '../geo/lat-lng.ts';
import { createDistrictLookup } from '../geo/create-district-lookup.ts';
import { nearbyDistricts } from '../geo/nearby-districts.ts';
import { outcodeOf } from '../geo/outcode-of.ts';
import { countIssues, shortValue, type ImportIssue, type ImportResult } from './import-result.ts';
import { makeIssue } from './issue-location.ts';
import { PACK_FORMAT, PACK_VERSION, RegionPackSchema, type Activity, type Districts, type RegionPack, type RegionPackHeader } from './schema.ts';

export interface PackHeaderInput {
  name: string;
  publisher: string;
  licence: string;
  attribution?: string;
  generated?: string;
  sample?: boolean;
}

export interface BuildPackOptions {
  // The full district table (e.g. the national outcode file) to choose the pack's districts from,
  // in addition to the districts the results carry.
  districts?: Districts;
  // Neighbouring districts within this distance of an activity are included too.
  radiusKm?: number;
  now?: Date;
}

// Several import results as one: the first activity with an id wins; a later one with the same
// id is reported (a file imported twice, or two sources using the same reference).
export function mergeResults(results: readonly ImportResult[]): ImportResult {
  const activities: Activity[] = [];
  const issues: ImportIssue[] = [];
  const districts: Districts = {};
  const seen = new Map<string, string>();
  let rows = 0;
  for (const result of results) {
    issues.push(...result.issues);
    Object.assign(districts, result.districts);
    rows += result.stats.rows;
    for (const activity of result.activities) {
      const where = seen.get(activity.id);
      if (where !== undefined) {
        issues.push(makeIssue({ file: 'merge', item: shortValue(activity.id, 80) }, 'error', `expected a unique id across files, found "${shortValue(activity.id, 60)}" again (first in ${where}); the later one was left out`, 'id', shortValue(activity.id)));
        continue;
      }
      seen.set(activity.id, results.length > 1 ? `file ${results.indexOf(result) + 1}` : 'this file');
      activities.push(activity);
    }
  }
  const header = results.find((r) => r.header)?.header;
  return { activities, districts, ...(header ? { header } : {}), issues, stats: { rows, valid: activities.length, ...countIssues(issues) } };
}

function points(activities: readonly Activity[], lookup: ReturnType<typeof createDistrictLookup>): { points: LatLng[]; outcodes: Set<string> } {
  const out: LatLng[] = [];
  const outcodes = new Set<string>();
  for (const a of activities) {
    const venue = a.venue;
    if (venue?.lat !== undefined && venue.lng !== undefined) out.push({ lat: venue.lat, lng: venue.lng });
    const outcode = venue?.postcode ? outcodeOf(venue.postcode) : undefined;
    if (outcode) {
      outcodes.add(outcode);
      const hit = lookup.lookup(outcode);
      if (hit && venue?.lat === undefined) out.push(hit);
    }
  }
  return { points: out, outcodes };
}

// One region pack from import results: activities merged (first id wins), districts cut down to
// those near the activities (referenced districts plus neighbours within radiusKm), header checked
// against RegionPackSchema. Throws if the header is invalid: the CLI reports that as a usage error.
export function buildPack(header: PackHeaderInput, results: readonly ImportResult[], options: BuildPackOptions = {}): RegionPack {
  const merged = mergeResults(results);
  const table: Districts = { ...merged.districts, ...(options.districts ?? {}) };
  const lookup = createDistrictLookup(table);
  const { points: near, outcodes } = points(merged.activities, lookup);
  const districts = nearbyDistricts(table, near, options.radiusKm ?? 15);
  // Referenced districts are always kept, even far from any coordinate.
  for (const outcode of outcodes) {
    const hit = table[outcode] ?? lookup.lookup(outcode);
    if (hit) districts[outcode] = { lat: hit.lat, lng: hit.lng };
  }
  const sorted: Districts = Object.fromEntries(Object.entries(districts).sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true })));
  const generated = header.generated ?? (options.now ?? new Date()).toISOString().slice(0, 10);
  const packHeader: RegionPackHeader = {
    format: PACK_FORMAT,
    version: PACK_VERSION,
    name: header.name,
    publisher: header.publisher,
    licence: header.licence,
    ...(header.attribution ? { attribution: header.attribution } : {}),
    generated,
    ...(header.sample ? { sample: true } : {}),
    districts: sorted,
  };
  const pack = { ...packHeader, activities: merged.activities };
  const checked = v.safeParse(RegionPackSchema, pack);
  if (!checked.success) {
    const issue = checked.issues[0];
    const path = issue.path?.map((p) => String(p.key)).join('.') ?? 'pack';
    throw new Error(`pack header ${path}: expected ${issue.expected ?? 'a valid value'}, found ${issue.received ?? 'something else'} (${issue.message})`);
  }
  return pack;
}
