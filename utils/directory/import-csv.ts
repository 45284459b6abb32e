import Papa from 'papaparse';
import { sliceCsvRecords, sliceText } from './csv-chunks.ts';
import { CSV_FIELDS, fieldForHeader, isCsvField, normaliseHeader, type CsvField } from './csv-header-aliases.ts';
import { csvRowToDraft, type RowCells } from './csv-row-to-draft.ts';
import { decodeText } from './decode-text.ts';
import { finaliseActivity, toLookup, type FinaliseOptions } from './finalise-activity.ts';
import { countIssues, shortValue, type ChunkOptions, type ImportIssue, type ImportResult } from './import-result.ts';
import { makeIssue } from './issue-location.ts';
import { stableId } from './stable-id.ts';
import type { Activity } from './schema.ts';
import { throwIfAborted, yieldToEventLoop } from './yield-to-event-loop.ts';

export interface CsvImportOptions extends ChunkOptions, FinaliseOptions {
  // Name used in messages (the file the admin chose).
  file?: string;
  // Explicit column mapping, spreadsheet header → our field (see CSV_FIELDS; "ignore" skips it).
  // Wins over the automatic header matching.
  map?: Record<string, string>;
}

// Where each Activity path is reported: the spreadsheet column the value came from.
const PATH_FIELDS: Record<string, CsvField[]> = {
  id: ['id'],
  name: ['name'],
  description: ['description'],
  activities: ['activities'],
  'organiser.name': ['organiser_name'],
  'organiser.url': ['organiser_url'],
  'organiser.phone': ['organiser_phone'],
  'organiser.email': ['organiser_email'],
  mode: ['mode'],
  venue: ['venue_postcode', 'venue_name'],
  'venue.name': ['venue_name'],
  'venue.address': ['venue_address'],
  'venue.postcode': ['venue_postcode'],
  'venue.lat': ['lat', 'easting'],
  'venue.lng': ['lng', 'northing'],
  schedule: ['days', 'time'],
  'schedule.days': ['days'],
  'schedule.start': ['start', 'time'],
  'schedule.end': ['end', 'time'],
  timing: ['timing'],
  cost: ['cost', 'cost_type'],
  'cost.type': ['cost_type', 'cost'],
  'cost.amount': ['cost_amount', 'cost'],
  'cost.text': ['cost_text', 'cost'],
  intensity: ['intensity'],
  suitableFor: ['suitable_for'],
  conditions: ['conditions'],
  'ageRange.min': ['age_min', 'age'],
  'ageRange.max': ['age_max', 'age'],
  referral: ['referral'],
  url: ['url'],
  updated: ['updated'],
};

const DEFAULT_CHUNK = 2000;

// The candidate that appears most often in the header line (outside quotes) separates the columns.
function guessDelimiter(headerLine: string): string {
  const unquoted = headerLine.replace(/"[^"]*"/g, '');
  let best = ',';
  let bestCount = 0;
  for (const candidate of [',', ';', '\t', '|']) {
    const count = unquoted.split(candidate).length - 1;
    if (count > bestCount) {
      best = candidate;
      bestCount = count;
    }
  }
  return best;
}

function isBlank(row: readonly string[]): boolean {
  return row.every((cell) => cell.trim() === '');
}

// A spreadsheet of activities (one row each) to Activities. Bytes in, so the encoding can be
// detected. Rows are processed in chunks, yielding to the event loop between them; `onProgress`
// reports records done of the total, and aborting `signal` rejects with an AbortError.
export async function importCsv(input: Uint8Array | ArrayBuffer | string, options: CsvImportOptions = {}): Promise<ImportResult> {
  const file = options.file ?? 'activities.csv';
  const issues: ImportIssue[] = [];
  const activities: Activity[] = [];
  // Declared before the result builder, which early returns call before the header is read.
  const unknown: string[] = [];
  const result = (rows: number): ImportResult => ({
    activities,
    districts: {},
    issues,
    stats: { rows, valid: activities.length, ...countIssues(issues) },
    ...(unknown.length > 0 ? { unknownColumns: [...unknown] } : {}),
  });
  const fileIssue = (level: ImportIssue['level'], message: string, row?: number) => issues.push(makeIssue({ file, row }, level, message));
  throwIfAborted(options.signal);

  const decoded = decodeText(input);
  if (decoded.encoding === 'windows-1252') {
    fileIssue('warning', 'expected UTF-8 text, found other bytes; read as Windows-1252 (an Excel export). Check that £ and accented letters look right, or save as "CSV UTF-8".');
  }
  const text = decoded.text;
  if (text.trim() === '') {
    fileIssue('error', 'expected a header row and activity rows, found an empty file');
    return result(0);
  }

  // Delimiter and line ending come from the header line; Excel in some locales writes semicolons.
  const delimiter = guessDelimiter(text.slice(0, Math.max(0, text.indexOf('\n')) || 65536));
  const newline = /\r\n/.test(text.slice(0, text.indexOf('\n') + 1)) ? '\r\n' : '\n';
  const chunkSize = Math.max(1, options.chunkSize ?? DEFAULT_CHUNK);
  const slices = sliceCsvRecords(text, delimiter, chunkSize);
  const totalRecords = slices.reduce((n, s) => n + s.records, 0);
  const total = Math.max(0, totalRecords - 1);

  // Header: explicit mapping first, then known spellings; anything else is listed once.
  const headerRow = Papa.parse<string[]>(sliceText(text, slices[0]!), { delimiter, newline, preview: 1 }).data[0] ?? [];
  const explicit = new Map<string, CsvField>();
  for (const [from, to] of Object.entries(options.map ?? {})) {
    if (!isCsvField(to)) {
      fileIssue('error', `column mapping "${shortValue(from, 40)}=${shortValue(to, 40)}": expected one of ${CSV_FIELDS.join(', ')}, found "${shortValue(to, 40)}"`);
      continue;
    }
    explicit.set(normaliseHeader(from), to);
  }
  const columns: (CsvField | undefined)[] = [];
  const headerOf = new Map<CsvField, string>();
  headerRow.forEach((raw, index) => {
    const label = raw.replace(/^\ufeff/, '').trim();
    const field = explicit.get(normaliseHeader(label)) ?? fieldForHeader(label);
    if (field === undefined) {
      if (label !== '') unknown.push(label);
      columns.push(undefined);
    } else if (field === 'ignore') {
      columns.push(undefined);
    } else if (headerOf.has(field)) {
      fileIssue('warning', `columns "${headerOf.get(field)}" and "${label}" both hold ${field}; the first is used`, 1);
      columns.push(undefined);
    } else {
      headerOf.set(field, label || `column ${index + 1}`);
      columns.push(field);
    }
  });
  for (const from of explicit.keys()) {
    if (!headerRow.some((h) => normaliseHeader(h) === from)) fileIssue('warning', `column mapping names "${from}", but the file has no such column`, 1);
  }
  if (!headerOf.has('name')) {
    fileIssue('error', `expected a name column (name, title or activity name), found ${headerRow.length > 0 ? headerRow.map((h) => `"${shortValue(h, 30)}"`).join(', ') : 'no header'}`, 1);
    return result(total);
  }
  if (unknown.length > 0) {
    issues.push({ ...makeIssue({ file, row: 1 }, 'warning', `unknown column${unknown.length > 1 ? 's' : ''} ignored: ${unknown.map((u) => `"${shortValue(u, 40)}"`).join(', ')}`), value: shortValue(unknown.join(', '), 200) });
  }
  if (!headerOf.has('venue_postcode') && !headerOf.has('lat') && !headerOf.has('easting')) {
    fileIssue('warning', 'no postcode or coordinate columns: activities cannot be found by distance', 1);
  }

  const header = (field: CsvField) => headerOf.get(field) ?? field;
  const fieldName = (path: string) => {
    const fields = PATH_FIELDS[path] ?? PATH_FIELDS[path.split('.')[0]!];
    const used = fields?.find((f) => headerOf.has(f)) ?? fields?.[0];
    return used ? header(used) : path;
  };
  const lookup = toLookup(options.districts);
  const seen = new Map<string, number>();
  let rows = 0;
  let done = 0;

  for (const slice of slices) {
    throwIfAborted(options.signal);
    const body = sliceText(text, slice);
    const parsed = body === '' ? { data: [[]] as string[][], errors: [] } : Papa.parse<string[]>(body, { delimiter, newline });
    const rowErrors = new Map<number, string>();
    for (const e of parsed.errors) if (e.row !== undefined && !rowErrors.has(e.row)) rowErrors.set(e.row, e.message);
    parsed.data.forEach((record, i) => {
      const recordIndex = slice.firstRecord + i;
      if (recordIndex === 0) return;
      const rowNumber = recordIndex + 1;
      if (isBlank(record)) return;
      rows++;
      const ctx = { file, row: rowNumber };
      const parseError = rowErrors.get(i);
      if (parseError) {
        issues.push(makeIssue(ctx, 'error', `expected well-formed CSV, found a problem: ${parseError}`));
        return;
      }
      const cells: RowCells = {};
      record.forEach((value, c) => {
        const field = columns[c];
        if (field) cells[field] = value;
      });
      if (record.length > headerRow.length && record.slice(headerRow.length).some((v) => v.trim() !== '')) {
        issues.push(makeIssue(ctx, 'warning', `expected ${headerRow.length} columns, found ${record.length}; the extra cells were ignored (a comma inside an unquoted cell?)`));
      }
      const before = issues.length;
      const draft = csvRowToDraft(cells, ctx, header, issues);
      const rowHasError = issues.slice(before).some((issue) => issue.level === 'error');
      if (draft.id === undefined) {
        const schedule = (draft.schedule as { days: string[]; start?: string }[])[0];
        draft.id = stableId(String(draft.name), cells.venue_postcode, schedule?.days.join(','), schedule?.start);
      }
      const activity = finaliseActivity(draft, { ...ctx, fieldName }, { ...options, lookup }, issues);
      if (!activity || rowHasError) return;
      const first = seen.get(activity.id);
      if (first !== undefined) {
        issues.push(makeIssue(ctx, 'error', `expected a unique id, found "${shortValue(activity.id, 60)}" already used on row ${first}; this row was not imported`, header('id'), shortValue(activity.id)));
        return;
      }
      seen.set(activity.id, rowNumber);
      activities.push(activity);
    });
    done += slice.records - (slice.firstRecord === 0 ? 1 : 0);
    options.onProgress?.(Math.min(done, total), total);
    if (slice !== slices[slices.length - 1]) await yieldToEventLoop();
  }
  return result(rows);
}
