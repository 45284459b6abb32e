// Words for a relative that say their sex, for the rules that ask whose "she" or "he" is meant.
// One list, so that a word added for one rule is known to all of them.
export const SHE_RELATIVES = [
  'mother', 'mum', 'mom', 'mummy', 'stepmum', 'stepmother', 'daughter', 'stepdaughter', 'wife', 'sister',
  'granddaughter', 'grandmother', 'gran', 'granny', 'grandma', 'nan', 'nana', 'nanny', 'aunt', 'auntie',
  'aunty', 'niece', 'girlfriend', 'fiancee', 'godmother',
] as const;

export const HE_RELATIVES = [
  'father', 'dad', 'daddy', 'stepdad', 'stepfather', 'son', 'stepson', 'husband', 'brother', 'grandson',
  'grandfather', 'grandad', 'granddad', 'grandpa', 'uncle', 'nephew', 'boyfriend', 'fiance', 'godfather',
] as const;

// Words that may also name the person ("Mum of three", "a new dad"): rules that learn who someone
// is take them only after "her" or "his".
export const PARENTS = ['mother', 'mum', 'mom', 'mummy', 'stepmum', 'stepmother', 'father', 'dad', 'daddy', 'stepdad', 'stepfather'] as const;

// For a regular expression: "mother|mum|...".
export function alternation(words: readonly string[]): string {
  return words.join('|');
}

// Bits for the sexes a block names relatives of.
export const SHE_BIT = 1;
export const HE_BIT = 2;
const SHE_WORDS: ReadonlySet<string> = new Set(SHE_RELATIVES);
const HE_WORDS: ReadonlySet<string> = new Set(HE_RELATIVES);

// The sex one relative's word says ("Husband", "mum"); undefined for "partner", "friend".
export function relativeSex(word: string): 'she' | 'he' | undefined {
  const w = word.toLowerCase();
  return SHE_WORDS.has(w) ? 'she' : HE_WORDS.has(w) ? 'he' : undefined;
}

const SEX_OF = new Map<string, number>();

// The sex a relative's words say ("her husband", "sisters"), as a bit; 0 for "partner", "friend".
export function relativeSexBit(words: string): number {
  let bit = SEX_OF.get(words);
  if (bit === undefined) {
    const sex = relativeSex(words.slice(words.lastIndexOf(' ') + 1).replace(/s$/i, ''));
    bit = sex === 'she' ? SHE_BIT : sex === 'he' ? HE_BIT : 0;
    if (SEX_OF.size < 1000) SEX_OF.set(words, bit);
  }
  return bit;
}

// A relative's word of each sex anywhere in a text ("son", "daughters"), for the rules that ask
// whether a sentence named someone of that sex.
export const RELATIVE_OF_SEX: Readonly<Record<'she' | 'he', RegExp>> = {
  she: new RegExp(String.raw`\b(?:${SHE_RELATIVES.join('|')})s?\b`, 'i'),
  he: new RegExp(String.raw`\b(?:${HE_RELATIVES.join('|')})s?\b`, 'i'),
};
