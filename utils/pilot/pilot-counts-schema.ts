import * as v from 'valibot';
import { PILOT_MEASURES } from './pilot-measures.ts';

// Stored pilot counts: day (YYYY-MM-DD, the browser's local date) → measure → key → count.
// Nothing else: no times, no identifiers, no free text. Keys are checked per measure on read
// (repair-pilot-counts.ts) against the closed vocabularies in pilot-measures.ts.

export const PILOT_COUNTS_VERSION = 1;
export const RETAINED_DAYS = 400;

export const DayKeySchema = v.pipe(
  v.string(),
  v.regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD'),
  v.check((day) => new Date(`${day}T00:00:00Z`).toISOString().startsWith(day), 'expected a real calendar date'),
);

export const CountSchema = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(Number.MAX_SAFE_INTEGER));

export const DayCountsSchema = v.record(v.picklist(PILOT_MEASURES), v.record(v.string(), CountSchema));

export const PilotCountsSchema = v.object({
  version: v.literal(PILOT_COUNTS_VERSION),
  days: v.record(DayKeySchema, DayCountsSchema),
});

export type DayCounts = v.InferOutput<typeof DayCountsSchema>;
export type PilotCounts = v.InferOutput<typeof PilotCountsSchema>;

export function emptyPilotCounts(): PilotCounts {
  return { version: PILOT_COUNTS_VERSION, days: {} };
}
