import type { ConditionId } from '../../../../utils/context/condition-ids.ts';
import type { ConditionStatus, Measure, SafetyFlag } from '../../../../utils/context/schema.ts';

// A labelled snippet: what a careful clinician reads from the text. Only what is listed is
// checked; 'absent' means the reader must not report it at all, and a score's date 'absent' that
// the score is undated.
export type Snippet = {
  text: string;
  conditions?: Partial<Record<ConditionId, ConditionStatus | 'absent'>>;
  flags?: (SafetyFlag | `!${SafetyFlag}`)[];
  phq9?: MeasureWanted | 'absent';
  gad7?: MeasureWanted | 'absent';
  age?: number | 'absent';
  district?: string | 'absent';
};

type MeasureWanted = Partial<Omit<Measure, 'date'>> & { date?: string | 'absent' };
