import * as v from 'valibot';
import { DAYS } from '../schema.ts';

// The therapist's quick filters. Values are words, not numbers, so the sidebar, the CLI flags and
// the widen hints all speak the same language ("walk", "bus", "free").

export const DISTANCES = ['walk', 'bus', 'any'] as const;
export const TIMES_OF_DAY = ['morning', 'afternoon', 'evening'] as const;
export const COST_FILTERS = ['any', 'free', 'low'] as const;
export const FORMAT_FILTERS = ['any', 'in-person', 'online', 'home'] as const;
export const INTENSITY_FILTERS = ['gentle-first', 'gentle-only', 'any'] as const;
// The cohorts a therapist can ask for, as directory suitableFor tags ("older-adults" is "over 60s").
export const COHORT_FILTERS = [
  'women-only',
  'older-adults',
  'wheelchair-accessible',
  'long-term-conditions',
  'mental-health',
  'beginners',
] as const;

// Walking distance is about 20 minutes on foot; a short bus ride is a few stops.
export const DISTANCE_KM: Record<(typeof DISTANCES)[number], number> = { walk: 1.6, bus: 5, any: Number.POSITIVE_INFINITY };
// "Low cost" as the brief defines it: up to £5 a session.
export const LOW_COST_MAX_GBP = 5;

export const SearchFiltersSchema = v.object({
  distance: v.optional(v.picklist(DISTANCES), 'bus'),
  day: v.optional(v.picklist(['any', ...DAYS]), 'any'),
  time: v.optional(v.picklist(['any', ...TIMES_OF_DAY]), 'any'),
  cost: v.optional(v.picklist(COST_FILTERS), 'any'),
  format: v.optional(v.picklist(FORMAT_FILTERS), 'any'),
  intensity: v.optional(v.picklist(INTENSITY_FILTERS), 'gentle-first'),
  cohort: v.optional(v.array(v.picklist(COHORT_FILTERS)), []),
  text: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(100)), ''),
});

export type SearchFiltersInput = v.InferInput<typeof SearchFiltersSchema>;
export type SearchFilters = v.InferOutput<typeof SearchFiltersSchema>;
export type DistanceFilter = SearchFilters['distance'];
export type DayFilter = SearchFilters['day'];
export type TimeFilter = SearchFilters['time'];
export type CostFilter = SearchFilters['cost'];
export type FormatFilter = SearchFilters['format'];
export type IntensityFilter = SearchFilters['intensity'];
export type CohortFilter = (typeof COHORT_FILTERS)[number];
export type TimeOfDay = (typeof TIMES_OF_DAY)[number];

export function defaultFilters(): SearchFilters {
  return v.parse(SearchFiltersSchema, {});
}

// Filters arrive from the sidebar, the CLI and stored settings: checked at that boundary, with
// every missing field given its default.
export function parseFilters(input: unknown): SearchFilters {
  const result = v.safeParse(SearchFiltersSchema, input ?? {});
  if (!result.success) {
    const issue = result.issues[0];
    const path = issue.path?.map((p) => String(p.key)).join('.') ?? 'filters';
    throw new Error(`search filters: expected a valid ${path}, found ${JSON.stringify(issue.input)} (${issue.message})`);
  }
  return result.output;
}
