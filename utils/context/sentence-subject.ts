// "He gets short of breath at rest", "Brian has COPD": who a sentence opens with ("she", "he", or
// a capitalised first word that may be a name), when the rest of the sentence names no one else.
// Where the record names the person as of the other sex ("Carer: Mrs Fenwick, 74"), or names
// someone else so ("her husband Brian"), it is not the person's (contextualise). Undefined where
// another person is named ("He says she has chest pain", "He and his wife both have asthma", "She
// thinks it is anxiety but it comes on when he walks").
const LEAD = /^\s*(?:[-*•]\s*)?(?:(?:[Aa]nd|[Bb]ut|[Aa]lso|[Nn]ow|[Rr]ecently|[Tt]oday|[Cc]urrently|[Tt]hen|[Ss]ince then)\s*,?\s+)?(?:(Mrs|Ms|Miss)\.?\s+[A-Z][a-z'-]+|(Mr)\.?\s+[A-Z][a-z'-]+|(she|he|[A-Z][a-z]{1,15}))(?:'s)?\b/;
// Anyone else a sentence may name: the other sex's words, a relative, the person by role.
const ANYONE = 'they|them|their|wife|husband|partner|mum|mother|dad|father|son|daughter|sister|brother|both|we|i|you|patient|client';
// What follows one who reports or examines rather than has: "She noted chest pain", "Mrs Patel
// (practice nurse) recorded a fall".
const REPORTS = /^\s*(?:\(|,|(?:has |had )?(?:noted|notes|recorded|records|documented|documents|reviewed|reviews|examined|examines|assessed|assesses|observed|observes|found|finds|wrote|writes|confirmed|confirms|advised|advises|noticed|notices|referred|refers|asked|asks|says|said|thinks|thought|feels|felt|believes|explained|told|rang|phoned|called|reported|reports that|mentioned|mentions))\b/;
// A name opens a sentence about its bearer only before a verb: "Brian has COPD", not "Mark
// improvement in mood", "Max heart rate 190", "Dawn waking".
const NAME_VERB = /^\s+(?:has|had|have|is|was|gets|got|uses|used|takes|took|gives|gave|injects|administers|fell|falls|suffers|suffered|developed|complains|complained|experiences|experienced|needs|needed|struggles|struggled|lives|lived|became|becomes|started|continues|remains|still|also|now|cannot|can't|can|does|did|describes|described)\b/;
// Their own "he", "him", "his" (or "she", "her", "hers") is still them ("He has hypos when he forgets").
const SOMEONE_ELSE = new RegExp(`\\b(?:${ANYONE}|she|he|her|hers|him|his)\\b`, 'i');
const SOMEONE_ELSE_BUT_HIM = new RegExp(`\\b(?:${ANYONE}|she|her|hers|herself)\\b`, 'i');
const SOMEONE_ELSE_BUT_HER = new RegExp(`\\b(?:${ANYONE}|he|him|his|himself)\\b`, 'i');
const NAMEISH = /\b[A-Z][a-z]+/;
const REACH = 120;

// Where a sentence ends: . ; ! ? a new line, or a table row's cell.
function ends(c: number): boolean {
  return c === 46 || c === 59 || c === 33 || c === 63 || c === 10 || c === 124;
}

// The terms of a sentence are read one after another: its opening is worked out once.
let memoText: string | undefined;
let memoFrom = -1;
let memoWord: string | undefined;
// Whether the sentence names anyone else after its opening, before or after the term ("She
// thinks the chest pain is anxiety but it comes on when he walks uphill").
let memoOther = false;
// Where the sentence ends (or reading stops).
let memoEnd = -1;

// 'she', 'he', or the capitalised word.
export function sentenceSubject(text: string, at: number): string | undefined {
  // A later term of the sentence just read: no need to look for its start again.
  if (text !== memoText || at <= memoFrom || at > memoEnd) {
    const min = Math.max(0, at - REACH);
    let from = at;
    while (from > min && !ends(text.charCodeAt(from - 1))) from--;
    if (from === min && min > 0) return undefined;
    opening(text, from);
  }
  return at - memoFrom > REACH || memoOther ? undefined : memoWord;
}

// Where the sentence sentenceSubject last read starts: asked straight after it, of the same term.
export function subjectSentenceStart(): number {
  return memoFrom;
}

function opening(text: string, from: number): void {
  memoText = text;
  memoFrom = from;
  memoWord = undefined;
  memoOther = false;
  let end = from;
  while (end < from + REACH && end < text.length && !ends(text.charCodeAt(end))) end++;
  memoEnd = end;
  const m = LEAD.exec(text.slice(from, end));
  if (!m) return;
  // "Mrs Price is 34 weeks pregnant" is told of "she" as much as "She is" is.
  const word = m[3] ?? (m[1] !== undefined ? 'she' : 'he');
  const pronoun = word === 'She' || word === 'she' ? 'she' : word === 'He' || word === 'he' ? 'he' : undefined;
  memoWord = pronoun ?? word;
  const restFrom = from + m[0].length;
  const after = text.slice(restFrom, Math.min(end, restFrom + 40));
  if (REPORTS.test(after) || (pronoun === undefined && m[3] !== undefined && !NAME_VERB.test(after))) {
    memoWord = undefined;
    return;
  }
  const rest = text.slice(restFrom, end);
  // After a name, any other name may be the person's: "Sue is worried because Brian fainted".
  memoOther = (pronoun === 'he' ? SOMEONE_ELSE_BUT_HIM : pronoun === 'she' ? SOMEONE_ELSE_BUT_HER : SOMEONE_ELSE).test(rest) || (pronoun === undefined && NAMEISH.test(rest));
}
