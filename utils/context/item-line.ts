import type { ItemScore } from './findings.ts';
import { ANSWER_SOURCE, answerScore } from './item-answers.ts';

// A line that is one item's score or a total, of a questionnaire named above it: "Item 3: 1",
// "Q3 - 1 (several days)", "3. Trouble falling or staying asleep - Several days (1)",
// "Total score: 14/27 (moderate)". The whole line must be that: a numbered line of prose is not.
// "1 Little interest: More than half the days", "9 Thoughts of self-harm: 2": a bare number before
// the item's words is its number only when the line ends in an answer or a score after a colon or
// dash (see BARE_REST).
const START = /^\s*(?:[-*•·]\s*)?(?:(?:q|qu|item|question)\.?\s?([1-9])(?![\d.]\d|\d)|([1-9])[.)]\s|(total(?:\s+score)?|score)\b|([1-9])\s+(?=[A-Z][a-z]))/i;
// The item's score at the end of its line, and no other number before it.
const SCORE_END = /^[^\d]*?(?:^|[\s:=(|-])([0-3])\)?(?:\s*\([a-z ]{1,30}\))?\s*$/i;
const ANSWER_END = new RegExp(String.raw`^[^\d]*?\b(${ANSWER_SOURCE})\W*$`, 'i');
const BARE_REST = new RegExp(String.raw`^[^\d:]{2,60}[:\-–]\s*(?:(${ANSWER_SOURCE})\W*|([0-3]))\s*$`, 'i');
const TOTAL_REST = /^\s*[:=-]?\s*(\d{1,2})\s*(?:\/\s*(?:27|21)\s*)?(?:\(\s*[a-z ]{0,25}\)|[a-z ]{0,25})?\s*$/i;
const MAX_LINE = 200;

// An item's words and its answer with the answer's score, no number: "Feeling bad about yourself -
// Several days (1)".
const ANSWERED = new RegExp(String.raw`^[^\d]{8,}?\b(${ANSWER_SOURCE})\W{0,3}\(([0-3])\)\s*$`, 'i');

export function readItemLine(text: string): ItemScore | undefined {
  if (text.length > MAX_LINE) return undefined;
  const start = START.exec(text);
  if (!start) {
    // Only a line that ends "(n)" is looked at: this runs on every short line with a digit.
    const end = text.trimEnd();
    if (end.charCodeAt(end.length - 1) !== 41 || end.charCodeAt(end.length - 3) !== 40) return undefined;
    const answered = ANSWERED.exec(end);
    return answered && answerScore(answered[1]!) === Number(answered[2]) ? { item: 0, value: Number(answered[2]), offset: 0 } : undefined;
  }
  const rest = text.slice(start[0].length);
  if (start[3] !== undefined) {
    const total = TOTAL_REST.exec(rest);
    return total ? { item: 'total', value: Number(total[1]), offset: start.index } : undefined;
  }
  if (start[4] !== undefined) {
    const answer = BARE_REST.exec(rest);
    return answer ? { item: Number(start[4]), value: answer[1] !== undefined ? answerScore(answer[1]) : Number(answer[2]), offset: start.index } : undefined;
  }
  const item = Number(start[1] ?? start[2]);
  const score = SCORE_END.exec(rest);
  if (score) return { item, value: Number(score[1]), offset: start.index };
  const answer = ANSWER_END.exec(rest);
  return answer ? { item, value: answerScore(answer[1]!), offset: start.index } : undefined;
}
