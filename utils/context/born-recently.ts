import type { Hit } from './scan.ts';

// "Son born 6 weeks ago", "Daughter born last month", "Twins born 03/11/2026": a birth told with
// when it was, lately (a date's year is checked as any pregnancy's is, by year-after.ts). Not
// "Daughter born at 28 weeks, now 10", "Son born with a heart defect".
const RECENT = /^\s*(?:(?:\d{1,2}|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|several|a couple of)\s+(?:days?|weeks?|wks?|months?)\s+ago|last (?:week|month|night)|recently|yesterday|this (?:week|month)|(?:on\s+)?\d{1,2}(?:[/.-]\d{1,2}[/.-]\d{2,4}|(?:st|nd|rd|th)?\s+[a-z]{3,9}\.?\s+\d{4}))/i;

export function bornRecently(text: string, hit: Hit): boolean {
  return RECENT.test(text.slice(hit.end, hit.end + 32));
}
