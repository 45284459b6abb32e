import { dayKey } from './day-key.ts';
import type { PilotCounts } from './pilot-counts-schema.ts';
import { ALL, PILOT_MEASURES, type PilotMeasure } from './pilot-measures.ts';

export interface PilotSummary {
  // Oldest first, one entry per day including days with none.
  opensByDay: { day: string; count: number }[];
  totals: { measure: PilotMeasure; count: number; keys: { key: string; count: number }[] }[];
  days: number;
}

// What the options page shows: sidebar opens over the last `window` days and totals over all kept days.
export function summarisePilotCounts(counts: PilotCounts, today: Date, window = 14): PilotSummary {
  const opensByDay = Array.from({ length: window }, (_, index) => {
    const date = new Date(today.getFullYear(), today.getMonth(), today.getDate() - (window - 1 - index));
    const day = dayKey(date);
    return { day, count: counts.days[day]?.['sidebar-opens']?.[ALL] ?? 0 };
  });
  const totals = PILOT_MEASURES.map((measure) => {
    const byKey = new Map<string, number>();
    for (const measures of Object.values(counts.days)) {
      for (const [key, count] of Object.entries(measures[measure] ?? {})) byKey.set(key, (byKey.get(key) ?? 0) + count);
    }
    const keys = [...byKey].map(([key, count]) => ({ key, count })).sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
    return { measure, count: keys.reduce((sum, k) => sum + k.count, 0), keys };
  });
  return { opensByDay, totals, days: Object.keys(counts.days).length };
}
