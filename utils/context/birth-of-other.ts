import type { RawMention } from './findings.ts';

// "Daughter had a baby 3 weeks ago, she is also struggling with PND": "she" after a relative's
// birth is the one who gave birth, so the year after birth that follows is theirs too. Only in the
// clause or sentence straight after, and only for a birth: "Mum died last year, she has been low
// since" stays the person's.
// Not where the clause says it is the person's own: "she herself", "her own".
const SHE_NEXT = /^[^.!?\n]*?(?:[.!?]\s+|[,;]\s*|\b(?:and|but|so)\s+)(?:she|her)\b(?![^,;.!?\n]*\b(?:herself|her own|client|patient)\b)[^,;.!?\n]*$/i;

// Further than this apart, the two are not one sentence and the next.
const REACH = 300;

export function givenToMother(text: string, mentions: readonly RawMention[]): void {
  let birth: RawMention | undefined;
  for (const m of mentions) {
    if (!m.ids.includes('postnatal')) continue;
    if (m.dims.family) birth = m;
    else if (birth && m.offset - birth.offset <= REACH && SHE_NEXT.test(text.slice(birth.offset, m.offset))) m.dims.family = true;
  }
}
