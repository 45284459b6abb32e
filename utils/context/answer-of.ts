import { choiceAt, isCheckbox } from './choice.ts';
import type { FormValue } from './roles.ts';
import { roleOf, type Hit, type ScanResult } from './scan.ts';

// Past this, a block is prose that happens to end in "no", not one question and its answer.
const MAX_QUESTION = 120;
// After the answer: nothing but closing punctuation.
const AFTER_ANSWER = /^[\s)\].,;:]*$/;
// Between the question's last known word and the answer: more words of the question, then the
// mark that asks (":", "?", "=", a dash), with no sentence ending in between.
const ASKS = /^[^.;!]{0,60}[:?=\-–—]\s*$/;
// A box or ticked options after the question need no mark: "Chest pain on exertion [ ]",
// "Chest pain on exertion? [ ] Yes [x] No".
const BOXED = /^[^.;!]{0,60}$/;

// A short block that asks and answers: "Chest pain on exertion: No", "Any falls in the last
// year? Yes", "Insulin [ ]", "Palpitations? [ ] Yes [x] No". The answer, where the question
// starts and where the answer starts: it applies to what the question names. Undefined when the
// block is anything else.
export function answerOf(text: string, { hits, bounds }: ScanResult): { value: FormValue; from: number; at: number } | undefined {
  if (hits.length < 2 || text.length > MAX_QUESTION) return undefined;
  const answer = lastAnswer(text, hits);
  if (!answer || answer.first === 0 || !AFTER_ANSWER.test(text.slice(answer.end))) return undefined;
  const asked = hits[answer.first - 1]!.end;
  // One question: no sentence ends before the mark that asks it.
  if (bounds.some((b) => b < asked)) return undefined;
  const gap = text.slice(asked, answer.start);
  if (!(answer.boxed ? BOXED : ASKS).test(gap)) return undefined;
  return { value: answer.value, from: questionStart(text, answer.start), at: answer.start };
}

// The question is the last statement before its answer: "Gliclazide 80mg bd - any hypos? No"
// asks about hypos, not gliclazide; "T1DM on insulin pump, hypos: nil" about hypos, not T1DM.
const STATEMENT_END = /,|;|\s[-–—]\s/g;

const ASKING_MARK = /[:?=\-–—]/;

// Where the question begins: after the last statement end before the mark that asks it (so a
// question with no term of its own, "28 weeks pregnant, bleeding: no", asks about nothing here).
function questionStart(text: string, answerStart: number): number {
  let mark = answerStart;
  while (mark > 0 && /\s/.test(text[mark - 1]!)) mark--;
  if (mark > 0 && ASKING_MARK.test(text[mark - 1]!)) mark--;
  let from = 0;
  STATEMENT_END.lastIndex = 0;
  for (let m = STATEMENT_END.exec(text); m !== null && m.index + m[0].length <= mark; m = STATEMENT_END.exec(text)) from = m.index + m[0].length;
  return from;
}

// The answer the hits end with: ticked options, or one form value. `first`: its first hit.
function lastAnswer(text: string, hits: readonly Hit[]): { value: FormValue; first: number; start: number; end: number; boxed: boolean } | undefined {
  for (let i = 0; i < hits.length - 3; i++) {
    if (!isCheckbox(text, hits[i]!)) continue;
    const choice = choiceAt(text, hits, i);
    if (choice && choice.next === hits.length) return { value: choice.value, first: i, start: choice.start, end: choice.end, boxed: true };
  }
  const last = hits[hits.length - 1]!;
  const form = roleOf(last, 'form');
  return form ? { value: form.value, first: hits.length - 1, start: last.start, end: last.end, boxed: isCheckbox(text, last) } : undefined;
}
