import type { Block } from './block.ts';
import { classifyLabel } from './classify-label.ts';
import { findDates } from './dates.ts';
import { hasRole, scan } from './scan.ts';
import type { Seg } from './seg.ts';

// Plain text as blocks: each line is a block; a blank line is a boundary too. Lines with '|' or
// tabs are table rows, and the first row of a run can be its header.
const ROW_SPLIT = /\s*\|\s*|\t/;
const RULE = /^[\s|:+-]*$/;
const NUMBER_CELL = /^\s*\d{1,3}(?:\s*\/\s*\d{1,2})?\s*$/;

// A header row names columns: no bare numbers, and at least one cell is a known label, a
// questionnaire or a date ("Date | PHQ-9 | GAD-7", "Measure | 01/09/2026 | 01/10/2026").
function isHeaderRow(cells: string[]): boolean {
  if (cells.some((c) => NUMBER_CELL.test(c))) return false;
  return cells.some((c) => classifyLabel(c) !== undefined || findDates(c).length > 0 || scan(c).hits.some((h) => hasRole(h, 'measure')));
}

export function textToSeg(text: string): Seg {
  const items: Block[] = [];
  let headers: string[] | undefined;
  let inTable = false;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.length > 0 && raw.charCodeAt(raw.length - 1) === 13 ? raw.slice(0, -1) : raw;
    if (line.trim().length === 0) {
      items.push({ kind: 'blank', text: '' });
      inTable = false;
      headers = undefined;
      continue;
    }
    if (line.includes('|') || line.includes('\t')) {
      if (RULE.test(line)) continue;
      const cells = line.replace(/^\s*\|/, '').replace(/\|\s*$/, '').split(ROW_SPLIT).map((c) => c.trim());
      if (cells.length >= 2) {
        if (!inTable) {
          inTable = true;
          if (isHeaderRow(cells)) {
            headers = cells;
            continue;
          }
          headers = undefined;
        }
        items.push({ kind: 'row', text: cells.join(' | '), cells, ...(headers ? { headers } : {}) });
        continue;
      }
    }
    inTable = false;
    headers = undefined;
    items.push({ kind: /^\s*(?:[-*•·]|\d{1,2}[.)])\s/.test(line) ? 'item' : 'text', text: line });
  }
  return { items };
}
