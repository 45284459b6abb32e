// A character trie over lowercased text, compiled into one flat transition table so a scan costs a
// few array reads per word start and never backtracks. Spaces, hyphens and underscores fold into
// one separator symbol (a run of them counts once); apostrophes are skipped.

export const SEP = 36;
const SYMBOL_COUNT = 52;

// Character classes for the scanner.
export const enum CharClass {
  Other = 0,
  Word = 1,
  // Starts a phrase although it is not a letter: "?COPD", "[x] Asthma", "☑ Asthma".
  Mark = 2,
  Boundary = 3,
  Space = 4,
  Skip = 5,
}

const TABLE_SIZE = 0x2800;
export const CLASS = new Uint8Array(TABLE_SIZE);
export const SYMBOL = new Int8Array(TABLE_SIZE).fill(-1);

(function initTables() {
  for (let c = 97; c <= 122; c++) {
    CLASS[c] = CharClass.Word;
    CLASS[c - 32] = CharClass.Word;
    SYMBOL[c] = c - 97;
    SYMBOL[c - 32] = c - 97;
  }
  for (let c = 48; c <= 57; c++) {
    CLASS[c] = CharClass.Word;
    SYMBOL[c] = 26 + c - 48;
  }
  // Latin letters with accents are word characters (so no phrase starts mid-word) but match nothing.
  for (let c = 0xc0; c <= 0x24f; c++) if (c !== 0xd7 && c !== 0xf7) CLASS[c] = CharClass.Word;
  for (const c of [32, 9, 0xa0, 45, 95, 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0x202f, 0x2009]) {
    CLASS[c] = CharClass.Space;
    SYMBOL[c] = SEP;
  }
  for (const c of [39, 0x2018, 0x2019]) CLASS[c] = CharClass.Skip;
  const extra: [string, number, CharClass][] = [
    ['/', 37, CharClass.Other], ['.', 38, CharClass.Other], ['&', 39, CharClass.Other], ['?', 40, CharClass.Mark],
    ['[', 41, CharClass.Mark], [']', 42, CharClass.Other], ['+', 43, CharClass.Other], ['☐', 44, CharClass.Mark],
    ['☑', 45, CharClass.Mark], ['☒', 46, CharClass.Mark], ['✓', 47, CharClass.Mark], ['✔', 48, CharClass.Mark],
    ['✗', 49, CharClass.Mark], ['✘', 50, CharClass.Mark], ['(', 51, CharClass.Other],
  ];
  for (const [ch, sym, cls] of extra) {
    SYMBOL[ch.charCodeAt(0)] = sym;
    CLASS[ch.charCodeAt(0)] = cls;
  }
  for (const ch of ['.', ';', '!', '\n', '\r', '|', '\u2022', '\u00b7']) CLASS[ch.charCodeAt(0)] = CharClass.Boundary;
  // '.' is both a symbol (inside "d.o.b.", "F41.1") and, followed by a space, a sentence end.
  CLASS[46] = CharClass.Boundary;
  CLASS[63] = CharClass.Mark;
})();

export function classOf(code: number): CharClass {
  return code < TABLE_SIZE ? (CLASS[code] as CharClass) : CharClass.Other;
}

export function isWordCode(code: number): boolean {
  return code < TABLE_SIZE && CLASS[code] === CharClass.Word;
}

// The canonical form of a lexicon phrase: lowercase, separators folded, apostrophes dropped.
// Most phrases are already in it; a native test spares the character loop, which matters because
// the lexicon is compiled once per page, by code that has not yet been optimised.
const CANONICAL = /^[a-z0-9/.&?[\]+(]+(?: [a-z0-9/.&?[\]+(]+)*$/;

export function normalisePhrase(phrase: string): string {
  if (CANONICAL.test(phrase)) return phrase;
  let out = '';
  let pendingSep = false;
  for (const ch of phrase.toLowerCase()) {
    const code = ch.charCodeAt(0);
    const cls = classOf(code);
    if (cls === CharClass.Skip) continue;
    if (cls === CharClass.Space) {
      pendingSep = out.length > 0;
      continue;
    }
    if (pendingSep) out += ' ';
    pendingSep = false;
    out += ch;
  }
  return out;
}

export class Trie<T> {
  // Grown by doubling: a typed array starts zeroed, so a new node costs no writes. (Pushing 52
  // zeros per node into a plain array made compiling the lexicon most of a first read.)
  private next = new Int32Array(SYMBOL_COUNT * 1024);
  private values: (T | undefined)[] = [undefined];
  private frozen?: { next: Uint16Array | Int32Array; values: (T | undefined)[] };

  // Adds a phrase; when it is already there, `merge` combines the two values.
  add(phrase: string, value: T, merge: (a: T, b: T) => T): void {
    const key = normalisePhrase(phrase);
    if (key.length === 0) return;
    let node = 0;
    let next = this.next;
    for (let i = 0; i < key.length; i++) {
      const code = key.charCodeAt(i);
      const sym = code === 32 ? SEP : code < TABLE_SIZE ? SYMBOL[code]! : -1;
      if (sym < 0) throw new Error(`lexicon phrase "${phrase}": expected letters, digits, spaces or / . & ? [ ] + (, found "${key[i]}"`);
      const slot = node * SYMBOL_COUNT + sym;
      let child = next[slot]!;
      if (child === 0) {
        child = this.values.length;
        this.values.push(undefined);
        if ((child + 1) * SYMBOL_COUNT > next.length) {
          const grown = new Int32Array(next.length * 2);
          grown.set(next);
          this.next = next = grown;
        }
        next[slot] = child;
      }
      node = child;
    }
    const existing = this.values[node];
    this.values[node] = existing === undefined ? value : merge(existing, value);
  }

  // Nodes are renumbered breadth first, so the first letters of every phrase, which every word
  // start reads, sit together at the front of the table instead of scattered through 3 MB; and
  // 16-bit entries halve the table while the lexicon has fewer than 65,536 nodes.
  freeze(): { next: Uint16Array | Int32Array; values: (T | undefined)[] } {
    if (this.frozen) return this.frozen;
    const count = this.values.length;
    const next = count < 0x10000 ? new Uint16Array(count * SYMBOL_COUNT) : new Int32Array(count * SYMBOL_COUNT);
    const values: (T | undefined)[] = new Array(count);
    // Breadth first: a node's new number is its place in the queue, and it is known (with its
    // parent's) the moment it is reached, so the table is written in the same pass.
    const order = new Int32Array(count);
    let queued = 1;
    for (let head = 0; head < queued; head++) {
      const old = order[head]!;
      values[head] = this.values[old];
      const from = old * SYMBOL_COUNT;
      for (let sym = 0; sym < SYMBOL_COUNT; sym++) {
        const child = this.next[from + sym]!;
        if (child === 0) continue;
        next[head * SYMBOL_COUNT + sym] = queued;
        order[queued++] = child;
      }
    }
    this.frozen = { next, values };
    return this.frozen;
  }
}

export const SYMBOLS = SYMBOL_COUNT;
