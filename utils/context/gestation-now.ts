import { LOSS, LOSS_ANY_CASE } from './pregnancy-loss.ts';
import type { Hit } from './scan.ts';

// A gestation told alone, as notes write a pregnancy now: "Currently 32/40", "28+3/40", "currently 32
// weeks" ("20 weeks pregnant" is read by its own words). Not another count of weeks ("32 weeks postnatal", "6 weeks of CBT", "born at 32/40", "her
// baby is 6 weeks"), a score out of 40 ("WSAS 32/40"), nor a pregnancy lost ("miscarriage at 12/40").
const AFTER = /^\s*(?:\/40\s*)?(?:weeks?\s*)?(?:pregnant|post|pn\b|pp\b|old\b|ago\b|after\b|since\b|into\b|of\b|in\b|postnatal|postpartum|at (?:birth|delivery)|(?:off|sick|leave|waiting|late)\b)/i;
const BEFORE = /\b(?:born|delivered|delivery|birth|baby|son|daughter|child|infant|twins|he|his|him|partner|wife|sister|friend|wsas|scores?|scored|total|ors|srs|core|audit|pcl|epds|work and social|sessions?|therapy|treatment)\b[^.;!?\n]*$/i;
const SENTENCE = /[^.;!?\n]*$/;

export function gestationNow(text: string, hit: Hit): boolean {
  const before = SENTENCE.exec(text.slice(Math.max(0, hit.start - 48), hit.start))![0];
  const after = text.slice(hit.end, hit.end + 40);
  if (BEFORE.test(before) || AFTER.test(after)) return false;
  const sentence = before + text.slice(hit.start, hit.end) + (/^[^.;!?\n]*/.exec(after)?.[0] ?? '');
  return !LOSS.test(sentence) && !LOSS_ANY_CASE.test(sentence);
}
