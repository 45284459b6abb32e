import { decodeText } from './decode-text.ts';
import { importCsv, type CsvImportOptions } from './import-csv.ts';
import { importPackChunked } from './import-pack.ts';
import { emptyResult, type ImportResult } from './import-result.ts';
import { makeIssue } from './issue-location.ts';
import { importRpdePages, type RpdePage } from './openactive/import-rpde-pages.ts';
import { isJson } from './openactive/oa-values.ts';
import { parseJson } from './parse-json.ts';
import { PACK_FORMAT } from './schema.ts';

export type DirectoryFormat = 'csv' | 'pack' | 'rpde-page' | 'rpde-pages' | 'json';

// What a file holds, judged by its content, not its name: a region pack, an OpenActive RPDE page
// (or a saved list of { url, body } pages), other JSON, or else a spreadsheet.
export function detectFormat(value: unknown): DirectoryFormat {
  if (isJson(value)) {
    if (value.format === PACK_FORMAT || Array.isArray(value.activities)) return 'pack';
    if (Array.isArray(value.items)) return 'rpde-page';
    return 'json';
  }
  if (Array.isArray(value)) {
    if (value.length > 0 && value.every((p) => isJson(p) && typeof p.url === 'string' && 'body' in p)) return 'rpde-pages';
    return 'json';
  }
  return 'json';
}

function looksLikeJson(text: string): boolean {
  const start = text.trimStart()[0];
  return start === '{' || start === '[';
}

export interface FileImportOptions extends CsvImportOptions {
  file: string;
}

// One file of any supported kind to an ImportResult, with progress and cancel for the big ones.
export async function importFile(input: Uint8Array | ArrayBuffer | string, options: FileImportOptions): Promise<ImportResult & { format: DirectoryFormat }> {
  const text = decodeText(input).text;
  if (!looksLikeJson(text)) return { ...(await importCsv(input, options)), format: 'csv' };
  const parsed = parseJson(text, options.file);
  if (!parsed.ok) {
    const result = emptyResult();
    result.issues.push({ file: options.file, level: 'error', message: parsed.message, value: String(parsed.position) });
    result.stats.errors = 1;
    return { ...result, format: 'json' };
  }
  const format = detectFormat(parsed.value);
  if (format === 'pack') return { ...(await importPackChunked(input, options.file, options)), format };
  if (format === 'rpde-page' || format === 'rpde-pages') {
    const pages: RpdePage[] = format === 'rpde-page' ? [{ url: options.file, body: parsed.value, file: options.file }] : (parsed.value as RpdePage[]).map((p) => ({ ...p, file: options.file }));
    options.onProgress?.(pages.length, pages.length);
    return { ...importRpdePages(pages, options), format };
  }
  const result = emptyResult();
  result.issues.push(makeIssue({ file: options.file }, 'error', `expected a region pack, an OpenActive RPDE page or a CSV file, found JSON of another shape`));
  result.stats.errors = 1;
  return { ...result, format };
}
