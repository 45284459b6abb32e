import { fetchDirectoryFile, fetchJson } from '../directory/fetch-directory-file.ts';
import type { ImportResult } from '../directory/import-result.ts';
import { parseImport } from '../directory/parse-import.ts';
import type { Districts } from '../directory/schema.ts';
import { listSources, openDirectoryDb, publishImport, readActiveDirectory, recordRefresh, type DirectoryDatabase } from '../directory/store/index.ts';
import type { PackSource } from '../settings/schema.ts';

export interface ImportPolicyPacksDeps {
  openDb?: () => Promise<DirectoryDatabase>;
  load?: (url: string, districts: Districts) => Promise<ImportResult>;
  now?: () => Date;
}

// IT pushes one policy and a therapist sees the region's directory without touching a setting:
// every policy address with no directory loaded from it yet is fetched and published like an
// admin import. Addresses already present are left to the scheduled refresh. A failure (offline,
// HTTP error, nothing valid) changes nothing and is tried again on the next run.
export async function importPolicyPacks(packSources: readonly PackSource[], deps: ImportPolicyPacksDeps = {}): Promise<string[]> {
  if (packSources.length === 0) return [];
  const db = await (deps.openDb ?? openDirectoryDb)();
  const load = deps.load ?? defaultLoad;
  try {
    const messages: string[] = [];
    const present = new Set((await listSources(db)).map((s) => s.origin.url).filter((url): url is string => url !== undefined));
    for (const { url } of packSources) {
      if (present.has(url)) continue;
      present.add(url);
      try {
        const result = await load(url, (await readActiveDirectory(db)).districts);
        if (result.activities.length === 0) throw new Error(`${url}: expected valid listings, found none (${result.stats.errors} errors)`);
        const header = result.header;
        const id = policySourceId(url);
        const fileName = new URL(url).pathname.split('/').pop()?.replace(/\.[a-z]+$/i, '');
        await publishImport(
          db,
          {
            id,
            name: header?.name ?? (fileName || new URL(url).host),
            publisher: header?.publisher ?? new URL(url).host,
            licence: header?.licence ?? 'Not stated by the publisher',
            ...(header?.attribution ? { attribution: header.attribution } : {}),
            ...(header?.generated ? { generated: header.generated } : {}),
            origin: { kind: 'url', url },
          },
          result.activities,
          result.districts,
        );
        await recordRefresh(db, id, { ok: true }, deps.now?.() ?? new Date());
        messages.push(`${url}: loaded ${result.activities.length} listings from the policy address`);
      } catch (error) {
        messages.push(`${url}: could not load the policy address (${error instanceof Error ? error.message : String(error)}); will try again`);
      }
    }
    return messages;
  } finally {
    db.close();
  }
}

// Stable per address, and apart from the ids the options page derives from directory names.
export function policySourceId(url: string): string {
  const slug = url.replace(/^https?:\/\//i, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60);
  return `policy-${slug || 'directory'}`;
}

async function defaultLoad(url: string, districts: Districts): Promise<ImportResult> {
  const signal = new AbortController().signal;
  return parseImport(await fetchDirectoryFile(url, signal), { districts, fetchJson: (next, abort) => fetchJson(next, abort), signal, onProgress: () => undefined });
}
