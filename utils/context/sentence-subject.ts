// "He gets short of breath at rest", "Brian has COPD": who a sentence opens with ("she", "he", or
// a capitalised first word that may be a name), when what follows up to the term says it of them
// alone. Where the record names the person as of the other sex ("Carer: Mrs Fenwick, 74"), or
// names someone else so ("her husband Brian"), it is not the person's (contextualise). Undefined
// where another person comes between ("He says she has chest pain", "He and his wife both have
// asthma").
const LEAD = /^\s*(?:[-*•]\s*)?(?:(?:[Aa]nd|[Bb]ut|[Aa]lso|[Nn]ow|[Rr]ecently|[Tt]oday|[Cc]urrently|[Tt]hen|[Ss]ince then)\s*,?\s+)?(she|he|[A-Z][a-z]{1,15})(?:'s)?\b/;
const SOMEONE_ELSE = /\b(?:she|he|her|him|his|hers|they|them|their|wife|husband|partner|mum|mother|dad|father|son|daughter|sister|brother|both|we|i|you|patient|client|gp|nurse|doctor)\b/i;
const HIS = /\bhis\b/gi;
const HER = /\bher\b/gi;
const REACH = 120;

// Where a sentence ends: . ; ! ? or a new line.
function ends(c: number): boolean {
  return c === 46 || c === 59 || c === 33 || c === 63 || c === 10;
}

// 'she', 'he', or the capitalised word.
export function sentenceSubject(text: string, at: number): string | undefined {
  const min = Math.max(0, at - REACH);
  let from = at;
  while (from > min && !ends(text.charCodeAt(from - 1))) from--;
  if (from === min && min > 0) return undefined;
  const before = text.slice(from, at);
  const m = LEAD.exec(before);
  if (!m) return undefined;
  const word = m[1]!;
  const pronoun = word === 'She' || word === 'she' ? 'she' : word === 'He' || word === 'he' ? 'he' : undefined;
  const rest = before.slice(m[0].length);
  // Their own "his" or "her" is still them ("He has his hypos at night").
  if (SOMEONE_ELSE.test(pronoun === 'he' ? rest.replace(HIS, '') : pronoun === 'she' ? rest.replace(HER, '') : rest)) return undefined;
  return pronoun ?? word;
}
