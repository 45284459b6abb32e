import { sentenceSubject } from './sentence-subject.ts';

// "She cares for her husband; he has COPD", "Lives with his mother. She has had two falls": a
// sentence that opens with "he" just after one that names a man as "her" relative (or with "she"
// after "his" woman) is about that relative. The person cannot be the "he" of a record that calls
// him "her husband". A relative of the pronoun's own sex ("his son. He has asthma") leaves it open,
// and so stays the person's (contextualise gives the benefit of doubt to the person's own flags).
const HER_MAN = /\bher\s+(?:[a-z-]+\s+)?(?:husband|son|father|dad|brother|boyfriend|grandson|grandfather|grandad|grandpa|stepson|stepfather|stepdad|uncle|nephew|fianc[eé]|little boy)s?\b/i;
const HIS_WOMAN = /\bhis\s+(?:[a-z-]+\s+)?(?:wife|daughter|mother|mum|mom|sister|girlfriend|granddaughter|grandmother|gran|nan|grandma|stepdaughter|stepmother|stepmum|aunt|niece|fianc[eé]e|little girl)s?\b/i;
// How far back the relative may be named: the sentence before, or two short ones.
const REACH = 160;
const SUBJECT_REACH = 120;

function ends(c: number): boolean {
  return c === 46 || c === 59 || c === 33 || c === 63 || c === 10 || c === 124;
}

// The pronoun ('he' or 'she') that means the relative, or undefined.
export function relativeMeant(text: string, at: number): 'she' | 'he' | undefined {
  const subject = sentenceSubject(text, at);
  if (subject !== 'he' && subject !== 'she') return undefined;
  let from = at;
  const min = Math.max(0, at - SUBJECT_REACH);
  while (from > min && !ends(text.charCodeAt(from - 1))) from--;
  if (from === 0) return undefined;
  const before = text.slice(Math.max(0, from - REACH), from);
  return (subject === 'he' ? HER_MAN : HIS_WOMAN).test(before) ? subject : undefined;
}
