import * as v from 'valibot';
import { ConditionIdSchema, OUTCODE_PATTERN } from '../context/schema.ts';
import { isSafeLink } from './safe-url.ts';

// The directory's shapes. Every importer (CSV, JSON pack, OpenActive) produces Activity, and the
// store, search, sidebar, widget and CLI read nothing else. Text fields are untrusted and are only
// ever rendered as text.

export const MODES = ['in-person', 'online', 'home'] as const;
export const INTENSITIES = ['gentle', 'moderate', 'vigorous'] as const;
export const COST_TYPES = ['free', 'paid', 'concession'] as const;
export const REFERRALS = ['drop-in', 'self-referral', 'professional-referral'] as const;
export const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export const SUITABLE_FOR_TAGS = [
  'long-term-conditions',
  'mental-health',
  'beginners',
  'older-adults',
  'women-only',
  'men-only',
  'wheelchair-accessible',
  'learning-disability',
  'carers',
  'families',
  'young-adults',
  'lgbtq',
  'visual-impairment',
  'hearing-impairment',
] as const;

const MAX_TEXT = 2000;
const Text = (max = MAX_TEXT) => v.pipe(v.string(), v.trim(), v.maxLength(max));
const NonEmptyText = (max = 300) => v.pipe(v.string(), v.trim(), v.nonEmpty('is empty'), v.maxLength(max));

export const SafeLinkSchema = v.pipe(
  v.string(),
  v.trim(),
  v.maxLength(2048),
  v.check(isSafeLink, 'only http(s), tel: and mailto: links are allowed'),
);
export const OutcodeSchema = v.pipe(v.string(), v.trim(), v.toUpperCase(), v.regex(OUTCODE_PATTERN, 'expected an outward code such as N7'));
const Latitude = v.pipe(v.number(), v.finite(), v.minValue(-90), v.maxValue(90));
const Longitude = v.pipe(v.number(), v.finite(), v.minValue(-180), v.maxValue(180));
const Time = v.pipe(v.string(), v.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected a time as HH:MM'));

export const OrganiserSchema = v.object({
  name: v.optional(Text(300)),
  url: v.optional(SafeLinkSchema),
  phone: v.optional(Text(60)),
  email: v.optional(v.pipe(v.string(), v.trim(), v.email('expected an email address'))),
});

export const VenueSchema = v.object({
  name: v.optional(Text(300)),
  address: v.optional(Text(500)),
  postcode: v.optional(Text(10)),
  lat: v.optional(Latitude),
  lng: v.optional(Longitude),
});

export const ScheduleSchema = v.object({
  days: v.array(v.picklist(DAYS)),
  start: v.optional(Time),
  end: v.optional(Time),
});

export const CostSchema = v.object({
  type: v.picklist(COST_TYPES),
  amount: v.optional(v.pipe(v.number(), v.finite(), v.minValue(0))),
  text: v.optional(Text(300)),
});

export const AgeRangeSchema = v.object({
  min: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(120))),
  max: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(120))),
});

export const ActivitySchema = v.object({
  id: NonEmptyText(200),
  name: NonEmptyText(300),
  description: v.optional(Text()),
  activities: v.array(NonEmptyText(120)),
  organiser: v.optional(OrganiserSchema),
  mode: v.picklist(MODES),
  venue: v.optional(VenueSchema),
  schedule: v.array(ScheduleSchema),
  timing: v.optional(Text(500)),
  cost: CostSchema,
  intensity: v.optional(v.picklist(INTENSITIES)),
  suitableFor: v.array(v.picklist(SUITABLE_FOR_TAGS)),
  conditions: v.array(ConditionIdSchema),
  ageRange: v.optional(AgeRangeSchema),
  referral: v.optional(v.picklist(REFERRALS)),
  url: v.optional(SafeLinkSchema),
  updated: v.optional(v.pipe(v.string(), v.isoDate())),
});

export const DistrictsSchema = v.record(OutcodeSchema, v.object({ lat: Latitude, lng: Longitude }));

export const PACK_FORMAT = 'pa-signpost-region-pack';
export const PACK_VERSION = 1;

export const RegionPackSchema = v.object({
  format: v.literal(PACK_FORMAT),
  version: v.literal(PACK_VERSION),
  name: NonEmptyText(200),
  publisher: NonEmptyText(200),
  licence: NonEmptyText(300),
  attribution: v.optional(Text(1000)),
  generated: v.pipe(v.string(), v.isoDate()),
  sample: v.optional(v.boolean()),
  districts: DistrictsSchema,
  activities: v.array(v.unknown()),
});

export type Mode = (typeof MODES)[number];
export type Intensity = (typeof INTENSITIES)[number];
export type Day = (typeof DAYS)[number];
export type SuitableForTag = (typeof SUITABLE_FOR_TAGS)[number];
export type Activity = v.InferOutput<typeof ActivitySchema>;
export type Districts = v.InferOutput<typeof DistrictsSchema>;
// Activities in a pack are validated one by one so one bad row never rejects the whole pack.
export type RegionPackHeader = Omit<v.InferOutput<typeof RegionPackSchema>, 'activities'>;
export type RegionPack = RegionPackHeader & { activities: Activity[] };
