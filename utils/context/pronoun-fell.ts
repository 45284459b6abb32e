import { someoneElseBefore } from './relative-scope.ts';
import type { Hit } from './scan.ts';
import { sentenceAround } from './text-utils.ts';

// "She fell twice last month" is the person's fall, unless someone else may have fallen (see
// someoneElseBefore), the words go on in a figure ("fell recently into arrears", "fell twice off
// the wagon", "fell last month out of remission"), the fall was in childhood, or the record is
// unsure it was one ("Unclear whether she fell or fainted").
const IN_A_FIGURE = /^\s*(?:into|in with|ill|unwell|sick|pregnant|behind(?!\s+(?:the|her|his|a)\b)|asleep|out(?! of bed)|back\b|off the (?:wagon|radar)|on hard times|at the first|in love|apart|to pieces|from grace|by the wayside|flat|quiet|short|silent|victim|foul|prey|through|for)\b/i;
const CHILDHOOD = /\b(?:as a (?:child|kid|girl|boy|teenager)|in (?:her|his) childhood|when (?:she|he) was (?:a child|a kid|young|younger|little|small|a teenager))\b/i;
const UNSURE_BEFORE = /\b(?:whether|if|unclear|unsure|not sure|in case)\s+$/i;

export function pronounFell(text: string, hit: Hit, pronoun: 'she' | 'he'): boolean {
  return fellLiterally(text, hit) && !someoneElseBefore(text, hit.start, pronoun);
}

// "Drinking heavily; fell twice last month", "Chest pain no, fell twice": notes leave the person
// unsaid where a clause opens with the fall. Not where a score, a weight or a mood was just named,
// or "rose" and "then" say one rose first ("Mood: fell recently", "PHQ-9 rose and fell twice").
const CLAUSE_OPENS = /(?:^|[.;,:!?•·–—]|\s-|\band|\bbut)\s*$/i;
const WHAT_FELL = /\b(?:rose|risen|went up|increased|improved|then|mood|weight|scores?|phq|gad|sugars?|bp|pressure|hba1c|glucose|bmi|income|attendance|levels?|readings?|numbers?|units|intake|cigarettes|hours)\b[^.;!?]*$/i;
// "fell last month to around 20": an amount fell, to a number.
const TO_A_NUMBER = /^[^.;!?]{0,24}?\bto\s+(?:around\s+|about\s+|approx\w*\s+|under\s+|below\s+)?\d/i;
export function subjectlessFell(text: string, hit: Hit): boolean {
  const before = text.slice(Math.max(0, hit.start - 24), hit.start);
  return CLAUSE_OPENS.test(before) && !WHAT_FELL.test(before) && !TO_A_NUMBER.test(text.slice(hit.end, hit.end + 40)) && fellLiterally(text, hit);
}

// "Fall 2 weeks ago", "Unwitnessed fall yesterday", "A&E due to fall last week", "since her fall
// last month": a fall with when it happened is the person's, unless a reading or amount is what
// fell ("BP fall yesterday", "Hb fall 2 weeks ago", "Mood fall"), or "his" or "her" names a
// relative just before (someoneElseBefore).
const READING_BEFORE = /\b(?:hb|haemoglobin|hemoglobin|sats?|saturations?|spo2|o2|oxygen|sodium|na|potassium|egfr|gfr|creatinine|platelets?|plt|wcc|temp|temperature|hr|pulse|bp|pressure|glucose|sugars?|bms?|cbg|hba1c|weight|wt|bmi|mood|scores?|phq\S*|gad\S*|levels?|counts?|readings?|income|attendance|prices?|ratio|rate|sales|numbers?|intake|heart rate|peak flow|pefr|fev1|rise and|rise or|rise\/|market|stock|shares?|benefits?|rent|arrears|pound|sterling|price|value|house prices|demand|baby|child|son|daughter|toddler)[\s:]*$/i;
const WHOSE_FALL = /\b(her|his)\s+(?:(?:recent|last|latest|first|second|bad|nasty)\s+)?$/i;
export function personsFall(text: string, hit: Hit): boolean {
  const before = text.slice(Math.max(0, hit.start - 32), hit.start);
  if (READING_BEFORE.test(before) || !fellLiterally(text, hit)) return false;
  const whose = WHOSE_FALL.exec(before);
  return whose === null || !someoneElseBefore(text, hit.start - whose[0].length, whose[1]!.toLowerCase() === 'her' ? 'she' : 'he');
}

// "Fell 14 months ago and again yesterday", "Had a fall in 2019, again last week": the fall told
// before in the sentence, the person's (a clause that opens with it), came back.
// "She fell" may be a relative's fall (someoneElseBefore).
// Not a fall in a figure ("fell pregnant", "fell off the wagon", "falls asleep", "falls to 3/10").
const FALL_BEFORE = /(?:^|[.;:!?\n]\s*|,\s*)(?:(she|he)\s+)?(?:(?:pt|patient|client|has|had|has had)\s+)*(fell|had (?:a|one|two|several) falls?|falls?|a fall)\b([^.;!?\n]{0,48})$/i;
const NOT_A_FALL_AFTER = /^\s*(?:off the|off (?:her|his) (?:feet|chair)|apart|short|flat|silent|quiet|to\s+\d|to pieces|in love|out with|for|back)/i;
export function fellBefore(text: string, hit: Hit): boolean {
  const from = Math.max(0, hit.start - 80);
  const m = FALL_BEFORE.exec(text.slice(from, hit.start));
  if (!m) return false;
  const fallEnd = from + m.index + m[0].length - m[3]!.length;
  if (IN_A_FIGURE.test(m[3]!) || NOT_A_FALL_AFTER.test(m[3]!) || TO_A_NUMBER.test(m[3]!)) return false;
  if (WHAT_FELL.test(text.slice(Math.max(0, fallEnd - m[2]!.length - 24), fallEnd - m[2]!.length))) return false;
  const who = m[1]?.toLowerCase();
  return who === undefined || !someoneElseBefore(text, from + m.index + m[0].search(/\S/), who === 'she' ? 'she' : 'he');
}

// After a fall told with when or where ("fell yesterday for the first time"), only words that make
// the whole a figure still do.
const FIGURE_AFTER_TAIL = /^\s*(?:into|in with|ill|unwell|sick|pregnant|asleep|off the (?:wagon|radar)|in love|apart|to pieces|from grace|victim|prey)\b/i;
const BARE_FALL = /(?:fell|falls?|fallen)$/i;
function fellLiterally(text: string, hit: Hit): boolean {
  const after = text.slice(hit.end, hit.end + 24);
  if ((BARE_FALL.test(text.slice(hit.start, hit.end)) ? IN_A_FIGURE : FIGURE_AFTER_TAIL).test(after)) return false;
  if (UNSURE_BEFORE.test(text.slice(Math.max(0, hit.start - 16), hit.start))) return false;
  return !CHILDHOOD.test(sentenceAround(text, hit.start, hit.end));
}
