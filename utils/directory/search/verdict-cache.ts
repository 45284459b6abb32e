import type { ClinicalContext } from '../../context/schema.ts';
import { activeRisks } from '../../safety/active-risks.ts';
import { judgeActivity, type ActivityVerdict } from '../../safety/activity-rules.ts';
import type { Activity } from '../schema.ts';

// Safety verdicts cost a few regular expressions per activity: too much to repeat over 100,000
// activities on every keystroke. judgeActivity reads the context only through activeRisks (the one
// list that advice and search share, utils/safety/active-risks.ts), so:
//  - people with the same active risks get the same verdicts, and share one table here;
//  - people with no active risks get no verdicts, so nothing needs judging;
//  - each activity is judged the first time a query meets it, then remembered.
// tests/unit/directory/search/verdict-cache.test.ts checks the cache against judgeActivity itself
// over generated contexts, so a rule that starts reading more of the context fails there first.
// Tables hold numbers, never patient context, and live only as long as the index.

export type VerdictLookup = (position: number) => ActivityVerdict;

const EMPTY: ActivityVerdict = Object.freeze({});
const NOTHING: VerdictLookup = () => EMPTY;
// Distinct risk sets kept at once; a session sees one person at a time, a clinic a handful.
const KEEP = 8;

export function riskSignature(context: ClinicalContext): string {
  return [...activeRisks(context)].sort().join(' ');
}

export interface VerdictCache {
  forContext(context: ClinicalContext): VerdictLookup;
  // Judges ahead of the first search, for up to budgetMs; true once every activity is judged.
  prepare(context: ClinicalContext, budgetMs?: number): boolean;
}

export function createVerdictCache(activities: readonly Activity[], judge = judgeActivity): VerdictCache {
  // Verdicts repeat across activities, so each distinct one is stored once and referenced by number.
  const distinct: ActivityVerdict[] = [EMPTY];
  const numberOf = new Map<string, number>([['||', 0]]);
  const byRisks = new Map<string, Int32Array>();

  function intern(verdict: ActivityVerdict): number {
    const key = `${verdict.exclude ?? ''}|${verdict.prefer ?? ''}|${verdict.caution ?? ''}`;
    let n = numberOf.get(key);
    if (n === undefined) {
      n = distinct.length;
      distinct.push(Object.freeze({ ...verdict }));
      numberOf.set(key, n);
    }
    return n;
  }

  const cache: VerdictCache = {
    prepare(context, budgetMs = Number.POSITIVE_INFINITY) {
      const lookup = cache.forContext(context);
      if (lookup === NOTHING) return true;
      const table = byRisks.get(riskSignature(context))!;
      const deadline = performance.now() + budgetMs;
      for (let i = 0; i < table.length; i++) {
        if (table[i]! >= 0) continue;
        lookup(i);
        // Checking the clock every 256 judgements keeps the check itself cheap.
        if ((i & 255) === 0 && performance.now() > deadline) return false;
      }
      return true;
    },
    forContext(context) {
      const signature = riskSignature(context);
      if (signature === '') return NOTHING;
      let table = byRisks.get(signature);
      if (table) {
        // Most recently used last, so the longest unused risk set is dropped first.
        byRisks.delete(signature);
      } else {
        table = new Int32Array(activities.length).fill(-1);
        if (byRisks.size >= KEEP) byRisks.delete(byRisks.keys().next().value!);
      }
      byRisks.set(signature, table);
      const slots = table;
      return (position) => {
        let n = slots[position]!;
        if (n < 0) {
          n = intern(judge(context, activities[position]!));
          slots[position] = n;
        }
        return distinct[n]!;
      };
    },
  };
  return cache;
}
