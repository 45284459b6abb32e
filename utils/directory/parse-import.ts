import { detectKind } from './detect-kind.ts';
import { importCsv } from './import-csv.ts';
import { importPackChunked } from './import-pack.ts';
import type { ImportResult } from './import-result.ts';
import { crawlRpde } from './openactive/crawl-rpde.ts';
import { importRpdePages } from './openactive/import-rpde-pages.ts';
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

// Reads any directory file the admin brings, by what it contains. An OpenActive feed loaded from
// a URL is followed page by page; one loaded from disk is read as the single page it is.
export async function parseImport(input: ImportInput, options: ParseOptions): Promise<ImportResult> {
  const { kind, json } = detectKind(input.bytes);
  const common = { districts: options.districts, signal: options.signal, onProgress: options.onProgress };
  switch (kind) {
    case 'csv':
      return importCsv(input.bytes, { ...common, file: input.name, ...(options.map ? { map: options.map } : {}) });
    case 'pack':
      return importPackChunked(input.bytes, input.name, common);
    case 'rpde':
      if (input.origin.kind === 'url' && input.origin.url) {
        return crawlRpde(input.origin.url, (url) => options.fetchJson(url, options.signal), { ...common, maxPages: 5000 });
      }
      return importRpdePages([{ url: input.name, body: json }], { districts: options.districts });
    case 'unknown-json':
      throw new Error(`${input.name}: expected a region pack (format "pa-signpost-region-pack") or an OpenActive RPDE page (items and next), found other JSON`);
  }
}
