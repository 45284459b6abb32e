import type { ConditionId } from '../context/condition-ids.ts';
import type { ClinicalContext } from '../context/schema.ts';

// What the therapist changed on top of what the page says. Held in memory with the page context.
export interface Corrections {
  added: ConditionId[];
  removed: ConditionId[];
  district?: string;
}

export const noCorrections = (): Corrections => ({ added: [], removed: [] });

// The therapist's word wins: a removed condition is dropped whatever its status; an added one is
// present; a corrected district replaces the page's.
export function applyCorrections(context: ClinicalContext, corrections: Corrections): ClinicalContext {
  const removed = new Set(corrections.removed);
  const conditions = context.conditions.filter((c) => !removed.has(c.id) && !corrections.added.includes(c.id));
  for (const id of corrections.added) conditions.push({ id, status: 'present', text: 'added by therapist' });
  const result: ClinicalContext = { ...context, conditions };
  if (corrections.district !== undefined) {
    if (corrections.district === '') delete result.postcodeDistrict;
    else result.postcodeDistrict = corrections.district;
  }
  return result;
}
