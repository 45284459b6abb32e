import { isCheckbox, isHint } from './choice.ts';
import { isCardiacSignal, markedAnswerTakenBack } from './list-answer.ts';
import { ROLE_BIT, type FormValue } from './roles.ts';
import { hasRole, roleOf, type Hit } from './scan.ts';

// The answer written right after a term's question mark, in the same block: "Seen today. Chest
// pain? Yes.", "Diabetes? No.", "Q: Do you get chest pain? A: Only on exertion". Undefined when
// what follows is no answer (another question, the form's options, other words), so the term stays
// a question.

// Between the mark and the answer: spaces and the answer's own label.
const ANSWER_LEAD = /^\s*(?:(?:a|ans|answer)\s*[:\-–—]\s*)?/i;
// After "yes": the end, punctuation, a count or words on when it comes ("Yes, on exertion", "Yes x2").
const YES_ENDS = /^\s*(?:$|[.,;:!()\n–—-]|[x×]\s?\d|(?:on|when|with|at|after|during|while|since|occasionally|sometimes|daily|weekly|twice|once)\b)/i;
// After "no": the end or punctuation ("No.", "No, resolved"); "No chest pain but ..." is other words.
const NO_ENDS = /^\s*(?:$|[.,;:!()\n–—-])/;

export function answerAfterMark(text: string, hits: readonly Hit[], index: number): FormValue | undefined {
  const hit = hits[index]!;
  const mark = hit.end;
  const from = mark + 1 + ANSWER_LEAD.exec(text.slice(mark + 1, mark + 16))![0].length;
  const symptom = raisesFlag(hit);
  const next = hits[index + 1];
  if (next && next.start === from && hasRole(next, ROLE_BIT.form)) {
    if (isCheckbox(text, next) || isHint(text, next)) return undefined;
    const value = roleOf(next, 'form')!.value;
    const rest = text.slice(next.end, next.end + 64);
    if (value === 'yes') return YES_ENDS.test(rest) ? 'yes' : undefined;
    if (value !== 'no') return undefined;
    // "Chest pain? No, only on exertion": a symptom's no can take itself back.
    if (symptom && markedAnswerTakenBack(rest, isCardiacSignal(hit))) return 'yes';
    return NO_ENDS.test(rest) ? 'no' : undefined;
  }
  return symptom && answeredWhenItComes(text.slice(from, from + 80), isCardiacSignal(hit)) ? 'yes' : undefined;
}

// A symptom or behaviour that raises a flag: a signal, or falls or an eating disorder named as a
// condition ("Falls? Occasionally", "Bulimia? Sometimes when stressed"). Not a state such as
// pregnancy, which no answer of when it comes fits.
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
const DENIES = /\b(?:no|none|nil|never|nothing|not|denies)\b/i;
const PAST = /\b(?:in the past|previously|used to|as an? (?:child|kid|teenager|teen|student|young \w+)|in (?:her|his|my) (?:childhood|teens|twenties)|when (?:she|he|i) was|when younger|years ago|(?:19|20)\d\d|risk)\b/i;
const ANXIETY = /\b(?:anx\w*|panic\w*|nerv\w*|worr\w*|stress\w*|upset|distress\w*|fright\w*|scared)\b/i;
const EXERTION = /\b(?:exert\w*|exercis\w*|walking|stairs|climbing|uphill|hills?|running|gym|activity)\b/i;

function answeredWhenItComes(after: string, cardiac: boolean): boolean {
  const lead = NOT_AT_REST.exec(after)?.[0].length ?? 0;
  const answer = after.slice(lead);
  if (!markedAnswerTakenBack(answer, cardiac)) return false;
  const end = answer.search(/[.;\n?]/);
  const words = end < 0 ? answer : answer.slice(0, end);
  if (end >= 0 && answer[end] === '?') return false;
  if (DENIES.test(words) || PAST.test(words)) return false;
  return !cardiac || !ANXIETY.test(words) || EXERTION.test(words);
}
