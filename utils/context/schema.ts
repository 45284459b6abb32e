import * as v from 'valibot';
import { CONDITION_IDS } from './condition-ids.ts';
import { SAFETY_FLAG_IDS } from './safety-flag-ids.ts';

// ClinicalContext: what the reader reports and what every consumer (sidebar, widget, CLI) accepts.
// It is held in memory for the tab only; nothing here is ever persisted.

export const CONDITION_STATUSES = ['present', 'negated', 'family', 'possible'] as const;

export { SAFETY_FLAG_IDS };

export const ConditionIdSchema = v.picklist(CONDITION_IDS);
export const ConditionStatusSchema = v.picklist(CONDITION_STATUSES);
export const SafetyFlagSchema = v.picklist(SAFETY_FLAG_IDS);

// An outward code (postcode district): "N7", "EC1A", "SW1A", "BT35". Never a full postcode.
export const OUTCODE_PATTERN = /^(?:[A-Z]{1,2}\d[A-Z\d]?|GIR)$/;
export const PostcodeDistrictSchema = v.pipe(v.string(), v.regex(OUTCODE_PATTERN, 'expected an outward code such as N7'));

const IsoDateSchema = v.pipe(v.string(), v.isoDate());

export const ConditionMentionSchema = v.object({
  id: ConditionIdSchema,
  status: ConditionStatusSchema,
  text: v.pipe(v.string(), v.maxLength(200)),
});

export const MeasureSchema = v.object({
  value: v.pipe(v.number(), v.integer(), v.minValue(0)),
  band: v.string(),
  date: v.optional(IsoDateSchema),
  // PHQ-9 item 9 (thoughts of self-harm), 0-3, when the page shows it.
  item9: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(3))),
});

export const ClinicalContextSchema = v.object({
  conditions: v.array(ConditionMentionSchema),
  measures: v.object({
    phq9: v.optional(v.object({ ...MeasureSchema.entries, value: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(27)) })),
    gad7: v.optional(v.object({ ...MeasureSchema.entries, value: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(21)) })),
  }),
  ageYears: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(125))),
  postcodeDistrict: v.optional(PostcodeDistrictSchema),
  flags: v.array(SafetyFlagSchema),
});

export type ConditionStatus = v.InferOutput<typeof ConditionStatusSchema>;
export type SafetyFlag = v.InferOutput<typeof SafetyFlagSchema>;
export type ConditionMention = v.InferOutput<typeof ConditionMentionSchema>;
export type Measure = v.InferOutput<typeof MeasureSchema>;
export type ClinicalContext = v.InferOutput<typeof ClinicalContextSchema>;

export function emptyContext(): ClinicalContext {
  return { conditions: [], measures: {}, flags: [] };
}
