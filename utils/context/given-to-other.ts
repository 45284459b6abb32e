import type { Hit } from './scan.ts';

// "She gives him his insulin", "He reminds her to take her metformin": a drug one person gives
// or sees to for another of the other sex is the other's, whichever of them the record is about
// (a carer's record, or the person caring). Not "The nurse gives her her insulin" or "She gives
// herself her insulin": there the drug may be the person's.
const GIVEN = /\b(she|he)\s+(?:\w+\s+)?(?:gives?|gave|administers?|injects?|helps?|reminds?|prompts?|does|manages?|draws?\s+up|collects?|orders?|sorts?\s+out|checks?)\s+(him|her)\s+(?:with\s+|to\s+take\s+|to\s+do\s+)?(?:(?:his|her|their)\s+)?(?:[a-z]+\s+)?$/i;
const REACH = 80;

export function givenToOther(text: string, drug: Hit): boolean {
  const m = GIVEN.exec(text.slice(Math.max(0, drug.start - REACH), drug.start));
  return m !== null && (m[1]!.toLowerCase() === 'she') !== (m[2]!.toLowerCase() === 'her');
}
