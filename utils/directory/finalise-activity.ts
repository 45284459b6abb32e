import * as v from 'valibot';
import { createDistrictLookup, type DistrictLookup } from '../geo/create-district-lookup.ts';
import { outcodeOf } from '../geo/outcode-of.ts';
import { cleanText } from './clean-text.ts';
import { shortValue, type ImportIssue } from './import-result.ts';
import { makeIssue, type IssueContext } from './issue-location.ts';
import { matchActivity } from './openactive/match-activity.ts';
import { bareWebLink, isSafeLink } from './safe-url.ts';
import { ActivitySchema, type Activity, type Districts } from './schema.ts';

export interface FinaliseOptions {
  // "Now" for the staleness check; injectable so tests and reports are reproducible.
  now?: Date;
  // Days after which `updated` is reported as stale.
  staleDays?: number;
  // Districts (or a lookup) to place venues that have a postcode but no coordinates.
  districts?: Districts | DistrictLookup;
}

export interface FinaliseContext extends IssueContext {
  // How the report names a field: the CSV importer shows the spreadsheet's own header.
  fieldName?: (path: string) => string;
  // Coordinates came from a cell the user can see (easting/northing converted), not from the district.
  quiet?: boolean;
}

export const DEFAULT_STALE_DAYS = 90;
const DAY_MS = 86_400_000;
const EMAIL = v.pipe(v.string(), v.email());

type Loose = Record<string, unknown>;

const isObject = (value: unknown): value is Loose => typeof value === 'object' && value !== null && !Array.isArray(value);

export function toLookup(districts: Districts | DistrictLookup | undefined): DistrictLookup | undefined {
  if (!districts) return undefined;
  return typeof (districts as DistrictLookup).lookup === 'function' ? (districts as DistrictLookup) : createDistrictLookup(districts as Districts);
}

// The last step every importer shares: make text safe to show, drop unsafe links, place the venue,
// match activity names, flag stale entries, then validate against ActivitySchema. Errors mean the
// activity is not imported; warnings travel with an activity that is.
export function finaliseActivity(
  draft: unknown,
  ctx: FinaliseContext,
  options: FinaliseOptions & { lookup?: DistrictLookup },
  issues: ImportIssue[],
): Activity | undefined {
  const name = ctx.fieldName ?? ((path: string) => path);
  const warn = (path: string, message: string, value?: unknown) => issues.push(makeIssue(ctx, 'warning', message, name(path), shortValue(value)));
  const fail = (path: string, message: string, value?: unknown) => issues.push(makeIssue(ctx, 'error', message, name(path), shortValue(value)));

  if (!isObject(draft)) {
    fail('', `expected an activity object, found ${Array.isArray(draft) ? 'an array' : draft === null ? 'null' : typeof draft}`);
    return undefined;
  }
  const a: Loose = { ...draft };
  const organiser = isObject(a.organiser) ? (a.organiser = { ...a.organiser }) : undefined;
  const venue = isObject(a.venue) ? (a.venue = { ...a.venue }) : undefined;
  const cost = isObject(a.cost) ? (a.cost = { ...a.cost }) : undefined;

  const clean = (holder: Loose | undefined, key: string, path: string, multiline = false) => {
    const value = holder?.[key];
    if (typeof value !== 'string') return;
    const result = cleanText(value, multiline);
    if (result.removed) warn(path, 'removed control, zero-width or direction-changing characters', value);
    if (result.html) warn(path, 'contains HTML tags; they will be shown as text, not formatted', value);
    if (result.text === '' && key !== 'name' && key !== 'id') delete holder![key];
    else holder![key] = result.text;
  };
  clean(a, 'id', 'id');
  clean(a, 'name', 'name');
  clean(a, 'description', 'description', true);
  clean(a, 'timing', 'timing');
  clean(organiser, 'name', 'organiser.name');
  clean(organiser, 'phone', 'organiser.phone');
  clean(venue, 'name', 'venue.name');
  clean(venue, 'address', 'venue.address');
  clean(venue, 'postcode', 'venue.postcode');
  clean(cost, 'text', 'cost.text');

  const link = (holder: Loose | undefined, key: string, path: string) => {
    const value = holder?.[key];
    if (value === undefined) return;
    const bare = typeof value === 'string' && !isSafeLink(value) ? bareWebLink(value) : undefined;
    if (bare) {
      warn(path, `expected a link with its scheme, found a bare web address; read as ${bare}`, value);
      holder![key] = bare;
    } else if (typeof value !== 'string' || !isSafeLink(value)) {
      warn(path, 'expected an http(s), tel: or mailto: link, found an unsafe or malformed link; dropped', value);
      delete holder![key];
    } else {
      holder![key] = value.trim();
    }
  };
  link(a, 'url', 'url');
  link(organiser, 'url', 'organiser.url');
  if (organiser && organiser.email !== undefined) {
    const email = typeof organiser.email === 'string' ? organiser.email.trim().replace(/^mailto:/i, '') : organiser.email;
    if (!v.is(EMAIL, email)) {
      warn('organiser.email', 'expected an email address, found something else; dropped', organiser.email);
      delete organiser.email;
    } else {
      organiser.email = email;
    }
  }

  if (Array.isArray(a.activities)) {
    const names: unknown[] = [];
    for (const label of a.activities) {
      if (typeof label !== 'string') {
        names.push(label);
        continue;
      }
      const cleaned = cleanText(label).text;
      if (cleaned === '') continue;
      const match = matchActivity(cleaned);
      if (match) names.push(match.prefLabel);
      else {
        warn(`activities`, `unknown activity "${shortValue(cleaned, 60)}" (not in the Activity List); kept as written`, cleaned);
        names.push(cleaned);
      }
    }
    a.activities = [...new Set(names)];
    // No activity given: the name often says it ("Chair Yoga for Beginners").
    if (names.length === 0 && typeof a.name === 'string') {
      const fromName = matchActivity(a.name);
      if (fromName) a.activities = [fromName.prefLabel];
    }
  }

  placeVenue(a, venue, options.lookup, warn, fail, ctx.quiet === true);
  checkUpdated(a, options, warn);

  const parsed = v.safeParse(ActivitySchema, a);
  if (!parsed.success) {
    for (const issue of parsed.issues) {
      const path = (issue.path ?? []).map((p) => String(p.key)).filter((k) => !/^\d+$/.test(k)).join('.');
      const found = issue.input === undefined || issue.input === '' ? 'nothing' : JSON.stringify(shortValue(issue.input, 60));
      let expected = issue.expected && !issue.expected.startsWith('!') ? issue.expected : undefined;
      // A long picklist is summarised: the report is for people, the template lists every value.
      const options = expected?.split(' | ') ?? [];
      if (options.length > 6) expected = `a known ${path || 'value'} such as ${options.slice(0, 3).join(', ')}…`.replace(/[()]/g, '');
      const message =
        issue.kind === 'schema' && expected
          ? `expected ${expected}, found ${issue.input === undefined ? 'nothing' : (issue.received ?? found)}`
          : issue.message === 'is empty'
            ? 'expected a value, found nothing'
            : /^expected /i.test(issue.message)
              ? `${issue.message}, found ${found}`
              : `expected ${issue.expected ?? 'a valid value'} (${issue.message}), found ${found}`;
      fail(path, message, issue.input);
    }
    return undefined;
  }
  return parsed.output;
}

function placeVenue(
  a: Loose,
  venue: Loose | undefined,
  lookup: DistrictLookup | undefined,
  warn: (path: string, message: string, value?: unknown) => void,
  fail: (path: string, message: string, value?: unknown) => void,
  quiet: boolean,
): void {
  if (!venue) {
    if (a.mode === 'in-person') warn('venue', 'no venue, postcode or coordinates: it will not appear in distance searches');
    return;
  }
  const hasLat = venue.lat !== undefined;
  const hasLng = venue.lng !== undefined;
  if (hasLat !== hasLng) {
    fail(hasLat ? 'venue.lng' : 'venue.lat', `expected both latitude and longitude, found only ${hasLat ? 'latitude' : 'longitude'}`, hasLat ? venue.lat : venue.lng);
    return;
  }
  if (typeof venue.lat === 'number' && typeof venue.lng === 'number' && venue.lng > 49 && venue.lng < 61.5 && venue.lat > -11 && venue.lat < 2.5 && !quiet) {
    warn('venue.lat', 'latitude and longitude look swapped for a UK venue', `${venue.lat},${venue.lng}`);
  }
  const postcode = typeof venue.postcode === 'string' ? venue.postcode : undefined;
  if (postcode !== undefined && outcodeOf(postcode) === undefined) warn('venue.postcode', 'expected a UK postcode such as N7 6QQ, found something else', postcode);
  if (hasLat) return;
  const hit = postcode && lookup ? lookup.resolve(postcode) : undefined;
  if (hit) {
    venue.lat = hit.lat;
    venue.lng = hit.lng;
    warn('venue.postcode', `coordinates filled from the postcode district ${hit.outcode}${hit.match === 'exact' ? '' : ` (${hit.match === 'parent' ? 'its parent district' : 'the average of its sub-districts'})`}; distances are approximate`, postcode);
  } else if (a.mode === 'in-person' && postcode === undefined) {
    warn('venue', 'no postcode or coordinates: it will not appear in distance searches');
  } else if (a.mode === 'in-person' && lookup && postcode !== undefined && outcodeOf(postcode) !== undefined) {
    warn('venue.postcode', `postcode district ${outcodeOf(postcode)} is not in the district table: it will not appear in distance searches`, postcode);
  }
}

function checkUpdated(a: Loose, options: FinaliseOptions, warn: (path: string, message: string, value?: unknown) => void): void {
  if (typeof a.updated !== 'string') return;
  const time = Date.parse(`${a.updated}T00:00:00Z`);
  if (Number.isNaN(time)) return;
  const now = options.now ?? new Date();
  const staleDays = options.staleDays ?? DEFAULT_STALE_DAYS;
  const age = Math.floor((now.getTime() - time) / DAY_MS);
  if (age > staleDays) warn('updated', `last updated ${a.updated}, ${age} days ago (more than ${staleDays}); check it still runs`, a.updated);
}
