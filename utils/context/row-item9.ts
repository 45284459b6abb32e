import type { Block } from './block.ts';
import type { Evidence } from './evidence.ts';

type Entry = Evidence['measures'][number];

// The rows read so far of one table with one administration per column: its PHQ-9 totals and
// item 9 answers by column.
export type RowTable = { headers: readonly (string | undefined)[]; totals: Map<number, Entry>; item9s: Map<number, Entry> };

// "Item 9 | 0 | 2" and "PHQ-9 total | 18 | 12" as rows under "Measure | Assessment | Today": each
// column's item 9 goes with that column's total, whichever row comes first. Dated columns pair by
// date when the score is picked; these have no date to pair by, and a row is a block of its own.
// `measures` from `from` on: the block's own.
export function pairRowItem9(table: RowTable | undefined, block: Block, measures: readonly Entry[], from: number): RowTable | undefined {
  const headers = block.kind === 'row' ? block.headers : undefined;
  if (!headers) return undefined;
  // By the headers' words: a row re-read after an edit carries a fresh copy of them.
  const same = table !== undefined && (table.headers === headers || (table.headers.length === headers.length && table.headers.every((h, k) => h === headers[k])));
  const at = same ? table : { headers, totals: new Map<number, Entry>(), item9s: new Map<number, Entry>() };
  for (let k = from; k < measures.length; k++) {
    const e = measures[k]!;
    if (e.date !== undefined) continue;
    if (e.measure === 'phq9') {
      const item9 = at.item9s.get(e.offset);
      if (e.item9 === undefined && item9) e.item9 = item9.value;
      at.totals.set(e.offset, e);
    } else if (e.measure === 'item9') {
      const total = at.totals.get(e.offset);
      if (total && total.item9 === undefined) total.item9 = e.value;
      at.item9s.set(e.offset, e);
    }
  }
  return at;
}
