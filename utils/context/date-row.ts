import { dayMonthOnly, findDates } from './dates.ts';

// "Measure | Session A | Session B" over "Date | 13/11/2026 | 20/11/2026": the row under a table's
// header dates its columns. Its dates join the headers, as if the header had said them, so the
// latest column is known (before, "Session A" and "Session B" were read as undated, in page order).
const DATE_LABEL = /^\s*(?:dates?|date (?:of )?(?:session|assessment|review|appointment|completion|completed|administered)|(?:session|appointment|assessment|review) date|(?:completed|administered)(?: on)?)\s*:?\s*$/i;
const MAX_DATE_CELL = 24;

export function isDateRow(cells: readonly string[]): boolean {
  if (cells.length < 2 || !DATE_LABEL.test(cells[0]!)) return false;
  let dated = 0;
  for (let c = 1; c < cells.length; c++) {
    const cell = cells[c]!.trim();
    if (cell === '') continue;
    if (cell.length > MAX_DATE_CELL || (findDates(cell).length !== 1 && dayMonthOnly(cell) === undefined)) return false;
    dated++;
  }
  return dated > 0;
}

// Each column's header with its date after it; the date alone where both would be too long for a
// header to be read as dated.
export function withDates(headers: readonly (string | undefined)[], dates: readonly string[]): string[] {
  const out: string[] = [];
  for (let c = 0; c < Math.max(headers.length, dates.length); c++) {
    const header = (headers[c] ?? '').trim();
    const date = c === 0 ? '' : (dates[c] ?? '').trim();
    const both = header && date ? `${header} ${date}` : header || date;
    out.push(both.length > MAX_DATE_CELL && date ? date : both);
  }
  return out;
}
