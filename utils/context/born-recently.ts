import { HIS_OWN_BEFORE } from './relative-scope.ts';
import type { Hit } from './scan.ts';

// "Son born 6 weeks ago" (not "18 months ago": the postnatal year is over), "NVD 6/52 ago", "Daughter born last month", "Twins born 03/11/2026", "born in October 2026", "born 03/2026": a birth told with
// when it was, lately (a date's year is checked as any pregnancy's is, by year-after.ts). Not
// "Daughter born at 28 weeks, now 10", "Son born with a heart defect".
// "Last September" is the last month of that name, so within the postnatal year (a year after it
// is judged as any date's). Not "in September", which a life history uses of any year ("She had
// her first child in May; he starts school next year"), nor where the words after it say the
// child is older ("Son born last March, now 3", "... he turns 3 next week").
const RECENT = /^\s*(?:at\s+\d{2}\s*(?:weeks|wks|\/40)(?:\s+gestation)?,?\s+)?(?:(?:last|this past)\s+(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b(?![^\n]{0,80}?\b(?:(?:now|aged?|is|was|turns?|turned)\s+(?:\d|a\s+teen)|school|nursery|college|university|teenager|years? old|eldest|oldest)\b)|(?:\d{1,2}|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|several|a couple of)\s+(?:days?|weeks?|wks?)\s+ago|(?:[1-9]|1[0-2]|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|several|a couple of)\s+months?\s+ago|\d{1,2}\s*\/\s*(?:52|12|7)\s+ago|last (?:week|month|night)|recently|yesterday|this (?:week|month)|(?:on\s+)?\d{1,2}(?:[/.-]\d{1,2}[/.-]\d{2,4}|(?:st|nd|rd|th)?\s+[a-z]{3,9}\.?\s+\d{4})|(?:in\s+)?\d{1,2}[/.-](?:19|20)\d\d(?![\d/]|[.-]\d)|(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\s+(?:19|20)\d\d\b|in\s+(?:19|20)\d\d\b|in\s+(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\s+\d{4})/i;

// "Baby Aria born", "baby Leo James, born", "Baby Alfie was born": where the words before "born" start, or -1.
const BABY_NAMED = /\b[Bb]aby\s+[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+)?,?\s+(?:was\s+)?$/;
export function babyNamedStart(text: string, at: number): number {
  const m = BABY_NAMED.exec(text.slice(Math.max(0, at - 40), at));
  return m ? at - (Math.min(at, 40) - m.index) : -1;
}

// A birth that was not hers: by surrogate, adopted or fostered ("Baby born 6 weeks ago via
// surrogate", "Adopted baby arrived 3 weeks ago", "born 6 weeks ago to her daughter"), or "his" child ("His daughter was born 3 weeks ago").
const NOT_BORNE = /\b(?:surrogate|surrogacy|adopt(?:ed|ion|ing|ive)?|foster(?:ed|ing)?|to (?:her|his|their) (?:daughter|son|sister|brother|niece|nephew|cousin|friend|neighbour|step\w+|sister-in-law|daughter-in-law))\b/i;
// Only a term that names the child or its birth, not hers ("gave birth", "postnatal"); only in its sentence.
const NAMES_CHILD = /baby|child|son|daughter|twins|born|arrived/i;
const SENTENCE_BEFORE = /[^.;!?\n]*$/;
const SENTENCE_AFTER = /^[^.;!?\n]*/;
export function notHerBirth(text: string, hit: Hit, child: boolean): boolean {
  if (child && HIS_OWN_BEFORE.test(text.slice(Math.max(0, hit.start - 8), hit.start))) return true;
  if (!NAMES_CHILD.test(text.slice(hit.start, hit.end))) return false;
  const before = SENTENCE_BEFORE.exec(text.slice(Math.max(0, hit.start - 24), hit.start))![0];
  const after = SENTENCE_AFTER.exec(text.slice(hit.end, hit.end + 48))![0];
  return NOT_BORNE.test(before) || NOT_BORNE.test(after);
}

export function bornRecently(text: string, hit: Hit): boolean {
  return RECENT.test(text.slice(hit.end, hit.end + 32));
}
