import type { Hit } from './scan.ts';

// "She gives him his insulin", "He reminds her to take her metformin": a drug one person gives
// or sees to for another of the other sex is that other's: 'he' or 'she' here. Whether that is the
// person only the record can say (contextualise): in the record of "Mr Hill, 80" it is his; in
// that of "Mrs Reid, 70, carer for her husband", not hers. Not "The nurse gives her her insulin"
// or "She gives herself her insulin".
const GIVEN = /\b(she|he)\s+(?:\w+\s+)?(?:gives?|gave|administers?|injects?|helps?|reminds?|prompts?|does|manages?|draws?\s+up|collects?|orders?|sorts?\s+out|checks?)\s+(him|her)\s+(?:with\s+|to\s+take\s+|to\s+do\s+)?(?:(?:his|her|their)\s+)?(?:[a-z]+\s+)?$/i;
const REACH = 80;

export function givenTo(text: string, drug: Hit): 'she' | 'he' | undefined {
  const before = text.slice(Math.max(0, drug.start - REACH), drug.start);
  if (!before.includes('him') && !before.includes('her')) return undefined;
  const m = GIVEN.exec(before);
  if (m === null) return undefined;
  const giver = m[1]!.toLowerCase();
  const to = m[2]!.toLowerCase() === 'her' ? 'she' : 'he';
  return giver === to ? undefined : to;
}
