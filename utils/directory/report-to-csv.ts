import type { ImportIssue } from './import-result.ts';

const COLUMNS = ['level', 'file', 'row', 'item', 'field', 'value', 'message'] as const;

// A cell that opens safely in Excel: quoted, and formula-looking text prefixed so a value such as
// "=HYPERLINK(...)" from an untrusted file is shown, never run.
function cell(value: string | number | undefined): string {
  if (value === undefined) return '';
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

// The validation report as CSV for download (errors first, then warnings, in file order).
export function reportToCsv(issues: readonly ImportIssue[]): string {
  const sorted = [...issues].sort((a, b) => (a.level === b.level ? 0 : a.level === 'error' ? -1 : 1));
  const lines = [COLUMNS.join(',')];
  for (const issue of sorted) lines.push(COLUMNS.map((c) => cell(issue[c])).join(','));
  return `\ufeff${lines.join('\r\n')}\r\n`;
}
