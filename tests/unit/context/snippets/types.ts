import type { ConditionId } from '../../../../utils/context/condition-ids.ts';
import type { ConditionStatus, Measure, SafetyFlag } from '../../../../utils/context/schema.ts';

// A labelled snippet: what a careful clinician reads from the text. Only what is listed is
// checked; 'absent' means the reader must not report it at all.
export type Snippet = {
  text: string;
  conditions?: Partial<Record<ConditionId, ConditionStatus | 'absent'>>;
  flags?: (SafetyFlag | `!${SafetyFlag}`)[];
  phq9?: Partial<Measure> | 'absent';
  gad7?: Partial<Measure> | 'absent';
  age?: number | 'absent';
  district?: string | 'absent';
};
