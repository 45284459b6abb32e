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

// Letters in text[from, to) outside the given ranges.
export function lettersOutside(text: string, from: number, to: number, ranges: readonly (readonly [number, number])[]): number {
  let count = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122))) continue;
    let inside = false;
    for (const [a, b] of ranges) if (i >= a && i < b) inside = true;
    if (!inside) count++;
  }
  return count;
}

export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
