import type { Hit } from './scan.ts';

// Short ways notes tell of the year after a birth, each counting only where its words say so:
// - 'age-after': "Baby now 4 months", "baby is 10 weeks", "Baby aged 6 weeks": a baby's age in its
//   first year after the words.
// - 'opens-sentence': "Delivered 2 weeks ago by EMCS": the birth as the sentence's first word (not
//   "Leaflet delivered last week"); when it was is asked as any birth's (born-recently.ts).
// - 'count-before': "6 wks PN", "6/52 PN": "PN" only after a count of weeks or months since (not
//   someone's initials, nor "PN" for a note).
export type PostnatalWording = 'age-after' | 'opens-sentence' | 'count-before';

const AGE_AFTER = /^\s*(?:is\s+)?(?:now\s+)?(?:aged?\s+)?(?:nearly\s+|almost\s+|just\s+|only\s+)?(\d{1,2})\s*(?:(weeks?|wks?|\/52|days?)|(months?|mths?|\/12))\b(?!\s*(?:ago|pregnant|gestation|\/40))/i;
const SENTENCE_BEFORE = /(?:^|[.;!?\n]\s*)(?:(?:she|pt|patient|client)\s+)?$/i;
const COUNT_BEFORE = /\b\d{1,2}\s*(?:\/52|\/12|weeks?|wks?|months?|mths?|days?)\s*$/i;

export function postnatalMeant(kind: PostnatalWording, text: string, hit: Hit): boolean {
  if (kind === 'age-after') {
    // "Baby 9 months": the age is in the term itself.
    if (/\d/.test(text.slice(hit.start, hit.end))) return !/^\s*(?:ago|pregnant|gestation)\b/i.test(text.slice(hit.end, hit.end + 16));
    const m = AGE_AFTER.exec(text.slice(hit.end, hit.end + 32));
    if (!m) return false;
    const n = Number(m[1]);
    return n >= 0 && (m[3] !== undefined ? n <= 12 : n <= 52);
  }
  if (kind === 'opens-sentence') return SENTENCE_BEFORE.test(text.slice(Math.max(0, hit.start - 16), hit.start));
  return COUNT_BEFORE.test(text.slice(Math.max(0, hit.start - 16), hit.start));
}
