import type { PilotCounts } from './pilot-counts-schema.ts';
import { PILOT_MEASURES } from './pilot-measures.ts';

export const PILOT_CSV_HEADER = ['date', 'measure', 'key', 'count'] as const;

// One row per counter, oldest day first, measures in a fixed order, so two exports diff cleanly.
export function countsToCsv(counts: PilotCounts): string {
  const rows: string[][] = [[...PILOT_CSV_HEADER]];
  for (const day of Object.keys(counts.days).sort()) {
    const measures = counts.days[day] ?? {};
    for (const measure of PILOT_MEASURES) {
      const keys = measures[measure];
      if (!keys) continue;
      for (const key of Object.keys(keys).sort()) rows.push([day, measure, key, String(keys[key])]);
    }
  }
  return `${rows.map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`;
}

// Keys are from closed lists, but quote anyway so a future key with a comma cannot shift columns,
// and never let a cell start like a spreadsheet formula.
function cell(value: string): string {
  const safe = /^[=+\-@]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
