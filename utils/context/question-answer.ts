import { isCheckbox, isHint } from './choice.ts';
import { isCardiacSignal, markedAnswerTakenBack } from './list-answer.ts';
import { ANSWERABLE_BITS, CONDITION_BITS, ROLE_BIT, type FormValue } from './roles.ts';
import { hasRole, roleOf, type Hit } from './scan.ts';
import { DATED_BY_YEAR } from './year-after.ts';

// The answer written right after a term's question mark, in the same block: "Seen today. Chest
// pain? Yes.", "Diabetes? No.", "Q: Do you get chest pain? A: Only on exertion". Undefined when
// what follows is no answer (another question, the form's options, other words), so the term stays
// a question.

// Between the mark and the answer: spaces and the answer's own label.
const ANSWER_LEAD = /^\s*(?:[:\-–—]\s*)?(?:(?:a|ans|answer)\s*[:.)\-–—]\s*)?/i;
// The words of the question before the term ask about something else: a task, a worry, a plan, a
// screen or another time ("Advice given re falls?", "Worried about falls?", "Trauma during
// pregnancy?", "Ever been pregnant?", "Screened for eating disorder?", "Planning pregnancy?").
const ASKS_ABOUT_OTHER = /\b(?:advice|advised|leaflets?|information|info|discussed|asked|educat\w*|signpost\w*|referr\w*|referral|trauma|anxiety|anxious|worr\w*|fears?|feared|scared|afraid|concern\w*|risks?|during|after|before|re|regarding|about|following|since|screen(?:ed|ing)?|test(?:ed|ing)?|check(?:ed|ing)?|plan|plans|planning|trying|wants?|wish|hop(?:e|es|ing)|would like)\b/i;
// After "yes": the end, or a comma, dash or bracket with more about it ("Yes, on exertion", "Yes x2").
const YES_ENDS = /^\s*(?:$|[.,;:!()\n–—-]|[x×]\s?\d|(?:on|when|with|at|after|during|while|since|occasionally|sometimes|daily|weekly|twice|once)\b)/i;
// A form not filled in: the other options follow ("Yes, No, Unsure", "Yes - No", "Yes: ___ No: ___",
// "Yes (specify):").
const OPTIONS_AFTER = /^(?:[\s,.;:/()–—_-]|\b(?:please|specify|details|give|if so|if yes)\b)*(?:\b(?:no|n\/a|unsure|don'?t know|not known|not applicable)\b(?=\s*(?:$|[,.;:/()–—_-]|(?:unsure|n\/a|not known|don'?t know)\b))|_{2}|\b(?:specify|details)\b)/i;
// A yes the words after take back or doubt ("Yes, asked - denies", "Yes - nearly fell", "Yes
// (query)", "Yes - test negative").
const YES_UNDONE = /^[^.;\n]{0,60}?(?:\b(?:denie[sd]|none|nil|not|no actual|negative|nearly|near miss|possibly|query|risk|terminated|miscarried|miscarriage)\b|\?)/i;
// A yes that names a relative is theirs: "Diabetes? Yes, mum."
const YES_RELATIVE = /^\s*[,;:(–—-]?\s*(?:(?:her|his|my)\s+)?(?:mum|mom|mother|dad|father|sister|brother|son|daughter|grand\w+|aunt|uncle|cousin|parents?|husband|wife|partner|boyfriend|girlfriend)\b/i;
const ONLY_ANXIETY = /^[\s,;:–—-]*(?:but\s+)?only\s+(?:with|when|during|in|if|after)\b[^.;\n]{0,30}?\b(?:anx\w*|panic\w*|nerv\w*|worr\w*|stress\w*|upset|distress\w*|flashbacks?|nightmares?)/i;
const sentenceOf = (rest: string): string => {
  const end = rest.search(/[.;\n?]/);
  return end < 0 ? rest : rest.slice(0, end);
};

// After "no": the end of the sentence; "No - LMP 7 weeks ago" or "No, fell twice" may not be one.
const NO_ENDS = /^\s*(?:$|[.;!\n])/;
// A state such as pregnancy is over when the words say so ("Yes - previously, 3 children").
const STATE_OVER = /^[^.;\n]{0,60}?\b(?:previously|in the past|used to|ever|children|years ago|(?:19|20)\d\d)\b/i;
const QUESTION_STARTS = /[.?!;:\n]/;

// `mark`: where the "?" is, after the term or a space after it ("Chest pain ? No").
export function answerAfterMark(text: string, hits: readonly Hit[], index: number, mark = hits[index]!.end): FormValue | undefined {
  const hit = hits[index]!;
  if (asksAboutOther(text, hit)) return undefined;
  const from = mark + 1 + ANSWER_LEAD.exec(text.slice(mark + 1, mark + 16))![0].length;
  const symptom = raisesFlag(hit);
  let n = index + 1;
  while (n < hits.length && hits[n]!.start < from) n++;
  const next = hits[n];
  if (next && next.start === from && hasRole(next, ROLE_BIT.form)) {
    if (isCheckbox(text, next) || isHint(text, next)) return undefined;
    const value = roleOf(next, 'form')!.value;
    const rest = text.slice(next.end, next.end + 80);
    if (value === 'yes') {
      if (!YES_ENDS.test(rest) || OPTIONS_AFTER.test(rest) || YES_UNDONE.test(rest)) return undefined;
      // "Chest pain? Yes, but only with panic attacks": brought on by anxiety alone (as for a no).
      if (isCardiacSignal(hit) && ONLY_ANXIETY.test(rest) && !EXERTION.test(sentenceOf(rest))) return undefined;
      if (YES_RELATIVE.test(rest)) return 'family';
      return isState(hit) && STATE_OVER.test(rest) ? undefined : 'yes';
    }
    if (value !== 'no') return undefined;
    // "Chest pain? No, only on exertion": a symptom's no can take itself back.
    if (symptom && markedAnswerTakenBack(rest, isCardiacSignal(hit))) return 'yes';
    return NO_ENDS.test(rest) ? 'no' : undefined;
  }
  return symptom && answeredWhenItComes(text.slice(from, from + 80), isCardiacSignal(hit), !isFalls(hit)) ? 'yes' : undefined;
}

// A block that answers the question in the block before: "<dt>Chest pain?</dt><dd>Only on
// exertion</dd>", "Falls?" then "Twice this year", "Pregnant?" then "Yes - 20 weeks". Only a short
// block naming nothing itself; an answer of when it comes is read as for the heart (anxiety alone
// is no yes), and a yes that says it is over is none. A no is a plain value (formOnly), or a count
// of none.
// `words`: said in words of when or how often, which answer a symptom or behaviour only (not a
// state such as pregnancy, nor a condition), as is a none of how often ("0", "Never", "Not that
// she remembers" under "Any falls in the last year?"). `notCardiac`: what it says of the heart names anxiety
// or drink alone ("Yes, only when anxious", "Once when drunk"), so it answers no heart symptom.
// `fallsOnly`: it answers falls alone: a yes that tells of the fall itself ("Yes - fell twice in
// the garden"), or one said with a year (`year`: "Twice in 2026").
export type BlockAnswer = { value: FormValue; words?: true; notCardiac?: true; year?: number; fallsOnly?: true };

export function answerOfBlock(text: string, hits: readonly Hit[]): BlockAnswer | undefined {
  // A drug may be part of the answer ("Yes - on walking uphill, uses GTN spray").
  if (text.length > 60) return undefined;
  let falls = false;
  for (const h of hits) {
    if ((h.mask & NAMES_SOMETHING) === 0) continue;
    if (!isFalls(h) && !hasFallSignal(h)) return undefined;
    falls = true;
  }
  const from = ANSWER_LEAD.exec(text)![0].length;
  const first = hits[0];
  if (falls && !(first && first.start === from && roleOf(first, 'form')?.value === 'yes')) return undefined;
  if (first && first.start === from && hasRole(first, ROLE_BIT.form)) {
    if (isCheckbox(text, first) || isHint(text, first)) return undefined;
    const value = roleOf(first, 'form')!.value;
    const rest = text.slice(first.end);
    if (value === 'yes') {
      if (!YES_ENDS.test(rest) || OPTIONS_AFTER.test(rest) || YES_UNDONE.test(rest) || STATE_OVER.test(rest)) return undefined;
      if (YES_RELATIVE.test(rest)) return falls ? undefined : { value: 'family' };
      if (falls) return { value: 'yes', notCardiac: true, fallsOnly: true };
      return ONLY_ANXIETY.test(rest) && !EXERTION.test(sentenceOf(rest)) ? { value: 'yes', notCardiac: true } : { value: 'yes' };
    }
    // A plain "No" is the block's form value already; "No. of sessions: 6" is no answer.
    return undefined;
  }
  const answer = text.slice(from);
  if (NONE_SINCE.test(answer)) return { value: 'no', words: true };
  if (!answeredWhenItComes(answer, false, false)) return undefined;
  if (!answeredWhenItComes(answer, false)) return { value: 'yes', words: true, notCardiac: true, fallsOnly: true, year: yearAnswered(text, from - 1)! };
  return answeredWhenItComes(answer, true) ? { value: 'yes', words: true } : { value: 'yes', words: true, notCardiac: true };
}

const NAMES_SOMETHING = CONDITION_BITS | ROLE_BIT.signal;
// How often, none: "0", "Zero", "Never", "Not that she remembers", "None that he recalls".
const NONE_SINCE = /^(?:0|zero|never|not that (?:she|he|they|i) (?:can )?(?:remembers?|recalls?|knows? of)|none that (?:she|he|they|i) (?:can )?(?:remembers?|recalls?|knows? of))\s*[.!]?\s*$/i;

// Pregnancy and the postnatal year: states that end.
function isState(hit: Hit): boolean {
  for (const r of hit.roles) if (r.kind === 'condition' && r.ids.some((id) => DATED_BY_YEAR.has(id))) return true;
  return false;
}

// "Ever been pregnant?" asks of a state that may be long over (a condition once had still counts).
const EVER = /\bever\b/i;

// The question's words before the term, back to the previous mark, sentence end or line, ask
// about something else than whether the person has it.
export function asksAboutOther(text: string, hit: Hit): boolean {
  let from = hit.start;
  while (from > 0 && hit.start - from < 60 && !QUESTION_STARTS.test(text[from - 1]!)) from--;
  const lead = text.slice(from, hit.start);
  return ASKS_ABOUT_OTHER.test(lead) || (isState(hit) && EVER.test(lead));
}

// A symptom or behaviour that raises a flag: a signal, or falls or an eating disorder named as a
// condition ("Falls? Occasionally", "Bulimia? Sometimes when stressed"). Not a state such as
// pregnancy.
function hasFallSignal(hit: Hit): boolean {
  for (const r of hit.roles) if (r.kind === 'signal' && r.flag === 'falls') return true;
  return false;
}

export function isFalls(hit: Hit): boolean {
  for (const r of hit.roles) if (r.kind === 'condition' && r.signal === 'falls') return true;
  return false;
}

function raisesFlag(hit: Hit): boolean {
  if (hasRole(hit, ROLE_BIT.signal)) return true;
  for (const r of hit.roles) if (r.kind === 'condition' && (r.signal === 'falls' || r.signal === 'eating-disorder')) return true;
  return false;
}

// "Chest pain? Only on exertion", "Falls? Occasionally", "Chest pain? Not at rest, only on
// exertion": an answer that says when the symptom comes says it does. Not one that also denies
// ("On exertion: no", "Only when anxious, never on exertion"), puts it in the past ("Occasionally
// in the past, none since her stent", "Sometimes as a child"), speaks of a risk ("Sometimes at
// risk when icy"), asks again ("on exertion? at rest?"), or, for the heart, names only anxiety
// ("Only when she's anxious", "Sometimes, with panic").
const NOT_AT_REST = /^not at rest[,;]?\s*/i;
const DENIES = /\b(?:no|none|nil|never|nothing|not|denies|denied)\b/i;
// What a fall may do. Denying it denies no fall: "Twice in 2026 - tripped on kerb, no injury".
export const HARM = String.raw`injur\w*|harm|damage|fractures?|broken bones?|loss of consciousness|loc|head injury`;
const NO_HARM = new RegExp(String.raw`\b(?:no|nil|without|not)\s+(?:\w+\s+)?(?:${HARM}|hospital|a&e)\b`, 'gi');
const PAST = /\b(?:in the past|previously|used to|as an? (?:child|kid|teenager|teen|student|young \w+)|in (?:her|his|my) (?:childhood|teens|twenties)|when (?:she|he|i) was|when younger|years ago|risk)\b/i;
// A year says when ("Twice in 2026"): over for the heart, whose check is for new symptoms, and for
// an eating disorder's behaviours. Falls answered with a year carry it, for the merge to judge
// against today as for a pregnancy ("Once, in 2015" is over; "Twice in 2026" is not).
const YEAR = /\b(?:19|20)\d\d\b/;

// The year in the words straight after a question's mark: "Falls? Twice in 2026".
export function yearAnswered(text: string, mark: number): number | undefined {
  const m = YEAR.exec(sentenceOf(text.slice(mark + 1, mark + 81)));
  return m ? Number(m[0]) : undefined;
}
// Anxiety alone, or drink (an alcohol blackout is memory loss, not a faint).
const ANXIETY = /\b(?:anx\w*|panic\w*|nerv\w*|worr\w*|stress\w*|upset|distress\w*|fright\w*|scared|flashbacks?|nightmares?|trauma\w*|ptsd|intrusive|drink\w*|drunk|alcohol|giving blood|blood tests?|needles?|injections?|(?:sight|sees|seeing) (?:of )?blood)\b/i;
const EXERTION = /\b(?:exert\w*|exercis\w*|walking|stairs|climbing|uphill|hills?|running|gym|activity)\b/i;

// Said straight out: when it comes ("When walking uphill"), how often ("Daily", "Twice this
// year", "x3", "Several") or a plain yes in other words ("Yeah, on and off").
// A number counts the times ("2 in last month", "3 this week"), not anything else ("2 sessions
// remaining", "12/11 reviewed by GP"); nor is "Once the assessment is complete", "One to discuss"
// or "With GP - to be followed up" a count or a when.
const COMES = /^(?:(?:only\s+)?(?:when|on|with(?!\s+(?:the\s+)?(?:gp|nurse|cardiology|team|doctor)\b)|after|during|while|if|at rest)\b|(?:daily|most days|every day|weekly|often|frequently|regularly|twice|once(?!\s+(?:the|we|she|he|they|it|this|that|her|his)\b)|several|a few|a couple|many|one(?!\s+to\b)|two|three|four|five|yeah|yep)\b|[1-9]\d?(?:\s*(?:x|times?|falls?|episodes?|in|this|per|a|last|since|over|during|or more)\b|\s*[.,;]?\s*$)|[x×]\s?[1-9])/i;
// The form's options, not an answer ("On exertion / At rest", "Once / Twice / More"); a near miss
// is no fall.
const NOT_AN_ANSWER = /\s\/\s|\bnear[- ]?miss|\bnearly\b/i;

function answeredWhenItComes(after: string, cardiac: boolean, yearIsPast = true): boolean {
  const lead = NOT_AT_REST.exec(after)?.[0].length ?? 0;
  const answer = after.slice(lead);
  if (!markedAnswerTakenBack(answer, cardiac) && !COMES.test(answer)) return false;
  const words = sentenceOf(answer);
  if (answer[words.length] === '?') return false;
  if (DENIES.test(words.replace(NO_HARM, '')) || PAST.test(words) || NOT_AN_ANSWER.test(words) || (yearIsPast && YEAR.test(words))) return false;
  return !cardiac || !ANXIETY.test(words) || EXERTION.test(words);
}
