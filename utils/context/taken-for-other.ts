import { ROLE_BIT, type MedicationInfo } from './roles.ts';
import { hasRole, type Hit } from './scan.ts';

// "Metformin 500mg BD (for PCOS)", "amitriptyline 10mg for nerve pain": the line says what the drug is
// taken for, and it is none of the conditions the drug is known for (those would be a mention).
// Only a reason named as another condition, or a known other use: "Donepezil for memory",
// "Gliclazide for sugars" still say what they treat.
const FOR_AFTER = /^[\w\s./-]{0,24}?\(?\s*(?:for|re|indication:?)\s+[a-z]/i;
const OTHER_USE = /^[a-z]*\s*(?:pcos|polycystic|weight|nerve pain|neuropathic|neuropathy|migraines?|headaches?|sleep|insomnia|restless legs|rls|smoking|acne|hot flushes|menopaus\w*|bladder|bed ?wetting|itch\w*|hair|fertility|prevention|prophylaxis|period|periods|tremor in (?:her|his) hands from)\b/i;
export function takenForOther(text: string, hits: Hit[], k: number, med: MedicationInfo): boolean {
  const hit = hits[k]!;
  const m = FOR_AFTER.exec(text.slice(hit.end, hit.end + 48));
  if (!m) return false;
  const reasonFrom = hit.end + m[0].length - 1;
  // The reason runs to the end of its part of the list: "amlodipine for blood pressure, sertraline
  // for depression" gives amlodipine no reason of sertraline's.
  const part = REASON_END.exec(text.slice(reasonFrom, reasonFrom + 40));
  const reasonTo = reasonFrom + (part ? part.index : 40);
  for (let j = k + 1; j < hits.length && hits[j]!.start < reasonTo; j++) {
    if (hits[j]!.start < reasonFrom) continue;
    for (const r of hits[j]!.roles) {
      if (r.kind !== 'condition' && r.kind !== 'code') continue;
      return !r.ids.some((id) => med.supports.includes(id));
    }
    if (hasRole(hits[j]!, ROLE_BIT.signal)) return false;
  }
  return OTHER_USE.test(text.slice(reasonFrom, reasonTo));
}
const REASON_END = /[,;()\n]|\s[-–—]\s|\band\b/;
