import type { ClinicalContext } from '../../context/schema.ts';
import { judgeActivity, type ActivityVerdict } from '../../safety/activity-rules.ts';
import type { Activity } from '../schema.ts';

// Safety verdicts cost a few regular expressions per activity, too much to repeat over 100,000
// activities on every keystroke. The therapist changes filters many times for one person, so
// verdicts are kept per person (keyed by everything in the context a rule could read, never the
// matched words or the district) and each activity is judged only the first time a query meets it.
// Nothing here is persisted; the cache lives and dies with the index.

export type VerdictLookup = (position: number) => ActivityVerdict;

const EMPTY: ActivityVerdict = Object.freeze({});
const KEEP = 4;

export function contextSignature(context: ClinicalContext): string {
  const conditions = context.conditions.map((c) => `${c.id}:${c.status}`).sort();
  const flags = [...context.flags].sort();
  const { phq9, gad7 } = context.measures;
  return JSON.stringify([conditions, flags, context.ageYears ?? null, phq9?.value ?? null, phq9?.item9 ?? null, gad7?.value ?? null]);
}

export function createVerdictCache(activities: readonly Activity[], judge = judgeActivity) {
  // Verdicts repeat across activities, so each distinct one is stored once and referenced by number.
  const distinct: ActivityVerdict[] = [EMPTY];
  const numberOf = new Map<string, number>([['||', 0]]);
  const byPerson = new Map<string, Int32Array>();

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

  return {
    forContext(context: ClinicalContext): VerdictLookup {
      const signature = contextSignature(context);
      let slots = byPerson.get(signature);
      if (slots) {
        // Most recently used last, so the oldest person is dropped first.
        byPerson.delete(signature);
      } else {
        slots = new Int32Array(activities.length).fill(-1);
        if (byPerson.size >= KEEP) byPerson.delete(byPerson.keys().next().value!);
      }
      byPerson.set(signature, slots);
      const table = slots;
      return (position) => {
        let n = table[position]!;
        if (n < 0) {
          n = intern(judge(context, activities[position]!));
          table[position] = n;
        }
        return distinct[n]!;
      };
    },
  };
}
