import { hasRole, type Hit } from './scan.ts';
import { ANSWERABLE_BITS, ROLE_BIT } from './roles.ts';
import { hasLetter } from './text-utils.ts';

// "Chest pain No, Palpitations No", "Blackouts none": a checklist that answers each symptom with a
// bare word and no mark. Read as an answer only when nothing else can be meant, since an answer
// of no hides a safety flag:
// - the answer is "no", "none" or "nil", one space or more after the symptom;
// - the symptom starts its part of the line (after a comma, a semicolon or a label's colon), so
//   "She said chest pain no" stays a sentence;
// - the answer ends its part: "Chest pain no better", "chest pain none of the time" and
//   "Chest pain No SOB" say something else;
// - a part beside it, across a comma or semicolon, is another term and its answer, so the line is
//   a list of answers: in "Chest pain no, only when anxious" or "Chest pain no, yes on exertion"
//   the words after the comma take the answer back.
const BARE_ANSWER = /^(?:no|none|nil)$/i;
const SPACES = /^[ \t\u00a0]+$/;
const ENDS_PART = /^\s*(?:[,;]|$)/;
const PART_END = /[,;]/;
// The next sentence or clause takes the answer back: "Chest pain no; only on exertion", "Chest
// pain no. Yes on exertion.", "Blackouts none; one episode in May", "Insulin no. Started last week.".
const TAKES_BACK = /^[\s.…]*(?:only|yes|but|except|apart from|although|though|however|occasionally|sometimes|at times|intermittent(?:ly)?|when|on exertion|with exertion|tightness|pain|one|once|twice|a few|some|few|an? episode|episodes?|started|starting)\b/i;
// After a marked answer ("Chest pain: no; only on exertion", "Palpitations: No - occasionally at
// night") fewer words take it back than after a bare one, as any sentence may follow "Chest pain:
// no." ("Yes to low mood", "Sometimes anxious", "On exertion: no symptoms"). In its own sentence:
// words on when the symptom comes; after a full stop, only "only/yes on/when/with ..." ("But when
// stressed she gets headaches" is another matter). Exertion anywhere in the words takes it back
// ("No, only when anxious but also on exertion").
const WHEN = String.raw`(?:on|when|with|after|during|if|at|in)\b`;
// After "only", "yes" or "but": when it comes, not where or when it was ("Only in 2018").
const COMES = String.raw`(?:on|when|with|after|during|while)\b`;
// A cardiac symptom that only anxiety brings on is not taken back: "Chest pain? No, only when
// anxious". Purging or hypos "only when stressed" still happen.
const NOT_ANXIETY = String.raw`(?!\s+(?:(?:she|he|i|they)\s+(?:is|am|are|was|gets?|feels?)\s+)?(?:anxious|anxiety|panick?\w*|stress\w*|upset|worried|distress\w*|a panic))`;
const takesBack = (when: string, comes: string): RegExp => new RegExp(
  String.raw`^(?:[\s,;:…–—-]*(?:(?:only|yes|but|except) ${comes}|but (?:(?:does|do|did|will)\s+)?(?:get|gets|got|have|has|had|experiences?|experienced|reports?|reported|notices?|noticed) (?:it|them|some|occasional|mild|slight)\b|(?:occasionally|sometimes|at times|intermittent(?:ly)?)(?:\s+${when}|\s*(?:$|[.,;]))|on exertion\b|with exertion\b)|[\s.]*(?:only|yes) ${comes})|^[\s,;:–—-]*(?:only|but|yes|except|no,? only)\b[^.]{0,40}(?<!not )\b(?:(?:on|with|during|after|when|while) (?:exertion|exercis\w*|walking|stairs|climbing|hills?)|uphill|up (?:hills?|stairs))\b`,
  'i',
);
const MARKED_TAKES_BACK = takesBack(WHEN, COMES);
const MARKED_TAKES_BACK_CARDIAC = takesBack(WHEN + NOT_ANXIETY, COMES + NOT_ANXIETY);

export function markedAnswerTakenBack(after: string, cardiac: boolean): boolean {
  return (cardiac ? MARKED_TAKES_BACK_CARDIAC : MARKED_TAKES_BACK).test(after);
}

export function isCardiacSignal(hit: Hit): boolean {
  return hit.roles.some((r) => r.kind === 'signal' && r.flag === 'cardiac-symptoms');
}

// A part that is an item answered no though the lexicon knows neither: "palps no", "orthopnoea
// nil", "vomiting no". Not one answered yes: "tightness yes" may be the symptom itself.
const BARE_ITEM = /^\s*[a-z][\w '\/-]{0,30}?\s+(?:no|nil|none)\s*$/i;

export function answersInList(text: string, hits: readonly Hit[], k: number, from: number, to: number): boolean {
  const hit = hits[k]!;
  const answer = hits[k + 1]!;
  if (!BARE_ANSWER.test(text.slice(answer.start, answer.end)) || !SPACES.test(text.slice(hit.end, answer.start))) return false;
  const rest = text.slice(answer.end, to);
  if (!ENDS_PART.test(rest)) return false;
  const sep = lastSeparator(text, from, hit.start, true);
  if (hasLetter(text, sep + 1, hit.start)) return false;
  // Across a colon is the line's label ("CVS: chest pain nil"), not another answer.
  if (sep >= from && text[sep] !== ':' && !answersPart(text, hits, lastSeparator(text, from, sep, false) + 1, sep)) return false;
  const nextAt = rest.search(PART_END);
  if (nextAt < 0) return !TAKES_BACK.test(text.slice(to + 1, to + 60));
  const start = answer.end + nextAt + 1;
  const end = text.slice(start, to).search(PART_END);
  return answersPart(text, hits, start, end < 0 ? to : start + end);
}

// The last comma or semicolon (or colon) in text[from, to), or from - 1.
function lastSeparator(text: string, from: number, to: number, colon: boolean): number {
  for (let i = to - 1; i >= from; i--) {
    const c = text.charCodeAt(i);
    if (c === 44 || c === 59 || (colon && c === 58)) return i;
  }
  return from - 1;
}

// The part text[start, end) is empty, or another item of the list: a term and an answer word,
// words and a bare answer, or a term the part opens with ("Chest pain no, falls x3 this year").
// Not words that go on about the answer: "only when anxious", "yes on exertion".
function answersPart(text: string, hits: readonly Hit[], start: number, end: number): boolean {
  if (!hasLetter(text, start, end)) return true;
  if (BARE_ITEM.test(text.slice(start, end))) return true;
  let term = false;
  let answer = false;
  let opens = false;
  for (const h of hits) {
    if (h.start < start || h.end > end) continue;
    if (hasRole(h, ROLE_BIT.form)) answer = true;
    else if ((h.mask & ANSWERABLE_BITS) !== 0) {
      if (!term && !hasLetter(text, start, h.start)) opens = true;
      term = true;
    }
  }
  return term && (answer || opens);
}

// After a bare answer, the list goes on with another item answered no: "Bulimia no, vomiting no",
// "Depression nil, orthopnoea nil" (the next item's words the lexicon may not know). Answered yes,
// an unknown item may be the thing itself ("Palpitations: none, tightness yes", "Bulimia no,
// restricting yes"), so the answer is not taken.
const NEXT_ITEM = /^\s*[,;]\s*[a-z][\w '\/-]{0,30}?\s+(?:no|nil|none|n)\s*(?:[,;.]|$)/i;

export function nextItemAnswered(text: string, from: number): boolean {
  return NEXT_ITEM.test(text.slice(from, from + 48));
}
