import type { Hit } from './scan.ts';

// Where a noun phrase ends: "a mum to be.", "Mum to be, anxious about labour", "mum to be in May".
// Not "Mum to be seen by GP", "Mother to be discharged": there "to be" starts a verb.
const ENDS = /^\s*(?:$|[.,;:!?)(\-–]|(?:in|and|with|of|who|due|at|expecting|again)\b)/i;

export function endsPhrase(text: string, hit: Hit): boolean {
  return ENDS.test(text.slice(hit.end, hit.end + 12));
}
