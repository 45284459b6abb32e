import type { ClinicalContext, ConditionMention, SafetyFlag } from '../../../utils/context/schema.ts';
import type { ConditionId } from '../../../utils/context/condition-ids.ts';
import type { Activity } from '../../../utils/directory/schema.ts';

// Small builders so each test states only what matters to it.
export function ctx(
  conditions: Array<[ConditionId, ConditionMention['status']]> = [],
  flags: SafetyFlag[] = [],
  extra: Partial<ClinicalContext> = {},
): ClinicalContext {
  return {
    conditions: conditions.map(([id, status]) => ({ id, status, text: id })),
    measures: {},
    flags,
    ...extra,
  };
}

export function activity(overrides: Partial<Activity> = {}): Activity {
  return {
    id: 'a1',
    name: 'Community walk',
    activities: ['Walking'],
    mode: 'in-person',
    schedule: [],
    cost: { type: 'free' },
    suitableFor: [],
    conditions: [],
    ...overrides,
  };
}
