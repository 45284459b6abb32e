import { shortValue, type ImportIssue } from '../import-result.ts';
import { makeIssue, type IssueContext } from '../issue-location.ts';
import { parseDate } from '../parse-date.ts';
import type { SuitableForTag } from '../schema.ts';
import { mergeSlots, slotFromOccurrence, slotsFromSchedules, type Slot } from './oa-schedule.ts';
import { asArray, enumName, isJson, labelOf, num, text, type Json } from './oa-values.ts';

// Which OpenActive accessibilitySupport labels mean which of our tags.
const ACCESSIBILITY: [RegExp, SuitableForTag][] = [
  [/wheelchair|physical|mobility|step.?free/i, 'wheelchair-accessible'],
  [/visual|blind|sight/i, 'visual-impairment'],
  [/hearing|deaf/i, 'hearing-impairment'],
  [/learning/i, 'learning-disability'],
];

function first<T>(...values: (T | undefined)[]): T | undefined {
  return values.find((v) => v !== undefined);
}

function postalAddress(address: unknown): { address?: string; postcode?: string } {
  if (typeof address === 'string') {
    const postcode = /\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b/i.exec(address)?.[0];
    return { address, ...(postcode ? { postcode: postcode.toUpperCase() } : {}) };
  }
  if (!isJson(address)) return {};
  const parts = [address.streetAddress, address.addressLocality, address.addressRegion].map(text).filter(Boolean);
  const postcode = text(address.postalCode);
  return { ...(parts.length > 0 ? { address: parts.join(', ') } : {}), ...(postcode ? { postcode: postcode.toUpperCase() } : {}) };
}

function venueOf(place: unknown): Record<string, unknown> | undefined {
  if (!isJson(place)) return undefined;
  const venue: Record<string, unknown> = {};
  if (text(place.name)) venue.name = text(place.name);
  Object.assign(venue, postalAddress(place.address));
  const geo = isJson(place.geo) ? place.geo : place;
  const lat = num(geo.latitude);
  const lng = num(geo.longitude);
  if (lat !== undefined && lng !== undefined) {
    venue.lat = lat;
    venue.lng = lng;
  }
  return Object.keys(venue).length > 0 ? venue : undefined;
}

function organiserOf(org: unknown): Record<string, unknown> | undefined {
  if (!isJson(org)) return typeof org === 'string' && !/^https?:/.test(org) ? { name: org } : undefined;
  const out: Record<string, unknown> = {};
  if (text(org.name)) out.name = text(org.name);
  if (text(org.url)) out.url = text(org.url);
  if (text(org.telephone)) out.phone = text(org.telephone);
  if (text(org.email)) out.email = text(org.email);
  return Object.keys(out).length > 0 ? out : undefined;
}

function costOf(entity: Json, parent: Json | undefined): Record<string, unknown> | undefined {
  const offers = [...asArray(entity.offers), ...(entity.offers === undefined ? asArray(parent?.offers) : [])].filter(isJson);
  const freeFlag = entity.isAccessibleForFree ?? parent?.isAccessibleForFree;
  const prices = offers.map((o) => num(o.price)).filter((p): p is number => p !== undefined && p >= 0);
  const names = offers.map((o) => text(o.name)).filter(Boolean) as string[];
  if (freeFlag === true || (prices.length > 0 && Math.max(...prices) === 0)) return { type: 'free', amount: 0 };
  if (prices.length === 0) return undefined;
  const amount = Math.min(...prices.filter((p) => p > 0));
  const concession = names.some((n) => /concession|reduced|discount|senior|student/i.test(n));
  const cost: Record<string, unknown> = { type: 'paid', amount };
  if (offers.length > 1 || concession) {
    cost.text = offers
      .map((o) => `${text(o.name) ?? 'Price'}: ${num(o.price) === 0 ? 'free' : `£${(num(o.price) ?? 0).toFixed(2)}`}`)
      .join('; ');
  }
  return cost;
}

export interface OpportunityInput {
  entity: Json;
  // The SessionSeries / FacilityUse this entity belongs to, when it is a child.
  parent?: Json;
  // Dated occurrences found elsewhere in the feed (ScheduledSessions, Slots).
  occurrences: Json[];
  id: string;
}

// An OpenActive opportunity to a loose Activity (validated later by finaliseActivity).
export function opportunityToDraft(input: OpportunityInput, ctx: IssueContext, issues: ImportIssue[]): Record<string, unknown> {
  const { entity, parent } = input;
  const pick = (key: string) => first(entity[key] ?? undefined, parent?.[key] ?? undefined);
  const warn = (field: string, message: string, value?: unknown) => issues.push(makeIssue(ctx, 'warning', message, field, shortValue(value)));

  const activityLabels = [...asArray(pick('activity')), ...asArray(pick('facilityType'))].map(labelOf).filter(Boolean) as string[];
  const draft: Record<string, unknown> = {
    id: input.id,
    name: text(entity.name) ?? text(parent?.name) ?? activityLabels[0] ?? '',
    activities: [...new Set(activityLabels)],
    schedule: [],
    suitableFor: [],
    conditions: [],
  };
  const description = text(entity.description) ?? text(parent?.description);
  if (description) draft.description = description;
  const organiser = organiserOf(pick('organizer') ?? pick('organiser') ?? pick('provider'));
  if (organiser) draft.organiser = organiser;

  const attendance = enumName(pick('eventAttendanceMode'));
  const location = pick('location');
  draft.mode = attendance === 'onlineeventattendancemode' || (pick('isVirtual') === true && !location) ? 'online' : 'in-person';
  const venue = venueOf(location);
  if (venue) draft.venue = venue;

  const slots: Slot[] = [...slotsFromSchedules(entity.eventSchedule), ...slotsFromSchedules(parent?.eventSchedule)];
  for (const sub of [...asArray(entity.subEvent), ...input.occurrences, entity]) {
    if (isJson(sub) && sub !== parent) {
      const slot = slotFromOccurrence(sub);
      if (slot) slots.push(slot);
    }
  }
  draft.schedule = mergeSlots(slots);
  const timing = text(pick('schedulingNote'));
  if (timing) draft.timing = timing;

  const cost = costOf(entity, parent);
  if (cost) draft.cost = cost;
  else {
    warn('offers', 'expected offers with a price or isAccessibleForFree, found none; recorded as "cost not stated"');
    draft.cost = { type: 'paid', text: 'Cost not stated: check with the organiser' };
  }

  const tags = new Set<SuitableForTag>();
  for (const support of asArray(pick('accessibilitySupport'))) {
    const label = labelOf(support) ?? '';
    const hit = ACCESSIBILITY.find(([re]) => re.test(label));
    if (hit) tags.add(hit[1]);
  }
  const gender = enumName(pick('genderRestriction'));
  if (gender === 'femaleonly') tags.add('women-only');
  if (gender === 'maleonly') tags.add('men-only');
  for (const level of asArray(pick('level'))) {
    if (/beginner|novice|introduct|all levels|all abilities/i.test(labelOf(level) ?? '')) tags.add('beginners');
  }
  // OpenActive: an opportunity with no ageRange is for adults.
  const age = pick('ageRange');
  if (isJson(age)) {
    const min = num(age.minValue);
    const max = num(age.maxValue);
    const range: Record<string, number> = {};
    if (min !== undefined) range.min = Math.round(min);
    if (max !== undefined) range.max = Math.round(max);
    draft.ageRange = range;
    if (min !== undefined && min >= 50) tags.add('older-adults');
  } else {
    draft.ageRange = { min: 18 };
  }
  draft.suitableFor = [...tags];

  const url = text(entity.url) ?? text(parent?.url);
  if (url) draft.url = url;
  const modified = text(entity.dateModified) ?? text(parent?.dateModified);
  const updated = modified ? parseDate(modified) : undefined;
  if (updated) draft.updated = updated;
  return draft;
}
