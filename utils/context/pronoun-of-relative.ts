import { sentenceSubject, subjectSentenceStart } from './sentence-subject.ts';

// "She cares for her husband; he has COPD", "Lives with his mother. She has heart failure": a
// sentence that opens with "he" just after one that names a man as "her" relative (or with "she"
// after "his" woman) is about that relative. The person cannot be the "he" of a record that calls
// him "her husband". Left open: a relative of the pronoun's own sex ("his son. He has asthma"), a
// "her" that is someone else's ("He lives with his sister and her husband"), and a record that
// already says "he" of someone ("He said 'I am just her husband'"). analyse-span asks this of a
// condition that raises a safety flag only where the sentence just before opens with the relative.
const MEN = 'husband|son|father|dad|brother|boyfriend|grandson|grandfather|grandad|grandpa|stepson|stepfather|stepdad|uncle|nephew|fianc[eé]|little boy';
const WOMEN = 'wife|daughter|mother|mum|mom|sister|girlfriend|granddaughter|grandmother|gran|nan|grandma|stepdaughter|stepmother|stepmum|aunt|niece|fianc[eé]e|little girl';
const HER_MAN = new RegExp(String.raw`(?<!\band\s)\bher\s+(?:[a-z-]+\s+)?(?:${MEN})s?\b`, 'i');
const HIS_WOMAN = new RegExp(String.raw`(?<!\band\s)\bhis\s+(?:[a-z-]+\s+)?(?:${WOMEN})s?\b`, 'i');
// The sentence just before opens with that relative: "Her father has angina. He gets chest pain
// on exertion." Only so is a term that raises a safety card taken as theirs: "Caring for her
// husband; he had two falls" may still be the person's (see flags snippets).
const OPENS_HER_MAN = new RegExp(String.raw`(?:^|[.!?;\n]\s*)her\s+(?:[a-z-]+\s+)?(?:${MEN})\b[^.!?;\n]*[.!?;]?\s*$`, 'i');
const OPENS_HIS_WOMAN = new RegExp(String.raw`(?:^|[.!?;\n]\s*)his\s+(?:[a-z-]+\s+)?(?:${WOMEN})\b[^.!?;\n]*[.!?;]?\s*$`, 'i');
// How far back the relative may be named: the sentence before, or two short ones.
const REACH = 160;
// The words before already say "he" (or "she") of someone: the person may be them.
const HIM_NAMED = /\b(?:he|his|him|himself|mr)\b/i;
const HER_NAMED = /\b(?:she|her|hers|herself|mrs|ms|miss)\b/i;

// Whether the text names a relative so at all: asked once per line, before any term is.
export function namesRelativeByPossessive(text: string): boolean {
  return HER_MAN.test(text) || HIS_WOMAN.test(text);
}

// The pronoun ('he' or 'she') that means the relative, or undefined. `justBefore`: only where the
// sentence just before opens with that relative.
export function relativeMeant(text: string, at: number, justBefore = false): 'she' | 'he' | undefined {
  const subject = sentenceSubject(text, at);
  if (subject !== 'he' && subject !== 'she') return undefined;
  const from = subjectSentenceStart();
  if (from === 0) return undefined;
  const before = text.slice(Math.max(0, from - REACH), from);
  if ((subject === 'he' ? HIM_NAMED : HER_NAMED).test(before)) return undefined;
  if (!(subject === 'he' ? HER_MAN : HIS_WOMAN).test(before)) return undefined;
  if (!justBefore) return subject;
  return (subject === 'he' ? OPENS_HER_MAN : OPENS_HIS_WOMAN).test(before) ? subject : undefined;
}
