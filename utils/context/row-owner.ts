import type { BlockFindings } from './findings.ts';

// Whose a table row is, and whether it is over: a relative's row of a household table, a drug's
// row that says it stopped.

// A household or contacts table: "Peter Shaw | Husband | 67 | COPD, heart failure" under "Name |
// Relationship | Age | Health needs" is all his. A row of the person's own says so ("Self"), and a
// blank relationship says nothing.
const SELF_CELL = /^\s*(?:self|me|myself|(?:the\s+)?(?:patient|client|pt|service user|referred person)|n\/?a|-+)?\s*$/i;
// `column`: the relationship column's index, or -1.
export function othersRow(cells: readonly string[], column: number): boolean {
  return column >= 0 && column < cells.length && cells[column]!.length <= MAX_SHORT_CELL && !SELF_CELL.test(cells[column]!);
}

// Whatever the row says is of someone else: their conditions and symptoms are family history, and
// their age, address, drugs and scores are not the person's.
export function giveToOther(findings: BlockFindings): void {
  for (const mention of findings.mentions) mention.dims.family = true;
  for (const signal of findings.signals) signal.dims.family = true;
  findings.ages = [];
  findings.postcodes = [];
  findings.medications = [];
  findings.measures = [];
  findings.bmis = [];
  delete findings.items;
}

// A column of when or whether each row ended ("End", "Stopped", "Date discontinued"), and a cell
// that says a drug has ended.
const END_COLUMN = /^\s*(?:end(?:ed)?|end date|date ended|stop(?:ped)?|stop date|date stopped|discontinued|date discontinued|until|to)\s*:?\s*$/i;
const STILL_GOING = /^\s*(?:-+|n\/?a|ongoing|current|continuing|continues|active|present|to date|still taking)?\s*$/i;
// With when, too: "Stopped 03/2025", "Discontinued 2024", "Stopped in March 2025".
const ENDED_CELL = /^\s*(?:discontinued|stopped|ceased|ended|inactive|past|historical|no longer taking|completed|withdrawn)(?:\s+(?:on\s+|in\s+)?(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{1,2}[/.-]\d{4}|(?:[a-z]{3,9}\s+)?\d{4}))?\s*\.?\s*$/i;
// Cells longer than this are none of the short words these patterns look for (and a long run of
// spaces in one would make them backtrack).
const MAX_SHORT_CELL = 60;
export function namesEndColumn(text: string): boolean {
  return text.length <= MAX_SHORT_CELL && END_COLUMN.test(text);
}

// `ends`: which columns are end columns.
export function endedRow(cells: readonly string[], ends: (column: number) => boolean): boolean {
  for (let c = 1; c < cells.length; c++) {
    const cell = cells[c]!;
    if (cell.length > MAX_SHORT_CELL) continue;
    if (ENDED_CELL.test(cell)) return true;
    if (ends(c) && !STILL_GOING.test(cell)) return true;
  }
  return false;
}
