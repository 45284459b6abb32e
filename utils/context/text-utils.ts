import { CharClass, CLASS } from './trie.ts';

const TABLE = CLASS.length;

function isWord(code: number): boolean {
  return code < TABLE && CLASS[code] === CharClass.Word;
}

// Number of words in text[from, to).
export function countWords(text: string, from: number, to: number): number {
  let words = 0;
  let inWord = false;
  for (let i = from; i < to; i++) {
    const w = isWord(text.charCodeAt(i));
    if (w && !inWord) words++;
    inWord = w;
  }
  return words;
}

// Whether text[from, to) holds an ASCII letter.
export function hasLetter(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i) | 32;
    if (c >= 97 && c <= 122) return true;
  }
  return false;
}

export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

// The sentence around text[start, end): up to a full stop, '!', '?' or a line break either side
// (commas and semicolons stay inside it).
export function sentenceAround(text: string, start: number, end: number): string {
  const [from, to] = sentenceBounds(text, start, end);
  return text.slice(from, to);
}

// Read at most this far each way: a page that is one endless "sentence" must not make every term
// in it walk the whole of it.
const SENTENCE_REACH = 300;

export function sentenceBounds(text: string, start: number, end: number): [from: number, to: number] {
  const first = Math.max(0, start - SENTENCE_REACH);
  let from = start;
  while (from > first && !isSentenceMark(text.charCodeAt(from - 1))) from--;
  const last = Math.min(text.length, end + SENTENCE_REACH);
  let to = end;
  while (to < last && !isSentenceMark(text.charCodeAt(to))) to++;
  return [from, to];
}
// '.', '!', '?' and a newline, by code: this runs for every fall, birth and baby's age a page names.
export function isSentenceMark(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 10;
}

// The text before `at`, at most `reach` characters, from its sentence's start.
export function sentenceBefore(text: string, at: number, reach = 80): string {
  const before = text.slice(Math.max(0, at - reach), at);
  const stop = Math.max(before.lastIndexOf('. '), before.lastIndexOf(';'), before.lastIndexOf('\n'));
  return stop < 0 ? before : before.slice(stop + 1);
}
