import { osgbToWgs84 } from '../geo/osgb-to-wgs84.ts';
import type { CsvField } from './csv-header-aliases.ts';
import { shortValue, type ImportIssue } from './import-result.ts';
import { makeIssue, type IssueContext } from './issue-location.ts';
import { parseBoolean } from './parse-boolean.ts';
import { parseCost } from './parse-cost.ts';
import { parseDate } from './parse-date.ts';
import { parseDays } from './parse-days.ts';
import { parseAgeRange, parseIntensity, parseLevel, parseMode, parseReferral } from './parse-enums.ts';
import { parseActivityNames, parseConditions, parseSuitableFor } from './parse-tags.ts';
import { parseTime, parseTimeRange } from './parse-time.ts';
import { COST_TYPES, type SuitableForTag } from './schema.ts';

export type RowCells = Partial<Record<CsvField, string>>;

const number = (text: string) => Number(text.replace(/[£,\s]/g, ''));

// "Mon 10-11am", "Tue, Thu at 6pm": the days are everything before the first digit, less a
// trailing ",", "at" or "from". Done by hand: the single regular expression this replaces
// backtracked in cubic time on a days cell holding a long run of spaces.
function splitDaysAndTime(text: string): { days: string; time: string } | undefined {
  const digit = text.search(/\d/);
  if (digit <= 0) return undefined;
  const time = text.slice(digit);
  if (/[\n\r\u2028\u2029]/.test(time)) return undefined;
  const days = text.slice(0, digit).trimEnd().replace(/(?:,|\bat|\bfrom)$/i, '').trimEnd();
  return days !== '' && /^[a-z ,&/+-]+$/i.test(days) ? { days, time } : undefined;
}

// One spreadsheet row to a loose Activity, reading the messy values spreadsheets hold. What cannot
// be read is reported against the user's own column header; free text that is not a day or time is
// kept in `timing` so nothing the organiser wrote is lost.
export function csvRowToDraft(cells: RowCells, ctx: IssueContext, header: (field: CsvField) => string, issues: ImportIssue[]): Record<string, unknown> {
  const warn = (field: CsvField, message: string) => issues.push(makeIssue(ctx, 'warning', message, header(field), shortValue(cells[field])));
  const fail = (field: CsvField, message: string) => issues.push(makeIssue(ctx, 'error', message, header(field), shortValue(cells[field])));
  const cell = (field: CsvField) => {
    const value = cells[field]?.trim();
    return value === undefined || value === '' ? undefined : value;
  };
  const draft: Record<string, unknown> = {};
  const timing: string[] = [];

  if (cell('id')) draft.id = cell('id');
  draft.name = cell('name') ?? '';
  if (cell('description')) draft.description = cell('description');
  draft.activities = cell('activities') ? parseActivityNames(cell('activities')!) : [];

  const organiser: Record<string, unknown> = {};
  if (cell('organiser_name')) organiser.name = cell('organiser_name');
  if (cell('organiser_url')) organiser.url = cell('organiser_url');
  if (cell('organiser_phone')) organiser.phone = cell('organiser_phone');
  if (cell('organiser_email')) organiser.email = cell('organiser_email');
  if (Object.keys(organiser).length > 0) draft.organiser = organiser;

  draft.mode = 'in-person';
  const modeText = cell('mode');
  if (modeText) {
    const mode = parseMode(modeText);
    if (mode) draft.mode = mode;
    else warn('mode', `expected in-person, online or home, found "${shortValue(modeText, 40)}"; taken as in-person`);
  }

  const venue: Record<string, unknown> = {};
  if (cell('venue_name')) venue.name = cell('venue_name');
  if (cell('venue_address')) venue.address = cell('venue_address');
  if (cell('venue_postcode')) venue.postcode = cell('venue_postcode')!.toUpperCase().replace(/\s+/g, ' ');
  const latText = cell('lat');
  const lngText = cell('lng');
  if (latText !== undefined || lngText !== undefined) {
    const lat = latText === undefined ? undefined : number(latText);
    const lng = lngText === undefined ? undefined : number(lngText);
    if (lat !== undefined && !Number.isFinite(lat)) fail('lat', `expected a latitude in decimal degrees, found "${shortValue(latText, 40)}"`);
    if (lng !== undefined && !Number.isFinite(lng)) fail('lng', `expected a longitude in decimal degrees, found "${shortValue(lngText, 40)}"`);
    venue.lat = lat;
    venue.lng = lng;
    if (lat === undefined) delete venue.lat;
    if (lng === undefined) delete venue.lng;
  } else if (cell('easting') !== undefined || cell('northing') !== undefined) {
    const e = number(cell('easting') ?? '');
    const n = number(cell('northing') ?? '');
    const point = cell('easting') && cell('northing') ? osgbToWgs84(e, n) : undefined;
    if (point) {
      venue.lat = point.lat;
      venue.lng = point.lng;
    } else {
      fail(Number.isFinite(e) && e >= 0 && e <= 700000 ? 'northing' : 'easting', `expected British National Grid easting and northing in metres, found "${shortValue(cell('easting') ?? '', 20)}, ${shortValue(cell('northing') ?? '', 20)}"`);
    }
  }
  if (Object.keys(venue).length > 0) draft.venue = venue;

  // Schedule: days plus start/end or one "time" range; "Mon 10-11am" in the days column also works.
  let daysText = cell('days');
  let rangeText = cell('time');
  if (daysText && !parseDays(daysText)) {
    const split = splitDaysAndTime(daysText);
    if (split && parseDays(split.days) && parseTimeRange(split.time) && !rangeText && !cell('start')) {
      daysText = split.days;
      rangeText = split.time;
    }
  }
  const days = daysText ? parseDays(daysText) : undefined;
  if (daysText && !days) {
    warn('days', `expected days such as "Mon, Wed" or "Mon-Fri", found "${shortValue(daysText, 40)}"; kept as timing text`);
    timing.push(daysText);
  }
  let start: string | undefined;
  let end: string | undefined;
  if (rangeText) {
    const range = parseTimeRange(rangeText);
    if (range) ({ start, end } = range);
    else {
      warn(cell('time') ? 'time' : 'days', `expected a time such as 10am-11:30am, found "${shortValue(rangeText, 40)}"; kept as timing text`);
      timing.push(rangeText);
    }
  }
  for (const field of ['start', 'end'] as const) {
    const text = cell(field);
    if (!text) continue;
    const time = parseTime(text) ?? (field === 'start' ? parseTimeRange(text)?.start : undefined);
    const range = field === 'start' && !parseTime(text) ? parseTimeRange(text) : undefined;
    if (time) {
      if (field === 'start') start = time;
      else end = time;
      if (range?.end && !cell('end')) end = range.end;
    } else {
      warn(field, `expected a time such as 10:00 or 10am, found "${shortValue(text, 40)}"; kept as timing text`);
      timing.push(text);
    }
  }
  draft.schedule = days || start || end ? [{ days: days ?? [], ...(start ? { start } : {}), ...(end ? { end } : {}) }] : [];
  if (cell('timing')) timing.push(cell('timing')!);
  if (timing.length > 0) draft.timing = timing.join('; ');

  draft.cost = readCost(cell, warn, fail);

  const suitable = new Set<SuitableForTag>();
  if (cell('suitable_for')) {
    const tags = parseSuitableFor(cell('suitable_for')!);
    tags.values.forEach((t) => suitable.add(t));
    if (tags.unknown.length > 0) warn('suitable_for', `unknown tag${tags.unknown.length > 1 ? 's' : ''} ${tags.unknown.map((t) => `"${shortValue(t, 30)}"`).join(', ')} ignored`);
  }
  for (const [field, tag] of [['wheelchair_accessible', 'wheelchair-accessible'], ['women_only', 'women-only'], ['men_only', 'men-only']] as const) {
    const text = cell(field);
    if (!text) continue;
    const yes = parseBoolean(text);
    if (yes === undefined) warn(field, `expected yes or no, found "${shortValue(text, 30)}"; ignored`);
    else if (yes) suitable.add(tag);
  }
  const levelText = cell('level');
  if (levelText) {
    const level = parseLevel(levelText);
    if (level?.beginners) suitable.add('beginners');
    if (level?.intensity && !cell('intensity')) draft.intensity = level.intensity;
    if (!level) warn('level', `expected a level such as beginner or all levels, found "${shortValue(levelText, 30)}"; ignored`);
  }
  draft.suitableFor = [...suitable];

  const intensityText = cell('intensity');
  if (intensityText) {
    const intensity = parseIntensity(intensityText);
    if (intensity) draft.intensity = intensity;
    else warn('intensity', `expected gentle, moderate or vigorous, found "${shortValue(intensityText, 30)}"; ignored`);
  }

  draft.conditions = [];
  if (cell('conditions')) {
    const conditions = parseConditions(cell('conditions')!);
    draft.conditions = conditions.values;
    if (conditions.unknown.length > 0) warn('conditions', `unknown condition${conditions.unknown.length > 1 ? 's' : ''} ${conditions.unknown.map((t) => `"${shortValue(t, 30)}"`).join(', ')} ignored`);
  }

  const age: { min?: number; max?: number } = {};
  const ageText = cell('age');
  if (ageText) {
    const parsed = parseAgeRange(ageText);
    if (parsed) Object.assign(age, parsed);
    else warn('age', `expected an age range such as 18+ or 50-80, found "${shortValue(ageText, 30)}"; ignored`);
  }
  for (const [field, key] of [['age_min', 'min'], ['age_max', 'max']] as const) {
    const text = cell(field);
    if (!text) continue;
    const n = Number(text.replace(/\+$/, ''));
    if (Number.isInteger(n) && n >= 0 && n <= 120) age[key] = n;
    else fail(field, `expected a whole number of years from 0 to 120, found "${shortValue(text, 30)}"`);
  }
  if (age.min !== undefined || age.max !== undefined) draft.ageRange = age;

  const referralText = cell('referral');
  if (referralText) {
    const referral = parseReferral(referralText);
    if (referral) draft.referral = referral;
    else warn('referral', `expected drop-in, self-referral or professional-referral, found "${shortValue(referralText, 40)}"; ignored`);
  }
  if (cell('url')) draft.url = cell('url');
  const updatedText = cell('updated');
  if (updatedText) {
    const updated = parseDate(updatedText);
    if (updated) draft.updated = updated;
    else warn('updated', `expected a date such as 2026-09-01 or 01/09/2026, found "${shortValue(updatedText, 30)}"; ignored`);
  }
  return draft;
}

function readCost(
  cell: (field: CsvField) => string | undefined,
  warn: (field: CsvField, message: string) => void,
  fail: (field: CsvField, message: string) => void,
): Record<string, unknown> {
  const cost: Record<string, unknown> = {};
  const text: string[] = [];
  const costText = cell('cost');
  if (costText) {
    const parsed = parseCost(costText);
    if (parsed) {
      Object.assign(cost, parsed);
      if (parsed.text) text.push(parsed.text);
    }
  }
  const amountText = cell('cost_amount');
  if (amountText) {
    const parsed = parseCost(amountText);
    if (parsed?.amount !== undefined && parsed.text === undefined) {
      cost.amount = parsed.amount;
      if (parsed.type === 'free' && cost.type === undefined) cost.type = 'free';
    } else fail('cost_amount', `expected an amount in pounds such as 3.50, found "${shortValue(amountText, 30)}"`);
  }
  const typeText = cell('cost_type')?.toLowerCase();
  if (typeText) {
    const type = typeText.replace(/s$/, '');
    if ((COST_TYPES as readonly string[]).includes(type)) cost.type = type;
    else warn('cost_type', `expected free, paid or concession, found "${shortValue(typeText, 30)}"; worked out from the amount`);
  }
  const free = cell('free') ? parseBoolean(cell('free')!) : undefined;
  if (free === true) {
    cost.type = 'free';
    cost.amount ??= 0;
  } else if (free === false && cost.type === undefined) cost.type = 'paid';
  if (cell('cost_text')) text.push(cell('cost_text')!);
  if (text.length > 0) cost.text = [...new Set(text)].join('; ');
  if (cost.type === undefined) {
    if (cost.amount === 0) cost.type = 'free';
    else if (typeof cost.amount === 'number') cost.type = 'paid';
    else {
      // Cost is required; an unstated cost is recorded as such rather than guessed to be free.
      warn(cell('cost') ? 'cost' : 'cost_type', 'expected a cost (free, £3.50...), found none; recorded as "cost not stated"');
      cost.type = 'paid';
      cost.text ??= 'Cost not stated: check with the organiser';
    }
  }
  return cost;
}
