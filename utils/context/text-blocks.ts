import type { Block } from './block.ts';
import { classifyLabel } from './classify-label.ts';
import type { LabelInfo } from './lexicon/labels.ts';
import { columnTime, notScoreColumn, OPENS_WITH_TARGET } from './column-time.ts';
import { dayMonthOnly, findDates, monthYear } from './dates.ts';
import { isDateRow, withDates } from './date-row.ts';
import { formValueOf } from './form-value.ts';
import { memoByText } from './memo-by-text.ts';
import { namesRelationshipColumn } from './others-details.ts';
import { ROLE_BIT } from './roles.ts';
import { alignedCells, headerCells, spaceCells } from './space-cells.ts';
import { hasRole, scan } from './scan.ts';
import type { Seg } from './seg.ts';

// Plain text as blocks: each line is a block (a sentence wrapped onto the next line joins it, see
// wrapsOn); a blank line is a boundary too. Lines with '|' or tabs are table rows, and the first row
// of a run can be its header; so are lines lined up with spaces under a header of scores.
const SPACE = /\s/;
const RULE = /^[\s|:+-]*$/;
const NOT_BLANK = /\S/;
const ROWS_NAMED = /^(?:symptoms?|conditions?|questions?|problems?|items?|diagnos[ie]s|drugs?|medications?|medicines?)$/i;
const isDayMonth = (cell: string): boolean => dayMonthOnly(cell) !== undefined;
// A number, maybe out of a maximum, marked or with a note in brackets: "14", "14/27", "11 (last week 15)".
const NUMBER_CELL = /^\s*\d{1,3}(?:\s*\/\s*\d{1,2})?\s*(?:\*\s*)?(?:\([^()]{0,30}\)\s*)?$/;

// A header row names columns: no bare numbers, and at least one cell is a known label, a
// questionnaire or a date ("Date | PHQ-9 | GAD-7", "Measure | 01/09/2026 | 01/10/2026"), or
// every column after the first is an answer ("Condition | Yes | No") or a time ("Assessment").
function isHeaderRow(cells: string[]): boolean {
  // "Measure | 13/11 | 20/11": days and months, not scores out of 27 ("9/27") or 21.
  const dated = cells.filter(isDayMonth).length >= 2;
  // "Outcome | Assessment | Discharge": two columns or more named by when ("Pregnancy | current" is a row).
  // Beside them, columns that hold no score: "Measure | Assessment | Discharge | Change". The
  // times may be written in figures: "Measure | Baseline | 6/52 | 3/12".
  const timed = cells.length >= 3 && cells.slice(1).every((c) => columnTime(c) !== undefined || notScoreColumn(c))
    && cells.slice(1).filter((c) => columnTime(c) !== undefined).length >= 2;
  if (cells.some((c) => NUMBER_CELL.test(c) && !(dated && isDayMonth(c)) && !(timed && columnTime(c) !== undefined))) return false;
  if (dated || timed) return true;
  if (cells.length >= 3 && cells.slice(1).every((c) => formValueOf(c) !== undefined)) return true;
  // "Symptom | Resolved": a column of answers under a word that names what the rows are.
  if (cells.length === 2 && ROWS_NAMED.test(cells[0]!) && formValueOf(cells[1]!) !== undefined) return true;
  // "Mother | Father" over the rows: columns named by relatives, as no row is.
  const labels = cells.map((c) => classifyLabel(c));
  if (labels.every(isRelative)) return true;
  return cells.some((c, i) => namesRelationshipColumn(c) || (labels[i] !== undefined && !isRelative(labels[i])) || findDates(c).length > 0 || monthYear(c) !== undefined || scan(c).hits.some((h) => hasRole(h, ROLE_BIT.measure)));
}

// A relative's word is a row's first cell ("Mother | Bipolar disorder"), not a column's name.
function isRelative(info: LabelInfo | undefined): boolean {
  return info?.itemsOnly === true && info.status === 'family';
}

// A record repeats its tables' header lines from note to note.
const isHeaderLine = memoByText((line: string) => isHeaderRow(splitRow(line)));
// A header of scores lined up with spaces: it names a questionnaire, or two dates or times or
// more ("Date  PHQ-9  GAD-7", "Measure  Assessment  Session 8", "Measure  01/10/2026  20/11/2026").
// Not a problem list with a date ("Atrial fibrillation   22/03/2021") or a form ("Depression  Yes  No").
const MAX_HEADER_CELL = 40;
const isSpacedHeaderLine = memoByText((line: string): boolean => {
  const cells = headerCells(line)!;
  // A column's name is short: a sentence that ends in "Session   PHQ-9" is prose.
  if (cells.some((c) => c.length > MAX_HEADER_CELL) || !isHeaderRow(cells)) return false;
  if (cells.some((c) => scan(c).hits.some((h) => hasRole(h, ROLE_BIT.measure) && !h.roles.some((r) => r.kind === 'measure' && r.measure === 'counter')))) return true;
  return cells.slice(1).filter((c) => columnTime(c) !== undefined || isDayMonth(c) || findDates(c).length > 0).length >= 2;
});
// A cell of a score table: a number ("14", "14/27", "12 (phone)"), a date, or no score there ("-",
// "n/a", "DNA", "declined", "Cancelled by service").
const VALUE_CELL = /^(?:\d{1,3}(?:\s*\/\s*\d{1,2})?\*?(?:\s*\([^()\d]{1,30}\))?|[-–—]|n\/?a|\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?|\?)$/i;
const NO_SCORE = /^(?:dna|did not attend|not attended|cancell?ed|canc|declined|not (?:done|completed|collected|given)|missed)\b[^\d]{0,40}$/i;
// A column of who or how, beside the scores: "Clinician", "Type" ("Video", "Phone").
const WHO_OR_HOW = /^(?:clinician|therapist|practitioner|worker|seen by|by|type|contact(?: type)?|mode|method|session type|appointment type|location)$/i;
// A bound ("<10") only in a target's row or column: in a session's, it hides the score, and the
// table read without it would give an older one as the latest.
const BOUND_CELL = /^[<>≤≥]\s?\d{1,2}$/;
const valueCell = (cell: string, row: readonly string[], columnName: string): boolean =>
  cell === '' || VALUE_CELL.test(cell) || NO_SCORE.test(cell) || (BOUND_CELL.test(cell) && (OPENS_WITH_TARGET.test(row[0]!) || OPENS_WITH_TARGET.test(columnName)))
  || (WHO_OR_HOW.test(columnName) && !HAS_DIGIT.test(cell));
const HAS_DIGIT = /\d/;
const noScore = (cell: string): boolean => NO_SCORE.test(cell);

// The first cell of a row that holds scores: a date, a time ("Session 4", "Assessment"), a number
// (a session's) or a questionnaire. A row with anything else there ("Change  -6  -5", "Sessions
// attended  6", "Plan: review in 2 weeks") after the table's rows is no row of it.
const NUMBER_FIRST = /^\d/;
function scoresRow(first: string): boolean {
  return NUMBER_FIRST.test(first) || findDates(first).length > 0 || isDayMonth(first) || columnTime(first) !== undefined
    || scan(first).hits.some((h) => h.roles.some((r) => r.kind === 'measure' && r.measure !== 'counter'));
}

const isSpace = (ch: string): boolean => SPACE.test(ch);

function skipSpaces(line: string, from: number): number {
  let i = from;
  while (i < line.length && isSpace(line[i]!)) i++;
  return i;
}

// A row's cells, trimmed. The outer pipes of "| a | b |" open and close the row rather than
// bound empty cells. Inside, a cell ends at a pipe (taking the spaces and tabs around it) or at a
// tab standing apart from any pipe. This is a hand scan, not a split on /\s*\|\s*|\t/: that
// pattern retries its leading \s* from every space of a run, so a long run of spaces in a line
// took time growing with the square of its length. The cells are the same.
export function splitRow(line: string): string[] {
  let start = skipSpaces(line, 0);
  start = line[start] === '|' ? start + 1 : 0;
  let end = line.length;
  while (end > start && isSpace(line[end - 1]!)) end--;
  end = end > start && line[end - 1] === '|' ? end - 1 : line.length;
  const cells: string[] = [];
  let cell = start;
  let i = start;
  while (i < end) {
    if (line[i] !== '|' && !isSpace(line[i]!)) {
      i++;
      continue;
    }
    // The run of spaces here (maybe none), scanned once: does a pipe end it?
    const runEnd = Math.min(skipSpaces(line, i), end);
    if (runEnd < end && line[runEnd] === '|') {
      cells.push(line.slice(cell, i).trim());
      cell = i = Math.min(skipSpaces(line, runEnd + 1), end);
      continue;
    }
    for (let t = i; t < runEnd; t++) {
      if (line[t] !== '\t') continue;
      cells.push(line.slice(cell, t).trim());
      cell = t + 1;
    }
    i = runEnd;
  }
  cells.push(line.slice(cell, end).trim());
  return cells;
}

const MAX_ALIGNED = 16;

// The rows of a table lined up with spaces under the header at `at`, as cells, or none where the lines
// after it are not one: each, up to a blank line or a line of prose, has the header's cells (a cell
// left empty is placed by where the others sit, see alignedCells), all but the first of them values.
// A row of words ("Date  Entry" over notes) makes none of it a table, so its lines are read as text;
// so does a row of scores that does not fit, since the rows before it alone could give an older
// score as the latest. A line after the rows that holds no scores ends the table.
function spacedRows(header: readonly string[], lines: readonly string[], at: number): string[][] {
  const rows: string[][] = [];
  for (let n = at + 1; n < lines.length; n++) {
    const line = lines[n]!;
    const split = spaceCells(line);
    if (split === undefined) break;
    if (line.includes('|') || line.includes('\t')) return [];
    let cells: string[] | undefined = split;
    // Bounded: placing cells compares each with every column, and a score table has a few.
    if (cells.length < header.length && header.length <= MAX_ALIGNED) cells = alignedCells(lines[at]!, header.length, line, noScore);
    if (cells?.length !== header.length || !cells.every((cell, c) => c === 0 || valueCell(cell, cells!, header[c]!))) {
      if (rows.length > 0 && !scoresRow(split[0]!)) break;
      return [];
    }
    rows.push(cells);
  }
  return rows;
}

function rowFollows(lines: readonly string[], from: number): boolean {
  for (let n = from; n < lines.length; n++) {
    const line = lines[n]!;
    if (!NOT_BLANK.test(line)) return false;
    if (!line.includes('|') && !line.includes('\t')) return false;
    if (!RULE.test(line)) return splitRow(line).length >= 2;
  }
  return false;
}

// Asked of every line of a page: the first character mostly settles it without a regular expression.
function isBlank(line: string): boolean {
  const c = line.charCodeAt(0);
  if (c > 32 && c < 0x80) return false;
  return !NOT_BLANK.test(line);
}

const LIST_ITEM = /^\s*(?:[-*•·]|\d{1,2}[.)])\s/;
// A line that starts with a letter is no list item.
function isListItem(line: string): boolean {
  const c = line.charCodeAt(0) | 32;
  if (c >= 97 && c <= 122) return false;
  return LIST_ITEM.test(line);
}

// A line that stops mid-phrase, on a word that cannot end one or a comma, and the next starts in
// lower case, or with a figure ("completed on" over "20/11/2026."), though not as a numbered line
// does ("2 Feeling down: ...", a table's row). Not a field's answer ("Cardiac history: no",
// "Suicidal ideation: denies"), and not a long line only for lacking a full stop: a joined line
// carries a denial into the next, which hides what that says, so only a sure wrap is joined.
const ENDS_MID_PHRASE = /(?:,|\btype\s*[12]|\b(?:of|or|and|nor|not|no|any|with|without|the|a|an|to|for|in|on|at|by|from|as|has|have|had|is|was|were|are|be|been|her|his|their|denies|reports|but|than|since|after|before|due|which|who|that))\s*$/i;
const FIELD_ANSWER = /[:?–—-]\s*(?:no|not|denies|nil|none)\s*$/i;
// A line that goes on a sentence: "who has Parkinson's disease" over "and Lewy body dementia.". Not
// under a list's item ("psychotic symptoms" over "but reports ..."): the line before is a sentence
// of three words or more.
const OPENS_JOINER = /^\s*(?:and|or|nor|who|whose|which|without|has|had|have|is|was|were|are)\s/;
const THREE_WORDS = /\S\s+\S+\s+\S/;
const ENDS_OPEN = /[^.;:!?)\]]\s*$/;
const OPENS_LOWER = /^\s*[a-z]/;
const OPENS_FIGURE = /^\s*\d/;
// Not a number that ends a sentence ("his GAD-7 was" over "14.").
const NUMBERED = /^\s*\d{1,2}(?:[.)]\s*\S|\s+[A-Z])/;
function wrapsOn(before: string, line: string): boolean {
  // Asked of every line: most open with a capital, settled without a regular expression.
  const first = line.charCodeAt(0);
  if (first >= 65 && first <= 90) return false;
  if (!(OPENS_LOWER.test(line) || (OPENS_FIGURE.test(line) && !NUMBERED.test(line))) || isListItem(line)) return false;
  const tail = before.length > TAIL ? before.slice(-TAIL) : before;
  if (FIELD_ANSWER.test(tail)) return false;
  return ENDS_MID_PHRASE.test(tail) || (OPENS_JOINER.test(line) && ENDS_OPEN.test(tail) && THREE_WORDS.test(before));
}
// Enough of the line before to hold its last word and a field's mark before it.
const TAIL = 24;

export function textToSeg(text: string): Seg {
  const items: Block[] = [];
  let headers: string[] | undefined;
  let inTable = false;
  // The line before was the table's header: a row of dates under it dates its columns.
  let headed = false;
  // The header of a table lined up with spaces, and its rows still to come.
  let spaced: string[] | undefined;
  let spacedRowsLeft: string[][] = [];
  let spacedNext = 0;
  // A no-break space lines up a pasted table as a space does.
  const lines = (text.includes('\u00a0') ? text.replaceAll('\u00a0', ' ') : text).split('\n');
  for (let n = 0; n < lines.length; n++) {
    // A line ends at "\n" or "\r\n", and one more "\r" before that is dropped as well.
    const raw = lines[n]!;
    let end = raw.length;
    for (let strip = n + 1 < lines.length ? 2 : 1; strip > 0 && end > 0 && raw.charCodeAt(end - 1) === 13; strip--) end--;
    const line = end === raw.length ? raw : raw.slice(0, end);
    if (isBlank(line)) {
      items.push({ kind: 'blank', text: '' });
      inTable = false;
      headers = undefined;
      continue;
    }
    if (line.includes('|') || line.includes('\t')) {
      if (RULE.test(line)) continue;
      const cells = splitRow(line);
      if (cells.length >= 2) {
        if (!inTable) {
          inTable = true;
          // A header only when rows follow it: a lone "Partner | aware she is 20 weeks pregnant"
          // is a row to read.
          if (isHeaderLine(line) && rowFollows(lines, n + 1)) {
            headers = cells;
            headed = true;
            continue;
          }
          headers = undefined;
        } else if (headed && headers && isDateRow(cells)) {
          headers = withDates(headers, cells);
          headed = false;
          continue;
        }
        headed = false;
        items.push({ kind: 'row', text: cells.join(' | '), cells, ...(headers ? { headers } : {}) });
        continue;
      }
    }
    inTable = false;
    headers = undefined;
    // "Measure   Assessment   Session 8" over "PHQ-9   19   11": a score table lined up with spaces
    // (see spacedRows; its rows have no pipes or tabs, so they come this way too).
    if (spacedNext < spacedRowsLeft.length) {
      const cells = spacedRowsLeft[spacedNext++]!;
      items.push({ kind: 'row', text: cells.join(' | '), cells, headers: spaced });
      continue;
    }
    // Asked of the header first: looking ahead for rows under every lined-up line made a long column
    // of them ("1  2" on each of 50,000 lines) quadratic.
    let cells = line.includes('  ') ? headerCells(line) : undefined;
    if (cells && isSpacedHeaderLine(line)) {
      let rows = spacedRows(cells, lines, n);
      // A whole table indented alike ("  Date   PHQ-9   GAD-7" over "  20/11/2026   12   7"): the
      // header's indent is only indentation, not an empty cell over the rows' labels.
      if (rows.length === 0 && cells[0] === '') {
        cells = cells.slice(1);
        rows = spacedRows(cells, lines, n);
      }
      if (rows.length > 0) {
        spaced = cells;
        spacedRowsLeft = rows;
        spacedNext = 0;
        continue;
      }
    }
    // A sentence a letter wraps onto the next line reads on there ("There is no history of" over
    // "an eating disorder"): the negation and the relative's scope go on with it.
    const last = items[items.length - 1];
    if (last && (last.kind === 'text' || last.kind === 'item') && wrapsOn(last.text, line)) {
      last.text = `${last.text.trimEnd()} ${line.trim()}`;
      continue;
    }
    items.push({ kind: isListItem(line) ? 'item' : 'text', text: line });
  }
  return { items };
}
