import type { ConditionId } from './condition-ids.ts';

// Conditions that last a year at most, so a year written beside them can say they are over:
// "She was pregnant in 2019", "Had a baby in 2010", "Postnatal depression (2015)".
export const DATED_BY_YEAR: ReadonlySet<ConditionId> = new Set<ConditionId>(['pregnancy', 'postnatal']);

// The year written right after a term: "pregnant in 2019", "pregnancy (2015)", "Pregnancy 2019",
// "had a baby in March 2010", "gave birth back in 06/2012", "baby born 12/10/2019". Only a year attached to the term
// counts: in "pregnant, previous birth 2019" the year is another event's.
const YEAR_AFTER = /^\s*(?:\(\s*|[,:–-]?\s*(?:(?:back\s+)?(?:in|during|on|last)\s+)?)(?:(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?,?\s+|(?:\d{1,2}[/.-]){1,2})?((?:19|20)\d\d)(?![\d/.-]\d)/i;

// The sentence goes on to say it is now: "Pregnant in 2019 and again now at 12 weeks".
const NOW_AFTER = /^[^.!?\n]*?\b(?:again|this time|(?:now|currently|at present)\s+(?:pregnant|expecting|at|\d{1,2}\s*(?:weeks?|wks?|\/40|\+\d)))/i;

// "Postnatal depression after her first baby (2019)", "PND following the birth of her son in 2021":
// the term told of a birth, whose year then follows.
const OF_BIRTH = /^\s*(?:[a-z]+\s+){0,2}(?:\([^)\n]{1,12}\)\s*)?,?\s*(?:(?:after|following|with|since(?:\s+having)?|after\s+having)\s+|\(\s*)(?:the\s+)?(?:birth\s+of\s+)?(?:(?:her|his|their|the|a)\s+)?(?:(?:first|second|third|fourth|1st|2nd|3rd|4th|eldest|oldest|youngest|older|younger|last|previous)\s+)?(?:baby|child|son|daughter|twins|pregnancy|birth)\b(?:\s+(?:(?:was|were)\s+)?born)?/i;

// A pregnancy now is no birth now: "Had postnatal depression with her first child (2021) and is
// now pregnant again" tells of an old birth.
const PREGNANT_NOW = /\b(?:(?:now|currently|at present)\s+(?:pregnant|expecting)|(?:pregnant|expecting)\s+again)\b/i;

// `postnatal`: the term is of the year after a birth, not of a pregnancy.
export function yearAfter(text: string, end: number, postnatal = false): number | undefined {
  const birth = OF_BIRTH.exec(text.slice(end, end + 64));
  const from = birth ? end + birth[0].length : end;
  const m = YEAR_AFTER.exec(text.slice(from, from + 28));
  if (!m) return undefined;
  const after = text.slice(from + m[0].length, from + m[0].length + 80);
  if (NOW_AFTER.test(after) && !(postnatal && PREGNANT_NOW.test(after))) return undefined;
  return Number(m[1]);
}

// "First baby born 2023, postnatal depression afterwards", "Son born 03/05/2019. Postnatal
// depression.": the year of the birth told just before the term, which dates a postnatal term as
// yearAfter does.
const BORN_BEFORE = /\b(?:(?:baby|child|son|daughter|twins)\s+(?:was\s+|were\s+)?born|(?:(?:first|second|third|fourth|1st|2nd|3rd|4th|eldest|youngest)\s+)(?:baby|child|son|daughter)(?=\s+\(?(?:19|20)\d\d)|had\s+(?:a|her|their)\s+(?:\w+\s+)?(?:baby|child|son|daughter|twins))\s+(?:in\s+|on\s+)?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?\s+|(?:\d{1,2}[/.-]){1,2})?((?:19|20)\d\d)\s*[,;:.–-]?\s*(?:(?:and|with|then|developed|had)\s+)*$/i;

export function bornYearBefore(text: string, start: number): number | undefined {
  const m = BORN_BEFORE.exec(text.slice(Math.max(0, start - 64), start));
  return m ? Number(m[1]) : undefined;
}
