import { RELATIVE_OF_SEX } from './lexicon/relatives.ts';
import type { Hit } from './scan.ts';

// "She gives him his insulin", "He reminds her to take her metformin", "She manages his insulin": a
// drug one person gives or sees to for another of the other sex is that other's: 'he' or 'she' here.
// Whether that is the person only the record can say (contextualise): in the record of "Mr Hill,
// 80" it is his; in that of "Mrs Reid, 70, carer for her husband", not hers. Not "The nurse gives
// her her insulin" or "She gives herself her insulin".
const VERB = String.raw`(?:gives?|gave|administers?|injects?|helps?|reminds?|prompts?|does|manages?|draws?\s+up|collects?|orders?|sorts?\s+out|checks?)`;
const GIVEN = new RegExp(String.raw`\b(she|he)\s+(?:\w+\s+)?${VERB}\s+(?:(him|her)\s+(?:with\s+|to\s+take\s+|to\s+do\s+)?(?:(?:his|her|their)\s+)?|(?:with\s+)?(his|her)\s+)(?:[a-z]+\s+)?$`, 'i');
const REACH = 80;

export type Given = { to: 'she' | 'he'; giver: number };

export function givenTo(text: string, drug: Hit): Given | undefined {
  const from = Math.max(0, drug.start - REACH);
  const before = text.slice(from, drug.start);
  if (!before.includes('him') && !before.includes('her') && !before.includes('his')) return undefined;
  const m = GIVEN.exec(before);
  if (m === null) return undefined;
  const giver = m[1]!.toLowerCase();
  const to = (m[2] ?? m[3])!.toLowerCase() === 'her' ? 'she' : 'he';
  return giver === to ? undefined : { to, giver: from + m.index };
}

// "Son has type 2 diabetes; she manages his insulin": the one it is given to is the relative of
// that sex the sentence named before the giver, not the person. Not where the sentence may have
// named the person as of that sex too: "He lives with his son and she gives him his insulin".
const PERSON_MAY_BE = {
  she: /\b(?:she|her|hers|herself|mrs|ms|miss)\b/i,
  he: /\b(?:he|him|his|himself|mr)\b/i,
};
// Nor where a relative of the giver's sex is named too ("Lives with son and daughter-in-law; she
// gives him his insulin": she may be the daughter-in-law, and he the person), or the giver takes
// the drug too ("... as well as her own").
const OWN_TOO = /^\s*(?:[\w-]+\s+){0,3}?(?:as well as|and|plus|besides|with)\s+(?:her|his|their)\s+own\b/i;
export function givenToRelative(text: string, given: Given, drugEnd: number): boolean {
  const before = sentenceSoFar(text.slice(Math.max(0, given.giver - 160), given.giver));
  const giverSex = given.to === 'he' ? 'she' : 'he';
  return RELATIVE_OF_SEX[given.to].test(before) && !PERSON_MAY_BE[given.to].test(before) && !RELATIVE_OF_SEX[giverSex].test(before)
    && !OWN_TOO.test(text.slice(drugEnd, drugEnd + 48));
}

// The text's last sentence: from after its last full stop, mark or line break (a semicolon goes on).
function sentenceSoFar(text: string): string {
  for (let i = text.length - 1; i >= 0; i--) {
    const c = text[i]!;
    if ((c === '.' || c === '!' || c === '?' || c === '\n') && (i + 1 === text.length || /\s/.test(text[i + 1]!))) return text.slice(i + 1);
  }
  return text;
}
