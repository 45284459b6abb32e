import type { Activity, Districts, RegionPackHeader } from './schema.ts';

// One shape for every importer (CSV, JSON pack, OpenActive, district CSV) so the options page and
// the CLI report problems the same way whatever the source.

export type IssueLevel = 'error' | 'warning';

export interface ImportIssue {
  file: string;
  // Spreadsheet row as the user sees it (header = row 1); for JSON, the item's index + 1.
  row?: number;
  // Item id (pack or OpenActive) when there is one.
  item?: string;
  field?: string;
  value?: string;
  message: string;
  level: IssueLevel;
}

export interface ImportStats {
  rows: number;
  valid: number;
  errors: number;
  warnings: number;
}

export interface ImportResult {
  activities: Activity[];
  districts: Districts;
  header?: Partial<RegionPackHeader>;
  // CSV headers that matched no field: the options page offers to map them.
  unknownColumns?: string[];
  issues: ImportIssue[];
  stats: ImportStats;
}

// Progress and cancel for big files: the options page shows a bar and a Cancel button.
export interface ChunkOptions {
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
  // Rows between yields to the event loop.
  chunkSize?: number;
}

export function emptyResult(): ImportResult {
  return { activities: [], districts: {}, issues: [], stats: { rows: 0, valid: 0, errors: 0, warnings: 0 } };
}

// Values in messages are shortened so a 10 kB cell cannot flood the report.
export function shortValue(value: unknown, max = 80): string | undefined {
  if (value === undefined) return undefined;
  let text: string;
  try {
    text = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
  } catch {
    // Too deeply nested (or cyclic) to stringify: JSON.parse accepts nesting that JSON.stringify
    // and String() overflow the stack on, so name the kind of value instead of throwing.
    text = Array.isArray(value) ? '[…]' : typeof value === 'object' && value !== null ? '{…}' : String(value);
  }
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

export function countIssues(issues: readonly ImportIssue[]): { errors: number; warnings: number } {
  let errors = 0;
  let warnings = 0;
  for (const issue of issues) {
    if (issue.level === 'error') errors++;
    else warnings++;
  }
  return { errors, warnings };
}
