import * as v from 'valibot';
import { CONDITION_GROUP_IDS } from '../../context/condition-ids.ts';
import { OUTCODE_PATTERN } from '../../context/schema.ts';

// A record that a search found too little: which district, which kind of condition, and which
// filter would have helped most. Pilot counts tally these to show commissioners where provision is
// thin. By construction it holds no identifiers and no free text: every field is from a closed list
// or an outward code, and the schema is strict so nothing else can ride along.

export const GAP_FILTERS = ['distance', 'cost', 'day', 'time', 'format', 'intensity', 'cohort', 'text', 'none'] as const;

export const ProvisionGapSchema = v.strictObject({
  district: v.union([v.pipe(v.string(), v.regex(OUTCODE_PATTERN)), v.literal('unknown')]),
  conditionGroup: v.picklist([...CONDITION_GROUP_IDS, 'none']),
  filter: v.picklist(GAP_FILTERS),
});

export type GapFilter = (typeof GAP_FILTERS)[number];
export type ProvisionGap = v.InferOutput<typeof ProvisionGapSchema>;

export function provisionGap(district: string | undefined, conditionGroup: string | undefined, filter: GapFilter): ProvisionGap {
  return v.parse(ProvisionGapSchema, {
    district: district !== undefined && OUTCODE_PATTERN.test(district) ? district : 'unknown',
    conditionGroup: conditionGroup ?? 'none',
    filter,
  });
}
