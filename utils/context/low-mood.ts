import type { Hit } from './scan.ts';
import { sentenceAround } from './text-utils.ts';

// "Feeling low", "feels low": low mood in the person's own words, where the phrase ends there or
// goes on about the mood ("feeling low and tearful", "feeling low since the birth"). Not a low
// something ("feeling low in confidence", "low-level anxiety", "feels low back pain"), nor a low
// blood sugar ("Type 1 diabetes, feeling low (BM 3.1) this morning").
const GOES_ON = /^\s*(?:$|[.,;:!?)–](?!\s*level)|-(?!\s*level)|\((?!\s*(?:bm|bg|cbg|blood|sugar|glucose|\d))|(?:and|or|but|since|for|at|today|lately|recently|most|all|again|with|due|because|after|following|over|every|in mood|in herself|in himself|in themselves|this|these|the|when|as|about|so|quite|really|very|still|now|much|more|a lot)\b)/i;
const SUGAR = /\b(?:bms?|bgs?|cbgs?|blood sugars?|blood glucose|glucose|hypos?|hypoglyc\w*|sugars?|sugar levels?)\b/i;

export function lowMoodMeant(text: string, hit: Hit): boolean {
  return GOES_ON.test(text.slice(hit.end, hit.end + 16)) && !SUGAR.test(sentenceAround(text, hit.start, hit.end));
}
