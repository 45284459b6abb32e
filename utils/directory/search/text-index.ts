import { expandActivityTerm } from '../openactive/expand-activity-term.ts';
import { normaliseLabel } from '../openactive/normalise-label.ts';
import type { Activity } from '../schema.ts';
import { createBitset, orInto, setBit, type Bitset } from './bitset.ts';

// Activity text search: words → positions of the activities whose name, activity labels or
// description use them. A query term is widened through the OpenActive Activity List first
// ("yoga" → "Hatha Yoga", "flow yoga", "chair yoga"...), and an activity matches a label when it
// has every word of it, so "Hatha Yoga" matches "Yoga (hatha style)" too.

export interface TextIndex {
  match(term: string): Bitset | undefined;
  // Builds the postings ahead of the first text filter for up to budgetMs (from idle time); true
  // once built, else call again. match() finishes whatever is left.
  prepare(budgetMs?: number): boolean;
}

// Plural "s" is dropped so "walks" and "walk" meet; words under two letters carry no meaning here.
// Hand-rolled rather than regular expressions: this runs over every name and description when the
// index is built, and was most of the build time. Non-ASCII text goes through the Activity List's
// own normaliser first so accents and ligatures fold the same way it folds them.
const ASCII = /^[\x00-\x7f]*$/;

function words(text: string): string[] {
  const s = ASCII.test(text) ? text.toLowerCase() : normaliseLabel(text);
  const out: string[] = [];
  let word = '';
  for (let k = 0; k <= s.length; k++) {
    const c = k < s.length ? s.charCodeAt(k) : 32;
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
      word += s[k];
    } else if (c !== 39 && c !== 0x2019 && word !== '') {
      // Apostrophes join ("don't" → "dont"); anything else ends the word.
      if (word.length >= 2) out.push(word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word);
      word = '';
    }
  }
  return out;
}

// The postings are built on the first query, not with the index: most searches have no text
// filter, and at 100,000 activities building them was most of the index build (about 0.3 s of
// 0.45 s in Node), all of it before the sidebar's first results.
export function createTextIndex(activities: readonly Activity[]): TextIndex {
  const size = activities.length;
  const postings = new Map<string, number[]>();
  // Activities added to the postings so far.
  let done = 0;
  const build = (budgetMs: number): boolean => {
    const deadline = performance.now() + budgetMs;
    while (done < size) {
      addActivity(postings, activities[done]!, done);
      done++;
      // The clock is read every 512 activities: often enough, and cheap.
      if ((done & 511) === 0 && done < size && performance.now() > deadline) return false;
    }
    return true;
  };
  const postingsOf = () => {
    build(Number.POSITIVE_INFINITY);
    return postings;
  };

  const cache = new Map<string, Bitset>();
  function phrase(label: string): Bitset | undefined {
    const key = words(label);
    if (key.length === 0) return undefined;
    const postings = postingsOf();
    // Intersect the shortest lists first.
    const lists = key.map((w) => postings.get(w) ?? []).sort((a, b) => a.length - b.length);
    const bits = createBitset(size);
    const first = lists[0]!;
    if (first.length === 0) return bits;
    const rest = lists.slice(1).map((l) => new Set(l));
    for (const i of first) if (rest.every((s) => s.has(i))) setBit(bits, i);
    return bits;
  }

  return {
    prepare: (budgetMs = Number.POSITIVE_INFINITY) => build(budgetMs),
    match(term) {
      const trimmed = term.trim();
      if (trimmed === '') return undefined;
      const key = normaliseLabel(trimmed);
      const hit = cache.get(key);
      if (hit) return hit;
      const bits = createBitset(size);
      for (const label of expandActivityTerm(trimmed)) {
        const found = phrase(label);
        if (found) orInto(bits, found);
      }
      // A handful of recent terms is plenty: the therapist types one thing at a time.
      if (cache.size > 32) cache.delete(cache.keys().next().value!);
      cache.set(key, bits);
      return bits;
    },
  };
}

// Adds one activity's words to the postings (word → positions of the activities that use it).
// Positions arrive in order, so each list stays sorted and a repeat within this activity is always
// the last entry.
function addActivity(postings: Map<string, number[]>, a: Activity, i: number): void {
  const add = (text: string | undefined) => {
    if (!text) return;
    for (const word of words(text)) {
      const list = postings.get(word);
      if (!list) postings.set(word, [i]);
      else if (list[list.length - 1] !== i) list.push(i);
    }
  };
  add(a.name);
  for (const label of a.activities) add(label);
  add(a.description);
}

// The same match for a single activity, for short lists (national options) that need no index.
export function activityMatchesTerm(activity: Activity, term: string): boolean {
  if (term.trim() === '') return true;
  const have = new Set([activity.name, ...activity.activities, activity.description ?? ''].flatMap(words));
  return expandActivityTerm(term.trim()).some((label) => {
    const want = words(label);
    return want.length > 0 && want.every((w) => have.has(w));
  });
}
