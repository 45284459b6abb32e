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
const CLAUSE_OPENS = /(?:^|[.;,:!?•·–—]|\s-|\band)\s*$/i;
const WHAT_FELL = /\b(?:rose|risen|went up|increased|improved|then|mood|weight|scores?|phq|gad|sugars?|bp|pressure|hba1c|glucose|bmi|income|attendance|levels?|readings?|numbers?|units|intake|cigarettes|hours)\b[^.;!?]*$/i;
// "fell last month to around 20": an amount fell, to a number.
const TO_A_NUMBER = /^[^.;!?]{0,24}?\bto\s+(?:around\s+|about\s+|approx\w*\s+|under\s+|below\s+)?\d/i;
export function subjectlessFell(text: string, hit: Hit): boolean {
  const before = text.slice(Math.max(0, hit.start - 24), hit.start);
  return CLAUSE_OPENS.test(before) && !WHAT_FELL.test(before) && !TO_A_NUMBER.test(text.slice(hit.end, hit.end + 40)) && fellLiterally(text, hit);
}

// "Fall 2 weeks ago", "No chest pain, one fall last week", "had a fall yesterday": a fall where a
// clause opens, after a count or "had"; not "BP fall yesterday", "Hb fall", "in the fall".
const FALL_OPENS = /(?:^|[.;,:!?•·–—(]|\s-|\band|\b(?:had|has had|reports|reported|describes|described|suffered|sustained|with|after|following|since))\s*(?:(?:a|an|one|another|further|new|second|2nd|recent|minor|bad|nasty|small|big|serious)\s+){0,2}$/i;
// "since her fall last month": hers, unless a relative was just named (someoneElseBefore).
const WHOSE_FALL = /\b(her|his)\s+(?:(?:recent|last|latest|first|second|bad|nasty)\s+)?$/i;
export function personsFall(text: string, hit: Hit): boolean {
  const before = text.slice(Math.max(0, hit.start - 32), hit.start);
  if (WHAT_FELL.test(before) || !fellLiterally(text, hit)) return false;
  if (FALL_OPENS.test(before)) return true;
  const whose = WHOSE_FALL.exec(before);
  return whose !== null && !someoneElseBefore(text, hit.start - whose[0].length, whose[1]!.toLowerCase() === 'her' ? 'she' : 'he');
}

// "Fell 14 months ago and again yesterday", "Had a fall in 2019, again last week": the fall told
// before in the sentence, the person's (a clause that opens with it), came back.
// "She fell" may be a relative's fall (someoneElseBefore).
const FALL_BEFORE = /(?:^|[.;:!?\n]\s*|,\s*)(?:(she|he)\s+)?(?:(?:pt|patient|client|has|had|has had)\s+)*(?:fell|had (?:a|one|two|several) falls?|falls?|a fall|tripped|slipped)\b[^.;!?\n]{0,48}$/i;
export function fellBefore(text: string, hit: Hit): boolean {
  const from = Math.max(0, hit.start - 80);
  const m = FALL_BEFORE.exec(text.slice(from, hit.start));
  if (!m) return false;
  const who = m[1]?.toLowerCase();
  return who === undefined || !someoneElseBefore(text, from + m.index + m[0].search(/\S/), who === 'she' ? 'she' : 'he');
}

function fellLiterally(text: string, hit: Hit): boolean {
  if (IN_A_FIGURE.test(text.slice(hit.end, hit.end + 24))) return false;
  if (UNSURE_BEFORE.test(text.slice(Math.max(0, hit.start - 16), hit.start))) return false;
  return !CHILDHOOD.test(sentenceAround(text, hit.start, hit.end));
}
