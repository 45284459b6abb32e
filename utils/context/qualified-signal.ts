import { ROLE_BIT } from './roles.ts';
import { hasRole, type Hit } from './scan.ts';
import { countWords } from './text-utils.ts';

const QUALIFIER_AFTER_WORDS = 8;
const NOT_BEFORE_QUALIFIER = /\b(?:no|not|nil|nothing)\s+$/i;

// "SOB walking up hill - started about a fortnight ago": new, said later in the sentence.
// Only the symptom's own start ("- started ...", "; came on ..."), and within weeks: not "inhaler
// started 2 weeks ago" nor "started 2 years ago, stable".
const STARTED_LATELY = /^[^.;!?\n,(–—-]{0,30}?(?:[,;(–—]|\s-)\s*(?:(?:which|that|it|and|this|symptoms?)\s+)?(?:started|began|begun|came on|developed)\s+(?:(?:suddenly|gradually|abruptly)\s+)?(?:(?:about|around|roughly|approx\.?|only|just)\s+)?(?:(?:a few|a couple of|one|two|three|four|five|six|\d{1,2})\s*(?:days?|weeks?|wks?|\/7|\/52)\s+ago|a (?:day|week|fortnight) ago|last week|this week|recently|yesterday)\b/i;
export function qualified(text: string, hits: Hit[], k: number, clauseOf: number[]): boolean {
  const hit = hits[k]!;
  if (STARTED_LATELY.test(text.slice(hit.end, hit.end + 120))) return true;
  for (let j = k - 1; j >= 0 && clauseOf[j] === clauseOf[k]; j--) {
    if (countWords(text, hits[j]!.end, hit.start) > 3) break;
    if (hasRole(hits[j]!, ROLE_BIT.qualifier)) return true;
  }
  // After it, further on in its sentence: "SOB on exertion x 3 weeks, new", "short of breath
  // walking to the shops, getting worse". Not "no new symptoms".
  for (let j = k + 1; j < hits.length && clauseOf[j] === clauseOf[k]; j++) {
    if (countWords(text, hit.end, hits[j]!.start) > QUALIFIER_AFTER_WORDS) break;
    if (hasRole(hits[j]!, ROLE_BIT.qualifier) && !NOT_BEFORE_QUALIFIER.test(text.slice(Math.max(0, hits[j]!.start - 8), hits[j]!.start))) return true;
  }
  return false;
}
