import type { ItemScore, MeasureCandidate } from './findings.ts';
import { isNowColumn, laterColumn, runsNewestFirst } from './column-time.ts';
import { ANSWER_SOURCE, answerScore } from './item-answers.ts';
import { wordedItem } from './item-wording.ts';
import { ITEM_COUNT } from './item-list.ts';
import { isTotalLabel, itemNumber, rowItemNumber } from './item-number.ts';
import { MAX_SCORE } from './lexicon/measures.ts';
import type { MeasureId } from './roles.ts';

// A table row of a questionnaire shown item by item, with the items in columns ("Measure | Q1 |
// ... | Q9 | Total" over "PHQ-9 | 2 | ... | 14") or in rows ("Q3 | 1 | 2" and "Total | 19 | 12"
// under "PHQ-9 | 01/09/2026 | 01/10/2026"). An item's score is never read as a total.

// `tick`: the score a mark in the column gives ("Several days (1)" over "✓").
export type ItemHeader = { item?: number; itemColumn?: true; measure?: MeasureId | 'item9'; date?: string; info?: { score?: true; statusColumn?: true }; other?: true; time?: number; tick?: number };

// A cell that only marks a choice: "✓", "x", "[x]".
export const MARK = /^\s*(?:x|✓|✔|☒|☑|\[x\]|\*|•|●)\s*$/i;

// A column of one answer, whose mark scores it: "Several days (1)", "Not at all", "(2)".
// Longer is no such header, and a long run of spaces would make the pattern backtrack.
const MAX_TICK_HEADER = 48;
const TICK_HEADER = new RegExp(String.raw`^\s*(${ANSWER_SOURCE})?\s*(?:\(?\s*([0-3])\s*\)?)?\s*$`, 'i');
export function tickScore(header: string): number | undefined {
  if (header.length > MAX_TICK_HEADER) return undefined;
  const m = TICK_HEADER.exec(header);
  if (!m || (m[1] === undefined && m[2] === undefined)) return undefined;
  return m[2] !== undefined ? Number(m[2]) : answerScore(m[1]!);
}

type Found = { measures: MeasureCandidate[]; items: ItemScore[] };

// Columns headed by three items at least make a table of items.
const ITEM_COLUMNS = 3;

export function itemRow(cells: readonly string[], headers: readonly ItemHeader[], rowMeasure: MeasureId | 'item9' | undefined, labelCell: number, rowDate: string | undefined, scoreOf: (text: string) => number | undefined): Found | undefined {
  let itemColumns = 0;
  for (const h of headers) if (h.item !== undefined) itemColumns++;
  // Items of another questionnaire ("CORE-10 | 01/10/2026" over "Q3 | 2") are none of ours.
  if (!headerMeasure(headers) && headers.some((h) => h.other)) return undefined;
  if (itemColumns >= ITEM_COLUMNS) return itemColumnsRow(cells, headers, rowMeasure, labelCell, rowDate, scoreOf);
  // "1. PHQ-9 | 14" is a numbered line of scores, not an item.
  const first = cells[0];
  if (first === undefined || cells.length < 2 || rowMeasure === 'phq9' || rowMeasure === 'gad7') return undefined;
  // "Feeling nervous, anxious or on edge | 2": an item by its words, which say whose it is.
  const total = isTotalLabel(first);
  const numbered = total ? undefined : rowItemNumber(first, numbersItems(headers));
  const worded = total || numbered !== undefined ? undefined : wordedItem(first);
  const item = total ? 'total' : numbered ?? worded?.item;
  // A bare "9" is some questionnaire's item 9, an EPDS's or an AUDIT's as likely as a PHQ-9's: it
  // raises the flag only once the questionnaire named above is known to be the PHQ-9 (item-run.ts).
  const bare = typeof item === 'number' && itemNumber(first) === undefined && worded === undefined;
  const found = item === undefined ? undefined : itemRowsRow(cells, headers, item, rowDate, scoreOf, bare, worded?.measure);
  return found && found.items.length > 0 ? found : undefined;
}

// "Item | Score", "Question | Answer", "Q | PHQ-9", "Item | 01/09/2026": a column of item numbers
// beside one of scores. Not "Item | Drug | Dose", whose numbers are a list's.
function numbersItems(headers: readonly ItemHeader[]): boolean {
  if (headers[0]?.itemColumn !== true) return false;
  for (let c = 1; c < headers.length; c++) {
    const h = headers[c]!;
    if (h.info?.score || h.info?.statusColumn || h.measure !== undefined || h.date !== undefined || h.time !== undefined) return true;
  }
  return false;
}

// The questionnaire the headers name outside the item columns ("PHQ-9", "PHQ-9 total").
function headerMeasure(headers: readonly ItemHeader[]): MeasureId | undefined {
  for (const h of headers) if (h.item === undefined && (h.measure === 'phq9' || h.measure === 'gad7')) return h.measure;
  return undefined;
}

function itemColumnsRow(cells: readonly string[], headers: readonly ItemHeader[], rowMeasure: MeasureId | 'item9' | undefined, labelCell: number, rowDate: string | undefined, scoreOf: (text: string) => number | undefined): Found | undefined {
  const measure = rowMeasure === 'phq9' || rowMeasure === 'gad7' ? rowMeasure : headerMeasure(headers);
  const found: Found = { measures: [], items: [] };
  const scores: number[] = [];
  let count = 0;
  let total: number | undefined;
  let at = 0;
  let tooHigh = false;
  cells.forEach((cell, c) => {
    const h = headers[c];
    const value = c === labelCell || !h ? undefined : scoreOf(cell);
    if (value === undefined) return;
    if (h!.item !== undefined) {
      if (value > 3) tooHigh = true;
      if (value > 3 || (measure && h!.item > ITEM_COUNT[measure]) || scores[h!.item] !== undefined) return;
      scores[h!.item] = value;
      count++;
      if (!measure) found.items.push({ item: h!.item, value, ...(rowDate ? { date: rowDate } : {}), offset: c });
    } else if (h!.info?.score || (h!.measure !== undefined && h!.measure === measure)) {
      if (total !== undefined || value > MAX_SCORE[measure ?? 'phq9']) return;
      total = value;
      at = c;
      if (!measure) found.items.push({ item: 'total', value, ...(rowDate ? { date: rowDate } : {}), offset: c });
    }
  });
  // A score over 3 under an item's header: the columns are not items after all.
  if (tooHigh) return undefined;
  const item9 = measure !== 'gad7' ? scores[9] : undefined;
  if (!measure) {
    // Unnamed, item 9 still raises its flag, as any "Q9" column does.
    if (item9 !== undefined) found.measures.push({ measure: 'item9', value: item9, ...(rowDate ? { date: rowDate } : {}), offset: headers.findIndex((h) => h.item === 9) });
    return found;
  }
  const value = total ?? (count === ITEM_COUNT[measure] ? scores.reduce((a, b) => a + b, 0) : undefined);
  const date = rowDate;
  if (value !== undefined) found.measures.push({ measure, value, ...(date ? { date } : {}), ...(item9 !== undefined ? { item9 } : {}), offset: total !== undefined ? at : 0 });
  else if (item9 !== undefined) found.measures.push({ measure: 'item9', value: item9, ...(date ? { date } : {}), offset: 0 });
  return found;
}

// "Q3 | 3 | 2", "Total | 19 | 12": one item (or the total) of one administration per column.
function itemRowsRow(cells: readonly string[], headers: readonly ItemHeader[], item: number | 'total', rowDate: string | undefined, scoreOf: (text: string) => number | undefined, bare: boolean, wordedFor?: MeasureId): Found {
  const measure = headerMeasure(headers) ?? wordedFor;
  const found: Found = { measures: [], items: [] };
  // Columns of answers ("Not at all (0) | Several days (1) | ..."): one administration, whose total
  // row may span them all.
  const answers = headers.some((h) => h?.tick !== undefined);
  for (let c = 1; c < cells.length; c++) {
    if (answers && item === 'total' && found.items.length > 0) break;
    // "1 | Several days": an item answered in its answer's words.
    // "9. Thoughts ... |  | ✓ |  | " under "Question | Not at all (0) | Several days (1) | ...": by its
    // column's score. Such columns are answers, not administrations.
    const tick = item === 'total' || !MARK.test(cells[c]!) ? undefined : headers[c]?.tick;
    const value = scoreOf(cells[c]!) ?? tick ?? (item === 'total' ? undefined : answerWordsScore(cells[c]!));
    if (value === undefined || value > (item === 'total' ? MAX_SCORE[measure ?? 'phq9'] : 3)) continue;
    const date = headers[c]?.date ?? rowDate;
    found.items.push({ item, value, ...(measure ? { measure } : {}), ...(date ? { date } : {}), offset: c, ...(cells.length > 2 && !answers ? { column: c } : {}), ...(!date && isNowColumn(headers[c]?.time) ? { nowColumn: true as const } : {}) });
    // Item 9 raises its flag whoever owns it, but never in a GAD-7.
    if (item === 9 && measure !== 'gad7' && (measure === 'phq9' || !bare)) found.measures.push({ measure: 'item9', value, ...(date ? { date } : {}), offset: c });
  }
  // Undated columns named by when ("Assessment | Session 4 | Session 8", "Today | Assessment"):
  // the latest answer alone, of the total and of each item alike, so that the total and item 9
  // read are of the same administration (or, where item 9 was left blank there, the latest one
  // that has it).
  found.items = latestOnly(found.items, headers);
  found.measures = latestOnly(found.measures, headers);
  return found;
}

// "Several days", or an option with its own box: "[x] Several days" (a radio button as the page
// shows it) scores, "[ ] Not at all" left unticked does not.
const ANSWER_CELL = new RegExp(String.raw`^\s*(?:(\[x\]|\(x\)|☒|☑|✓|✔|●|◉)|\[ ?\]|\( ?\)|☐|○)?\s*(${ANSWER_SOURCE})\s*$`, 'i');
const BOX = /^\s*[[(☐○☒☑✓✔●◉]/;
function answerWordsScore(cell: string): number | undefined {
  const m = ANSWER_CELL.exec(cell);
  if (!m || (m[1] === undefined && BOX.test(cell))) return undefined;
  return answerScore(m[2]!);
}

export function latestOnly<T extends { date?: string; offset: number }>(found: T[], headers: readonly ItemHeader[]): T[] {
  const timed = found.filter((m) => m.date === undefined && headers[m.offset]?.time !== undefined);
  if (timed.length < 2 || timed.length !== found.length) return found;
  const newestFirst = runsNewestFirst(headers.map((h) => h?.time));
  return [timed.reduce((a, b) => (laterColumn(headers[a.offset]!.time!, headers[b.offset]!.time!, newestFirst) ? b : a))];
}
