import type { FormValue } from './roles.ts';
import { roleOf, type Hit } from './scan.ts';

// A box, ticked or not: "[x]", "[ ]", "☒", "☐", "✓" (a form value written as a mark).
export function isCheckbox(text: string, hit: Hit): boolean {
  const c = text.charCodeAt(hit.start);
  return c === 91 || c > 0x2600;
}

const BLANK = /^\s*$/;
// "Y/N", "yes/no": how to answer, not an answer.
const HINT = /^(?:y\s*\/\s*n|yes\s*\/\s*no)$/i;

export function isHint(text: string, hit: Hit): boolean {
  return HINT.test(text.slice(hit.start, hit.end));
}
const NOT_KNOWN = /^not known$/i;
// Between one option and the next: spaces, or a slash or comma.
const BETWEEN_OPTIONS = /^\s*[/,]?\s*$/;

// Ticked options: "[ ] Yes [x] No", "☐ Yes ☒ No ☐ Not known", radio buttons read as boxes, or each
// word with its box after it ("Yes [ ] No [x]"). Two or more pairs of a box and an answer word, from
// hit `i` on. `value`: the word of the one box ticked; 'unknown' when none is, or more than one (the
// form does not say). `next`: the first hit after the options.
export type Choice = { value: FormValue; start: number; end: number; next: number };

export function choiceAt(text: string, hits: readonly Hit[], i: number): Choice | undefined {
  // Which of each pair is the box: the first, or (a word opening the options) the second.
  const boxFirst = isCheckbox(text, hits[i]!);
  let k = i;
  let ticks = 0;
  let value: FormValue | undefined;
  while (k + 1 < hits.length) {
    const box = hits[boxFirst ? k : k + 1]!;
    const word = hits[boxFirst ? k + 1 : k]!;
    const ticked = roleOf(box, 'form')?.value;
    const answer = roleOf(word, 'form')?.value;
    if (!ticked || !answer || !isCheckbox(text, box) || isCheckbox(text, word)) break;
    if (!BLANK.test(text.slice(hits[k]!.end, hits[k + 1]!.start))) break;
    if (k > i && !BETWEEN_OPTIONS.test(text.slice(hits[k - 1]!.end, hits[k]!.start))) break;
    if (ticked === 'yes') {
      ticks++;
      // "☒ Not known" among options is no answer, though alone it reads as "not known to have".
      value = NOT_KNOWN.test(text.slice(word.start, word.end)) ? 'unknown' : answer;
    }
    k += 2;
  }
  if (k - i < 4) return undefined;
  return { value: ticks === 1 && value !== undefined ? value : 'unknown', start: hits[i]!.start, end: hits[k - 1]!.end, next: k };
}
