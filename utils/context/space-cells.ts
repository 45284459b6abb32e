// Columns lined up with spaces, as a printed or PDF table pastes: "PHQ-9     19     15". A line's
// cells split at runs of two spaces or more, or undefined where it has no such run between words.
const GAP = / {2,}/;

export function spaceCells(line: string): string[] | undefined {
  const trimmed = line.trim();
  if (!trimmed.includes('  ')) return undefined;
  return trimmed.split(GAP);
}

// A header's cells, where one left empty over the rows' labels is only indentation:
// "              Baseline   6/52   3/12" over "PHQ-9   22   16   11".
const INDENTED = /^ {2,}\S/;
export function headerCells(line: string): string[] | undefined {
  const cells = spaceCells(line);
  return cells && INDENTED.test(line) ? ['', ...cells] : cells;
}
