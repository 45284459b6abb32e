import { yearAfter } from './year-after.ts';
import type { Hit } from './scan.ts';

// "Fell on ice in 2014", "Chest pain in 2019 - investigated": the year a fall or a symptom was,
// unless the sentence goes on to say it came back ("... and again last week", "recurred since") or
// is not yet explained ("Syncope in 2024 - not yet investigated", "Holter booked").
// A later year in the same sentence is the latest one: "Falls: 2024 x1, 2026 x3", "a fall in 2024,
// and another in October 2026".
const BACK_SINCE = /^[^.!?\n]*?\b(?:again|another|further|not yet|awaiting|booked|referred|pending|under investigation|to be (?:investigated|seen|reviewed)|active|unexplained|(?:a |the )?(?:second|third)|similar|more (?:episodes?|since|falls?|attacks?)|once more|twice more|recurr\w*|returned|came back|back again|since then|ongoing|still|this (?:week|month|year)|last (?:week|month)|past (?:week|fortnight|month)|recently|yesterday|today|worse|worsening)\b/i;
// "Chest pain on exertion in 2020", "Slipped and fell in the garden in 2021": a few words may come
// between the symptom and its year.
const YEAR_SOON = /^[^.;,\n\d]{0,30}?\b(?:in|during|back in)\s+(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?\s+)?((?:19|20)\d\d)\b/i;
// Or with no word before the year: "History of chest pain on exertion 2018". Not a year it goes on
// from ("since 2018") or that is not its own ("before 2018", "after his MI in 2018" is the MI's).
const YEAR_BARE = /^(?![^.;,\n\d]{0,30}?\b(?:since|from|until|till|before|after|by)\b)[^.;,\n\d]{0,30}?\s((?:19|20)\d\d)\b(?![/.-]\d)/i;
const LATER_YEAR = /\b(?:19|20)\d\d\b/g;
// "Chest pain in 2020, not yet recurred", "a fall in 2019, none since": saying it has not come back.
const NOT_BACK = /(?:\b(?:(?:has|have|had)\s+)?(?:not|n[o']t|never)\s+(?:yet\s+)?(?:recurred|returned|come back|came back|happened again)\b|\bno (?:further|more|recurrences?|repeat)(?: (?:episodes?|falls?|attacks?|symptoms?|pain))?(?: since)?\b|\b(?:nil|none|nothing) since\b)(?![^.;!?\n]{0,16}\buntil\b)/gi;
// "Had a fall 5 years ago", "Chest pain many years ago": two years back or more is before last
// calendar year, whatever today is, so the symptom is dated to a year long past (LONG_AGO).
// Not where it began then and goes on ("Chest pain since MI 2 years ago", "Palpitations began a
// few years ago and continue", "first fall 3 years ago, now weekly").
const YEARS_AGO = /^(?:\s*,)?(?![^.;,\n\d]{0,30}?\b(?:since|until|till|began|begun|begin|started|starting|start|first|onset|from|after|following|post)\b)(?:\s*,)?[^.;,\n\d]{0,30}?(?:\b|\s)(?:([2-9]|[1-9]\d)|two|three|four|five|six|seven|eight|nine|ten|many|several|some|a few|a couple of)\s+years?\s+ago\b/i;
const GOES_ON = /^[^.!?\n]*?\b(?:since|now|continu\w*|ongoing|still|daily|weekly|monthly|every|recurr\w*|persist\w*|on and off|off and on|intermittent\w*|come back|came back|returned)\b/i;
// Or in the sentence after: "Chest pain 3 years ago. Recurred today.", "Had a fall 2 years ago. Fell
// again on Monday."
const BACK_NEXT = /^[^.!?\n]*[.!?\n]\s*[^.!?\n]{0,60}?\b(?:recurr\w*|again|come back|came back|back again|returned|getting it|this (?:morning|week|month)|today|yesterday|last (?:week|night))\b/i;
const LONG_AGO = 0;
export function signalYear(text: string, hit: Hit): number | undefined {
  let year = yearAfter(text, hit.end);
  if (year === undefined) {
    const soon = YEAR_SOON.exec(text.slice(hit.end, hit.end + 48)) ?? YEAR_BARE.exec(text.slice(hit.end, hit.end + 48));
    if (soon) year = Number(soon[1]);
    else {
      const ago = YEARS_AGO.exec(text.slice(hit.end, hit.end + 56));
      if (!ago) return undefined;
      const after = text.slice(hit.end + ago[0].length, hit.end + ago[0].length + 120).replace(NOT_BACK, ' ');
      if (GOES_ON.test(after) || BACK_NEXT.test(after)) return undefined;
      year = LONG_AGO;
    }
  }
  const rest = text.slice(hit.end, hit.end + 120);
  if (BACK_SINCE.test(rest.replace(NOT_BACK, ' '))) return undefined;
  const end = rest.search(/[.!?\n](?:\s|$)/);
  for (const m of (end < 0 ? rest : rest.slice(0, end)).matchAll(LATER_YEAR)) year = Math.max(year, Number(m[0]));
  return year;
}
