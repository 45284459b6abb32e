// "He gets short of breath at rest", "He has had several hypos": the "she" or "he" a sentence
// opens with, when what follows up to the term says it of them alone. Where the record names the
// person as of the other sex ("Carer: Mrs Fenwick, 74"), it is someone else's (contextualise).
// Undefined where another person comes between ("He says she has chest pain", "He and his
// wife both have asthma").
const OPENS = /(?:^|[.;!?\n]\s*|\s-\s)(?:[-*•]\s*)?(?:(?:and|but|also|now|recently|today|currently|then|since then)\s*,?\s+)?(she|he)\b(?:'s)?([^.;!?\n]*)$/i;
const SOMEONE_ELSE = /\b(?:she|he|her|him|his|hers|they|them|their|wife|husband|partner|mum|mother|dad|father|son|daughter|sister|brother|both|we|i|you|patient|client|gp|nurse|doctor)\b/i;
const REACH = 120;

export function sentenceSubject(text: string, at: number): 'she' | 'he' | undefined {
  const before = text.slice(Math.max(0, at - REACH), at);
  const m = OPENS.exec(before);
  if (!m) return undefined;
  const pronoun = m[1]!.toLowerCase() as 'she' | 'he';
  const rest = m[2]!;
  // Their own "his" or "her" is still them ("He has his hypos at night").
  const own = pronoun === 'he' ? /\bhis\b/gi : /\bher\b/gi;
  if (SOMEONE_ELSE.test(rest.replace(own, ''))) return undefined;
  return pronoun;
}
