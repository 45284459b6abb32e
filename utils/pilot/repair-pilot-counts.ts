import * as v from 'valibot';
import { retainDays } from './count-event.ts';
import { CountSchema, DayKeySchema, emptyPilotCounts, PILOT_COUNTS_VERSION, type DayCounts, type PilotCounts } from './pilot-counts-schema.ts';
import { MEASURE_KEYS, PILOT_MEASURES, type PilotMeasure } from './pilot-measures.ts';

export interface PilotCountsRepair {
  counts: PilotCounts;
  repaired: string[];
}

// Stored counts may be old, hand-edited or corrupt. Keep every valid counter, drop the rest and
// say where. Messages name the place, never the dropped value: a stray value could be exactly
// the kind of text that must not be shown or kept.
export function repairPilotCounts(stored: unknown): PilotCountsRepair {
  const repaired: string[] = [];
  if (stored === undefined) return { counts: emptyPilotCounts(), repaired };
  if (!isRecord(stored)) return { counts: emptyPilotCounts(), repaired: ['pilot counts: expected an object; counts cleared'] };
  if (stored.version !== PILOT_COUNTS_VERSION) repaired.push(`pilot counts: expected version ${PILOT_COUNTS_VERSION}; read as version ${PILOT_COUNTS_VERSION}`);
  if (!isRecord(stored.days)) return { counts: emptyPilotCounts(), repaired: [...repaired, 'pilot counts days: expected an object; counts cleared'] };
  const days: Record<string, DayCounts> = {};
  for (const [day, measures] of Object.entries(stored.days)) {
    if (!v.is(DayKeySchema, day)) {
      repaired.push('pilot counts: a day that is not a date YYYY-MM-DD; day dropped');
      continue;
    }
    if (!isRecord(measures)) {
      repaired.push(`pilot counts ${day}: expected an object of measures; day dropped`);
      continue;
    }
    const kept: DayCounts = {};
    for (const [measure, keys] of Object.entries(measures)) {
      if (!(PILOT_MEASURES as readonly string[]).includes(measure)) {
        repaired.push(`pilot counts ${day}: a measure outside ${PILOT_MEASURES.join(', ')}; dropped`);
        continue;
      }
      const name = measure as PilotMeasure;
      if (!isRecord(keys)) {
        repaired.push(`pilot counts ${day} ${name}: expected an object of counts; dropped`);
        continue;
      }
      const counters: Record<string, number> = {};
      for (const [key, count] of Object.entries(keys)) {
        if (!v.is(MEASURE_KEYS[name], key)) repaired.push(`pilot counts ${day} ${name}: a key outside its vocabulary; dropped`);
        else if (!v.is(CountSchema, count)) repaired.push(`pilot counts ${day} ${name} ${key}: expected a whole number of at least 1; dropped`);
        else counters[key] = count;
      }
      if (Object.keys(counters).length > 0) kept[name] = counters;
    }
    if (Object.keys(kept).length > 0) days[day] = kept;
  }
  const counts = retainDays({ version: PILOT_COUNTS_VERSION, days });
  const dropped = Object.keys(days).length - Object.keys(counts.days).length;
  if (dropped > 0) repaired.push(`pilot counts: ${dropped} days older than the newest ${Object.keys(counts.days).length} dropped`);
  return { counts, repaired };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
