import * as v from 'valibot';
import { SCRIPT_LENGTHS } from '../advice/content-schema.ts';
import { CONDITION_GROUP_IDS } from '../context/condition-ids.ts';
import { ACTIVITY_LIST } from '../directory/openactive/activity-list.ts';
import { GAP_FILTERS, ProvisionGapSchema, type ProvisionGap } from '../directory/search/provision-gap.ts';

// What pilot counts measure, and the closed vocabulary each measure is keyed by. A key outside its
// vocabulary can never be stored: that is what keeps names, numbers and free text out.

export const PILOT_MEASURES = [
  'sidebar-opens',
  'scripts-by-length',
  'scripts-by-condition-group',
  'signposts-by-activity',
  'notes-copied',
  'handouts-printed',
  'provision-gaps',
] as const;

export type PilotMeasure = (typeof PILOT_MEASURES)[number];

export const MEASURE_LABELS: Record<PilotMeasure, string> = {
  'sidebar-opens': 'Sidebar opened',
  'scripts-by-length': 'Advice scripts shown, by length',
  'scripts-by-condition-group': 'Advice scripts shown, by condition group',
  'signposts-by-activity': 'Activities signposted, by activity type',
  'notes-copied': 'Record notes copied',
  'handouts-printed': 'Handouts printed',
  'provision-gaps': 'Searches that found too little (district, condition group, filter)',
};

// Measures that are a plain count have this one key.
export const ALL = 'all';
export const NO_GROUP = 'none';
export const OTHER_ACTIVITY = 'other';

export const ACTIVITY_TYPES = [...new Set(ACTIVITY_LIST.map((c) => c.prefLabel))];

const GAP_SEPARATOR = '|';

export function gapKey(gap: ProvisionGap): string {
  return [gap.district, gap.conditionGroup, gap.filter].join(GAP_SEPARATOR);
}

const GapKeySchema = v.pipe(
  v.string(),
  v.check((key) => {
    const [district, conditionGroup, filter, ...rest] = key.split(GAP_SEPARATOR);
    return rest.length === 0 && v.is(ProvisionGapSchema, { district, conditionGroup, filter });
  }, `expected district|condition group|filter with an outward code, a condition group and one of ${GAP_FILTERS.join(', ')}`),
);

export const MEASURE_KEYS: Record<PilotMeasure, v.GenericSchema<string>> = {
  'sidebar-opens': v.literal(ALL),
  'scripts-by-length': v.picklist(SCRIPT_LENGTHS),
  'scripts-by-condition-group': v.picklist([...CONDITION_GROUP_IDS, NO_GROUP]),
  'signposts-by-activity': v.picklist([...ACTIVITY_TYPES, OTHER_ACTIVITY]),
  'notes-copied': v.literal(ALL),
  'handouts-printed': v.literal(ALL),
  'provision-gaps': GapKeySchema,
};
