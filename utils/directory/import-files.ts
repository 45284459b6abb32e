import { decodeText } from './decode-text.ts';
import { importFile, type DirectoryFormat, type FileImportOptions } from './import-file.ts';
import type { ImportResult } from './import-result.ts';
import { importRpdePages, type RpdePage } from './openactive/import-rpde-pages.ts';
import { isJson } from './openactive/oa-values.ts';
import { parseJson } from './parse-json.ts';

export interface NamedBytes {
  name: string;
  bytes: Uint8Array;
}

export interface FileResult extends ImportResult {
  file: string;
  format: DirectoryFormat;
}

// Several files at once (the CLI's FILE...). RPDE pages saved as separate files are read as one
// feed in the order given, each page's URL taken from the previous page's `next`, so the
// last-page rule and item order are checked across them.
export async function importFiles(files: readonly NamedBytes[], options: Omit<FileImportOptions, 'file'> = {}): Promise<FileResult[]> {
  const results: FileResult[] = [];
  const pages: RpdePage[] = [];
  for (const { name, bytes } of files) {
    const text = decodeText(bytes).text;
    const start = text.trimStart()[0];
    if (start === '{') {
      const parsed = parseJson(text, name);
      if (parsed.ok && isJson(parsed.value) && Array.isArray(parsed.value.items) && !Array.isArray(parsed.value.activities)) {
        const previous = pages[pages.length - 1]?.body;
        const url = isJson(previous) && typeof previous.next === 'string' ? previous.next : name;
        pages.push({ url, body: parsed.value, file: name });
        continue;
      }
    }
    const result = await importFile(bytes, { ...options, file: name });
    results.push({ ...result, file: name });
  }
  if (pages.length > 0) {
    const feed = importRpdePages(pages, options);
    results.push({ ...feed, file: pages.map((p) => p.file).join(', '), format: pages.length > 1 ? 'rpde-pages' : 'rpde-page' });
  }
  return results;
}
