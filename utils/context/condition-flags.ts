import type { ConditionId } from './condition-ids.ts';
import type { SafetyFlag } from './schema.ts';

// Conditions that raise a safety flag of their own, whatever names them: a FHIR Condition's code,
// a code on a page (a page's words carry their flag in the lexicon, lexicon/conditions.ts).
export const FLAG_OF_CONDITION: Partial<Record<ConditionId, SafetyFlag>> = {
  'eating-disorder': 'eating-disorder',
  'me-cfs': 'me-cfs',
  pregnancy: 'pregnancy',
  postnatal: 'postnatal',
};
