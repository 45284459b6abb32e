import { diabetesFieldStart } from './diabetes-type.ts';
import { lexiconSteps } from './lexicon/compile.ts';
import { maskOf, ROLE_BIT, type Role } from './roles.ts';
import { CharClass, CLASS, SEP, SYMBOL, SYMBOLS, Trie } from './trie.ts';

// One left-to-right pass over a text: at every word start, walk the lexicon trie as far as the
// text allows and keep the longest phrase that ends on a word boundary (and passes its casing
// rule). Matches never overlap. Sentence and list boundaries are collected on the same pass.
// `mask`: the ROLE_BIT of every kind among `roles`.
export type Hit = { start: number; end: number; roles: readonly Role[]; mask: number };

const TABLE = CLASS.length;
type Compiled = {
  next: Uint16Array | Int32Array;
  values: (readonly Role[] | undefined)[];
  masks: Int32Array;
  // Per node: 0 no phrase ends here, 1 a phrase ends here, 2 one whose roles need a casing or suffix check.
  terminal: Uint8Array;
};
let compiled: Compiled | undefined;

function needsCheck(role: Role): boolean {
  if (role.kind === 'age') return role.glued === true;
  if (role.kind === 'condition') return role.cs !== undefined || role.notNear !== undefined || role.diabetesType === true;
  if (role.kind === 'code') return role.cs !== undefined;
  return role.kind === 'trigger' && role.capital === true;
}

function lexicon(): Compiled {
  if (!compiled) prepareLexicon();
  return compiled!;
}

// The lexicon's compile steps, the last of which freezes the trie into the scanner's tables.
let building: { steps: (() => void)[]; next: number } | undefined;

function startBuilding(): { steps: (() => void)[]; next: number } {
  const trie = new Trie<readonly Role[]>();
  const freeze = () => {
    const { next, values } = trie.freeze();
    const terminal = new Uint8Array(values.length);
    const masks = new Int32Array(values.length);
    values.forEach((roles, node) => {
      if (!roles) return;
      terminal[node] = roles.some(needsCheck) ? 2 : 1;
      masks[node] = maskOf(roles);
    });
    compiled = { next, values, terminal, masks };
    building = undefined;
  };
  return { steps: [...lexiconSteps(trie), freeze], next: 0 };
}

// Compiles the lexicon ahead of the first scan, step by step until `stop()` says to pause, so a
// long first read can spread it over short tasks; true once it is ready.
export function prepareLexicon(stop: () => boolean = () => false): boolean {
  while (!compiled) {
    building ??= startBuilding();
    building.steps[building.next++]!();
    if (!compiled && stop()) return false;
  }
  return true;
}

// One lookup per character of a trie walk: its symbol, SKIP_CHAR for an apostrophe (walked past),
// or NO_SYMBOL (the walk ends). Two tables were two loads per character.
const SKIP_CHAR = -2;
const NO_SYMBOL = -1;
const WALK = new Int8Array(TABLE);
for (let c = 0; c < TABLE; c++) WALK[c] = CLASS[c] === CharClass.Skip ? SKIP_CHAR : SYMBOL[c]! < 0 ? NO_SYMBOL : SYMBOL[c]!;

// Reused between scans: at most this many phrase ends are kept along one walk.
const MAX_CANDIDATES = 64;
const candNode = new Int32Array(MAX_CANDIDATES);
const candEnd = new Int32Array(MAX_CANDIDATES);

function isWord(code: number): boolean {
  return code < TABLE && CLASS[code] === CharClass.Word;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

// Letters and digits of text[start,end) equal those of `form`, case included.
function sameLetters(text: string, start: number, end: number, form: string): boolean {
  let j = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (!(isWord(c) && c < 128)) continue;
    while (j < form.length && !isWord(form.charCodeAt(j))) j++;
    if (j >= form.length || form.charCodeAt(j) !== c) return false;
    j++;
  }
  while (j < form.length && !isWord(form.charCodeAt(j))) j++;
  return j === form.length;
}

function isUpper(code: number): boolean {
  return code >= 65 && code <= 90;
}

function acceptable(text: string, start: number, end: number, roles: readonly Role[], glued: boolean): readonly Role[] {
  let keep: Role[] | undefined;
  for (let k = 0; k < roles.length; k++) {
    const role = roles[k]!;
    let ok = true;
    if (glued) ok = role.kind === 'age' && role.glued === true;
    else if (role.kind === 'age' && role.glued) ok = false;
    if (ok && (role.kind === 'condition' || role.kind === 'code') && role.cs !== undefined) ok = sameLetters(text, start, end, role.cs);
    if (ok && role.kind === 'condition' && role.notNear !== undefined) ok = !role.notNear.test(nearInSentence(text, start, end));
    if (ok && role.kind === 'condition' && role.diabetesType) ok = diabetesFieldStart(text, start) >= 0;
    if (ok && role.kind === 'trigger' && role.capital) ok = isUpper(text.charCodeAt(start));
    if (!ok && keep === undefined) keep = roles.slice(0, k) as Role[];
    else if (ok && keep !== undefined) keep.push(role);
  }
  return keep ?? roles;
}

// How far either side of a term its notNear words are looked for: so far, within its sentence. A
// narrower look than text-utils' sentenceAround, which reaches 300 characters and runs on past a
// semicolon or a full stop inside a code ("F41.1"): "PND after her baby; breathless on stairs" is
// still postnatal.
const NEAR = 40;
const SENTENCE_BREAK = /[.;!?\n](?:\s|$)/g;
function nearInSentence(text: string, start: number, end: number): string {
  const before = text.slice(Math.max(0, start - NEAR), start);
  let from = 0;
  for (const m of before.matchAll(SENTENCE_BREAK)) from = m.index + m[0].length;
  const after = text.slice(end, end + NEAR);
  SENTENCE_BREAK.lastIndex = 0;
  const stop = SENTENCE_BREAK.exec(after)?.index ?? after.length;
  return before.slice(from) + text.slice(start, end) + after.slice(0, stop);
}

export type ScanResult = { hits: Hit[]; bounds: number[] };

export function scan(text: string, from = 0, to = text.length): ScanResult {
  const { next, values, terminal, masks } = lexicon();
  const hits: Hit[] = [];
  const bounds: number[] = [];
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    const cls = c < TABLE ? CLASS[c]! : CharClass.Other;
    if (cls === CharClass.Boundary) {
      // '.' ends a sentence only before a space or the end ("F41.1", "d.o.b" and "01.10.2026" do not).
      if (c !== 46 || i + 1 >= to || !isWord(text.charCodeAt(i + 1))) bounds.push(i);
    }
    if (cls !== CharClass.Word && cls !== CharClass.Mark) {
      i++;
      continue;
    }
    const prev = i > from ? text.charCodeAt(i - 1) : 32;
    let glued = false;
    if (cls === CharClass.Word && isWord(prev)) {
      // A letter straight after a digit may start an age suffix ("54yo"); nothing else starts mid-word.
      if (!(isDigit(prev) && !isDigit(c))) {
        i++;
        continue;
      }
      glued = true;
    }
    if (c === 63 && (isWord(prev) || prev === 41)) {
      // "diabetes?" ends a question; "?diabetes" is a trigger.
      bounds.push(i);
      i++;
      continue;
    }
    // Walk the trie.
    let cands = 0;
    let node = 0;
    let j = i;
    while (j < to) {
      const code = text.charCodeAt(j);
      if (code >= TABLE) break;
      const sym = WALK[code]!;
      if (sym < 0) {
        if (sym === SKIP_CHAR) {
          j++;
          continue;
        }
        break;
      }
      if (sym === SEP) {
        let k = j + 1;
        while (k < to) {
          const cc = text.charCodeAt(k);
          if (cc >= TABLE || WALK[cc] !== SEP) break;
          k++;
        }
        const child = next[node * SYMBOLS + SEP]!;
        if (child === 0) break;
        node = child;
        j = k;
        continue;
      }
      const child = next[node * SYMBOLS + sym]!;
      if (child === 0) break;
      node = child;
      j++;
      if (terminal[node] !== 0 && cands < MAX_CANDIDATES) {
        const after = j < to ? text.charCodeAt(j) : 32;
        if (CLASS[code] !== CharClass.Word || after >= TABLE || CLASS[after] !== CharClass.Word) {
          candNode[cands] = node;
          candEnd[cands] = j;
          cands++;
        }
      }
    }
    let matched = false;
    for (let k = cands - 1; k >= 0; k--) {
      const end = candEnd[k]!;
      const node = candNode[k]!;
      const found = values[node]!;
      const roles = terminal[node] === 2 || glued ? acceptable(text, i, end, found, glued) : found;
      if (roles.length === 0) continue;
      matched = true;
      const mask = roles === found ? masks[node]! : maskOf(roles);
      if (mask !== ROLE_BIT.pseudo) hits.push({ start: i, end, roles, mask });
      i = end;
      break;
    }
    if (!matched) {
      // Skip the rest of the word: nothing starts inside it, except a suffix glued to a number ("54yo").
      let prevDigit = isDigit(c);
      i++;
      while (i < to) {
        const d = text.charCodeAt(i);
        if (d >= TABLE || CLASS[d] !== CharClass.Word) break;
        const digit = d >= 48 && d <= 57;
        if (prevDigit && !digit) break;
        prevDigit = digit;
        i++;
      }
    }
  }
  return { hits, bounds };
}

// `bit`: a ROLE_BIT, read at the call site as a constant. (Looking the bit up here by kind name was
// a keyed load on every call, a few per cent of reading a long page.)
export function hasRole(hit: Hit, bit: number): boolean {
  return (hit.mask & bit) !== 0;
}

// The hit's first role of a kind, without building a list. A hit has one to three roles, so a
// walk comparing kinds costs less than looking up the kind's bit.
export function roleOf<K extends Role['kind']>(hit: Hit, kind: K): Extract<Role, { kind: K }> | undefined {
  const roles = hit.roles;
  for (let i = 0; i < roles.length; i++) if (roles[i]!.kind === kind) return roles[i] as Extract<Role, { kind: K }>;
  return undefined;
}

export function rolesOf<K extends Role['kind']>(hit: Hit, kind: K): Extract<Role, { kind: K }>[] {
  const out: Extract<Role, { kind: K }>[] = [];
  for (const role of hit.roles) if (role.kind === kind) out.push(role as Extract<Role, { kind: K }>);
  return out;
}
