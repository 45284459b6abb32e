import type { FormValue } from './roles.ts';
import { roleOf, type ScanResult } from './scan.ts';

// Past this, a block is prose that happens to end in "no", not one question and its answer.
const MAX_QUESTION = 120;
// After the answer: nothing but closing punctuation.
const AFTER_ANSWER = /^[\s)\].,;:]*$/;
// Between the question's last known word and the answer: more words of the question, then the
// mark that asks (":", "?", "=", a dash), with no sentence ending in between.
const ASKS = /^[^.;!]{0,60}[:?=\-–—]\s*$/;
// A box after the question needs no mark: "Chest pain on exertion [ ]".
const BOXED = /^[^.;!?:]{0,60}$/;

// A short block that asks and answers: "Chest pain on exertion: No", "Any falls in the last
// year? Yes", "Insulin [ ]". The answer, and where it starts: it applies to what the question
// names. Undefined when the block is anything else.
export function answerOf(text: string, { hits, bounds }: ScanResult): { value: FormValue; at: number } | undefined {
  if (hits.length < 2 || text.length > MAX_QUESTION) return undefined;
  const answer = hits[hits.length - 1]!;
  const form = roleOf(answer, 'form');
  if (!form || !AFTER_ANSWER.test(text.slice(answer.end))) return undefined;
  const asked = hits[hits.length - 2]!.end;
  // One question: no sentence ends before the mark that asks it.
  if (bounds.some((b) => b < asked)) return undefined;
  const gap = text.slice(asked, answer.start);
  const c = text.charCodeAt(answer.start);
  const boxed = c === 91 || c > 0x2600;
  return (boxed ? BOXED : ASKS).test(gap) ? { value: form.value, at: answer.start } : undefined;
}
