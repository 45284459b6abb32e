import { detectFormat, importFile } from './import-file.ts';
import type { ImportResult } from './import-result.ts';
import { crawlRpde } from './openactive/crawl-rpde.ts';
import { parseJson } from './parse-json.ts';
import { decodeText } from './decode-text.ts';
import { parseDistrictCsv } from '../geo/parse-district-csv.ts';
import type { Districts } from './schema.ts';
import type { SourceOrigin } from './store/db.ts';

export interface ImportInput {
  name: string;
  bytes: Uint8Array;
  origin: SourceOrigin;
}

export interface ParseOptions {
  map?: Record<string, string>;
  signal: AbortSignal;
  onProgress(done: number, total: number): void;
  districts: Districts;
  fetchJson(url: string, signal: AbortSignal): Promise<unknown>;
}

// Reads any directory file the admin brings, by what it contains. An OpenActive feed loaded from a
// URL is followed page by page from that URL; a file from disk is read as the page(s) it holds.
export async function parseImport(input: ImportInput, options: ParseOptions): Promise<ImportResult> {
  const common = { districts: options.districts, signal: options.signal, onProgress: options.onProgress };
  if (isDistrictTable(input.bytes)) {
    // A national (or regional) outcode table: districts only, used to place venues and people.
    const table = parseDistrictCsv(input.bytes, input.name);
    options.onProgress(table.stats.rows, table.stats.rows);
    return { activities: [], districts: table.districts, issues: table.issues, stats: table.stats };
  }
  if (input.origin.kind === 'url' && input.origin.url && isRpdePage(input.bytes, input.name)) {
    return crawlRpde(input.origin.url, (url) => options.fetchJson(url, options.signal), { ...common, maxPages: 5000 });
  }
  return importFile(input.bytes, { ...common, file: input.name, ...(options.map ? { map: options.map } : {}) });
}

function isRpdePage(bytes: Uint8Array, file: string): boolean {
  const text = decodeText(bytes).text;
  if (!/^\s*\{/.test(text)) return false;
  const parsed = parseJson(text, file);
  return parsed.ok && detectFormat(parsed.value) === 'rpde-page';
}

// The format of a postcode-district table: a header of exactly outcode, latitude, longitude.
function isDistrictTable(bytes: Uint8Array): boolean {
  const firstLine = decodeText(bytes.subarray(0, 200)).text.split(/\r?\n/, 1)[0] ?? '';
  return firstLine.replace(/^\ufeff/, '').replace(/\s|"/g, '').toLowerCase() === 'outcode,latitude,longitude';
}
