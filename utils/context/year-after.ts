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

export function yearAfter(text: string, end: number): number | undefined {
  const m = YEAR_AFTER.exec(text.slice(end, end + 28));
  if (!m || NOW_AFTER.test(text.slice(end + m[0].length, end + m[0].length + 80))) return undefined;
  return Number(m[1]);
}
