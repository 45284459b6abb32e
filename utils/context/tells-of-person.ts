import { relativeSex } from './lexicon/relatives.ts';
import type { Hit } from './scan.ts';

// "Husband says she fell twice", "Daughter reports he has been very low": a relative of one sex
// telling of "she" or "he" of the other tells of the person, so the relative's scope ends there.
// "Mum says she fell" (the mother's own fall, or the person's?) and "Partner says she ..." stay
// the relative's, as before.
const TELLS = /^,?\s{1,3}(?:says|said|reports?|reported|tells|told (?:me|us|staff)|mentions?|mentioned|explains?|explained|describes?|described|states?|stated|notices?|noticed|thinks|feels|adds|added|confirms?|confirmed|(?:is|was) worried|worries)\s{1,3}(?:that\s{1,3})?(she|he)\b/i;

export function tellsOfPerson(text: string, relative: Hit): boolean {
  const m = TELLS.exec(text.slice(relative.end, relative.end + 60));
  if (!m) return false;
  const teller = relativeSex(text.slice(relative.start, relative.end));
  return teller !== undefined && teller !== m[1]!.toLowerCase();
}
