import type { ConditionId } from './condition-ids.ts';
import type { DateParts } from './dates.ts';
import type { MeasureCandidate } from './findings.ts';
import type { MedicationInfo } from './roles.ts';
import type { ConditionStatus, SafetyFlag } from './schema.ts';

// Everything read from a page (or a FHIR bundle) with its status settled and its position kept,
// ready to be merged into one ClinicalContext. `order` is document order: the block's (or
// resource's) number times BLOCK_ORDER, plus the offset in it.
export const BLOCK_ORDER = 100_000;

export type Evidence = {
  // `year`: a pregnancy or birth dated to it ("pregnant in 2019"), or falls answered with it ("Falls?
  // Twice in 2026"), for the merge to judge against today.
  mentions: { id: ConditionId; status: ConditionStatus; text: string; order: number; signal?: SafetyFlag; year?: number }[];
  medications: { med: MedicationInfo; text: string; order: number; forOther?: true; before?: true }[];
  signals: { flag: SafetyFlag; order: number; year?: number }[];
  measures: (MeasureCandidate & { order: number })[];
  ages: { kind: 'dob' | 'field' | 'text' | 'named'; years?: number; dob?: DateParts; order: number }[];
  // strength 3: the adapter's patient-address region; 2: an explicit "Home address" label; 1: "Address".
  postcodes: { outcode: string; strength: number; order: number }[];
  bmis: { value: number; text: string; order: number }[];
};

export function emptyEvidence(): Evidence {
  return { mentions: [], medications: [], signals: [], measures: [], ages: [], postcodes: [], bmis: [] };
}
