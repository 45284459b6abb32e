import { choiceAt, isCheckbox, isHint } from './choice.ts';
import { ANY_AT_ALL, NOT_APPLICABLE, WHY_BRACKET, WHY_NONE } from './form-value.ts';
import { asksAboutOther, HARM, isFalls } from './question-answer.ts';
import { isCardiacSignal, markedAnswerTakenBack } from './list-answer.ts';
import { ANSWERABLE_BITS, ROLE_BIT, type FormValue } from './roles.ts';
import { hasRole, roleOf, type Hit, type ScanResult } from './scan.ts';

// "..., no injuries" ending an answer: what did not happen besides.
const NO_HARM_AFTER = new RegExp(String.raw`[,;]\s*(?:no|nil|without)\s+(?:\w+\s+)?(?:${HARM}|hospital admissions?|a&e)\s*\.?\s*$`, 'i');
// Past this, a block is prose that happens to end in "no", not one question and its answer.
const MAX_QUESTION = 120;
// After the answer: nothing but closing punctuation.
const AFTER_ANSWER = /^[\s)\].,;:]*$/;
const YES_BEFORE = /^\s*[-–—,:;(]\s*(?:previously|in the past|before|historically|past|last year|years ago|not now|not currently)\b/i;
const YES_GOES_ON = /^\s*(?:[,;:(–—-]|[x×]\s?\d)/;
// Between the question's last known word and the answer: more words of the question, then the
// mark that asks (":", "?", "=", a dash), with no sentence ending in between.
const ASKS = /^[^.;!]{0,60}[:?=\-–—]\s*$/;
// A box or ticked options after the question need no mark: "Chest pain on exertion [ ]",
// "Chest pain on exertion? [ ] Yes [x] No".
const BOXED = /^[^.;!]{0,60}$/;

// A short block that asks and answers: "Chest pain on exertion: No", "Any falls in the last
// year? Yes", "Insulin [ ]", "Palpitations? [ ] Yes [x] No". The answer, and the terms it answers
// (by where they start). Undefined when the block is anything else, or the answer reaches no term.
export function answerOf(whole: string, scanned: ScanResult): { value: FormValue; answered: ReadonlySet<number>; notApplicable?: true } | undefined {
  if (whole.length > MAX_QUESTION) return undefined;
  // "Falls in last year: None, no injuries": what did not happen besides leaves the answer as it is.
  const harm = NO_HARM_AFTER.exec(whole);
  const text = harm ? whole.slice(0, harm.index) : whole;
  let hits = harm ? scanned.hits.filter((h) => h.end <= harm.index) : scanned.hits;
  const bounds = scanned.bounds;
  const zero = hits.length > 0 ? NONE_COUNTED.exec(text) : null;
  if (zero) return noneCounted(text, hits, bounds, zero.index);
  if (hits.length < 2) return undefined;
  const last = lastAnswer(text, hits);
  if (!last || last.first === 0) return undefined;
  // "Pregnant ? N/A": a question mark spaced off is a hit of its own (as in "? COPD"), but here it
  // only asks.
  const markHit = hits[last.first - 1]!;
  const spacedMark = last.first >= 2 && markHit.end - markHit.start === 1 && text[markHit.start] === '?';
  const answer = spacedMark ? { ...last, first: last.first - 1 } : last;
  if (spacedMark) hits = [...hits.slice(0, last.first - 1), ...hits.slice(last.first)];
  let value = answer.value;
  const rest = text.slice(answer.end);
  // "N/A - male", "Not known (awaiting test)": a note on why there is no answer.
  if ((value === 'unknown' && WHY_NONE.test(rest)) || (value === 'no' && WHY_BRACKET.test(rest))) {
    // Nothing to do: the answer stands.
  } else if (!AFTER_ANSWER.test(rest) && !(value === 'no' && ANY_AT_ALL.test(rest))) {
    // "Chest pain? Yes, on exertion", "Falls? Yes x2": a yes may go on about what it answers.
    // "Chest pain? No, only on exertion": a no can take itself back.
    if (value === 'no' && markedAnswerTakenBack(rest, hits.some(isCardiacSignal))) value = 'yes';
    else if (value !== 'yes' || !YES_GOES_ON.test(rest)) return undefined;
    // "Pregnant? Yes - previously": not now; the question stays asked.
    else if (YES_BEFORE.test(rest)) value = 'unknown';
  }
  const asked = hits[answer.first - 1]!.end;
  const gap = text.slice(asked, answer.start);
  if (!(answer.boxed ? BOXED : ASKS).test(gap)) return undefined;
  const answered = askedAbout(text, hits, answer.first, markBefore(text, answer.start));
  if (answered.size === 0) return undefined;
  const first = Math.min(...answered);
  // One question: no sentence ends inside it ("PMH: asthma. Pregnant? No" asks of the pregnancy).
  if (bounds.some((b) => b > first && b < asked)) return undefined;
  if (asksAboutOther(text, hits.find((h) => h.start === first)!)) return undefined;
  // "Pregnant? N/A": the question does not apply, where "Pregnant? Not known" stays asked.
  return NOT_APPLICABLE.test(text.slice(answer.start, answer.end)) ? { value, answered, notApplicable: true } : { value, answered };
}

// "Falls in last 12 months: 0", "Number of hypos this month = 0": none of what is counted. Only
// what happens (a fall, a symptom) is counted so; "Diabetes: 0" is no answer.
// Where the match starts is where the count does.
const NONE_COUNTED = /(?<=[:?=\-–—]\s*)(?:0|zero)\s*\.?\s*$/i;
function noneCounted(text: string, hits: readonly Hit[], bounds: readonly number[], start: number): { value: FormValue; answered: ReadonlySet<number> } | undefined {
  const asked = hits[hits.length - 1]!.end;
  if (asked > start || bounds.some((b) => b < asked) || !ASKS.test(text.slice(asked, start))) return undefined;
  const answered = askedAbout(text, hits, hits.length, markBefore(text, start));
  if (answered.size === 0) return undefined;
  // "Falls risk score: 0" scores a risk, not falls.
  for (const hit of hits) if (answered.has(hit.start) && (!isCounted(hit) || /risk/i.test(text.slice(hit.start, hit.end)))) return undefined;
  return asksAboutOther(text, hits.find((h) => answered.has(h.start))!) ? undefined : { value: 'no', answered };
}

function isCounted(hit: Hit): boolean {
  return hasRole(hit, ROLE_BIT.signal) || isFalls(hit);
}

// What a question asks about, read back from its mark: the term just before it, with nothing
// between but words such as "in the last year" or "on exertion", and the terms listed before that
// one ("Diabetes, asthma or COPD: No"). Anything else ends the question: "Gliclazide 80mg bd -
// any hypos? No" asks about hypos, "Exertional chest pain ECG done? No" and "Pregnancy - any
// concerns? No" about nothing known here, and "Pregnant: Yes Smoker: No" ends at the earlier answer.
// A bracketed note on what is asked counts as such words too: "Postnatal (baby under 12 months): yes / no".
export const FILLER = /^(?:\([^()]{0,40}\)|[\s?:=(),/]|\d+(?!\d)|\b(?:in|on|at|during|over|within|the|last|past|previous|this|year|years|yr|yrs|month|months|week|weeks|wk|wks|day|days|fortnight|recently|recent|ever|currently|current|now|exertion|exertional|activity|exercise|exercising|walking|a|an|of|for|with|screen|screening|x)\b)*$/i;
const LISTED = /^\s*(?:,|\/|&|,?\s*\bor\b|,?\s*\band\b)\s*$/i;
// "or breastfeeding", "or binge eating": a last option the lexicon does not know.
const OR_OTHER = /^\s*(?:or\s+|\/\s*)[a-z][a-z -]{0,30}\??$/i;
export const LISTED_WITH_OTHER = /^\s*(?:,|\/|&|,?\s*\bor\b|,?\s*\band\b)\s*[a-z][a-z -]{0,30}$/i;

function askedAbout(text: string, hits: readonly Hit[], first: number, mark: number): Set<number> {
  const answered = new Set<number>();
  let pos = mark;
  for (let j = first - 1; j >= 0; j--) {
    const hit = hits[j]!;
    const between = text.slice(hit.end, pos);
    const target = (hit.mask & ANSWERABLE_BITS) !== 0;
    // "Pregnant or breastfeeding? N/A": the question's last option may be one the lexicon does not
    // know. Not after a comma: "Anorexia nervosa, self-harm: no" answers only the self-harm.
    if (answered.size === 0 ? !(FILLER.test(between) || (target && OR_OTHER.test(between))) : !target || !LISTED.test(between)) break;
    if (hasRole(hit, ROLE_BIT.form) && !(answered.size === 0 && isHint(text, hit))) break;
    if (target) answered.add(hit.start);
    pos = hit.start;
  }
  // "Pregnant (or possibly pregnant): No": the term the bracket glosses is asked too.
  if (answered.size > 0) {
    const first = Math.min(...answered);
    const open = text.lastIndexOf('(', first);
    const close = text.indexOf(')', first);
    if (open >= 0 && close >= 0 && close < mark && !text.slice(open + 1, first).includes(')')) {
      for (const hit of hits) if ((hit.mask & ANSWERABLE_BITS) !== 0 && hit.end <= open && text.slice(hit.end, open).trim() === '') answered.add(hit.start);
    }
  }
  return answered;
}

// The marks after which a value answers the words before it (dom-blocks.ts writes one in).
export const ASKING_MARK = /[:?=\-–—]/;

// Where the mark that asks stands (or the answer, after a box with no mark).
function markBefore(text: string, answerStart: number): number {
  let mark = answerStart;
  while (mark > 0 && /\s/.test(text[mark - 1]!)) mark--;
  if (mark > 0 && ASKING_MARK.test(text[mark - 1]!)) mark--;
  return mark;
}

// The answer the hits end with: ticked options, or one form value. `first`: its first hit.
function lastAnswer(text: string, hits: readonly Hit[]): { value: FormValue; first: number; start: number; end: number; boxed: boolean } | undefined {
  for (let i = 0; i < hits.length - 3; i++) {
    // "[ ] Yes [x] No", or "Yes [ ] No [x]" (a box after each word).
    if (!isCheckbox(text, hits[i]!) && !(hasRole(hits[i]!, ROLE_BIT.form) && isCheckbox(text, hits[i + 1]!))) continue;
    const choice = choiceAt(text, hits, i);
    if (choice && choice.next === hits.length) return { value: choice.value, first: i, start: choice.start, end: choice.end, boxed: true };
  }
  // The last answer, with nothing after it that it could answer ("Chest pain? No - but does get
  // it on exertion": answerOf decides whether the words after it may follow).
  let at = hits.length - 1;
  while (at > 0 && (hits[at]!.mask & (ANSWERABLE_BITS | ROLE_BIT.form)) === 0) at--;
  const last = hits[at]!;
  const form = roleOf(last, 'form');
  return form ? { value: form.value, first: at, start: last.start, end: last.end, boxed: isCheckbox(text, last) } : undefined;
}
