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

type Span = { start: number; end: number };

// Where each of a line's cells sits: [start, end) in the line.
function cellSpans(line: string): Span[] {
  const spans: Span[] = [];
  const cell = /\S+(?: \S+)*/g;
  for (let m = cell.exec(line); m; m = cell.exec(line)) spans.push({ start: m.index, end: m.index + m[0].length });
  return spans;
}

// How far apart two spans are: 0 where they overlap.
const apart = (a: Span, b: Span): number => Math.max(0, a.start - b.end + 1, b.start - a.end + 1);

// A row with a cell left empty ("15/09/2026         11" under "Date   PHQ-9   GAD-7") has fewer
// cells than its header, and counted in order its values would land under the wrong columns. Each
// cell goes under the header cell it sits below (or nearest to, a right-aligned number under a wide
// header), the rest are left empty; undefined where two cells claim one column, a cell sits as near
// two, or one is further than a gap from any, since then the columns cannot be told apart.
// `spans`: a cell that may stretch across the columns it sits under ("Cancelled by service" under
// both scores' columns), and so stands in each of them.
export function alignedCells(header: string, headerWidth: number, row: string, spans: (cell: string) => boolean = () => false): string[] | undefined {
  let columns = cellSpans(header);
  // An indented header has one empty column more, over the rows' labels, from the line's start.
  if (columns.length === headerWidth - 1) columns = [{ start: 0, end: Math.max(0, columns[0]!.start - 2) }, ...columns];
  if (columns.length !== headerWidth) return undefined;
  const cells: string[] = new Array<string>(headerWidth).fill('');
  let last = -1;
  for (const span of cellSpans(row)) {
    let best = -1;
    let bestApart = Infinity;
    let tied = false;
    columns.forEach((column, c) => {
      const d = apart(span, column);
      if (d < bestApart) [best, bestApart, tied] = [c, d, false];
      else if (d === bestApart) tied = true;
    });
    const text = row.slice(span.start, span.end);
    if (tied && bestApart === 0 && best > last && spans(text)) {
      // Under every column it overlaps, the first of which is `best`.
      for (let c = best; c < headerWidth && apart(span, columns[c]!) === 0; c++) cells[last = c] = text;
      continue;
    }
    if (tied || best <= last || bestApart > 2) return undefined;
    cells[best] = text;
    last = best;
  }
  return cells;
}
