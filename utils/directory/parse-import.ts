import { detectFormat, importFile } from './import-file.ts';
import type { ImportResult } from './import-result.ts';
import { crawlRpde } from './openactive/crawl-rpde.ts';
import { parseJson } from './parse-json.ts';
import { decodeText } from './decode-text.ts';
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
