import type { ImportResult } from '../import-result.ts';
import type { DirectoryDatabase, SourceRecord } from './db.ts';
import { publishImport } from './publish-import.ts';
import { recordRefresh } from './sources.ts';

export interface RefreshDeps {
  // Fetches and parses the source's URL (pack, CSV or OpenActive feed).
  load(url: string, signal?: AbortSignal): Promise<ImportResult>;
  // Told after a new version is live, so open sidebars can reload.
  onPublished?: () => Promise<void> | void;
  now?: () => Date;
}

export function isDue(source: SourceRecord, refreshHours: number, now: Date): boolean {
  const last = source.refresh?.lastSuccess ?? source.active.importedAt;
  return now.getTime() - Date.parse(last) >= refreshHours * 3_600_000;
}

// Reloads a source from its URL. A failure (network, HTTP, nothing valid) is recorded and the
// last good copy stays live; success publishes a new version like any import.
export async function refreshSource(db: DirectoryDatabase, source: SourceRecord, deps: RefreshDeps, signal?: AbortSignal): Promise<{ ok: boolean; message: string }> {
  const now = deps.now?.() ?? new Date();
  const url = source.origin.url;
  if (source.origin.kind !== 'url' || !url) return { ok: false, message: `${source.name} was not loaded from a web address` };
  try {
    const result = await deps.load(url, signal);
    if (result.activities.length === 0) throw new Error(`${url}: no valid listings (${result.stats.errors} errors)`);
    await publishImport(
      db,
      { id: source.id, name: source.name, publisher: source.publisher, licence: source.licence, attribution: source.attribution, generated: result.header?.generated, origin: source.origin },
      result.activities,
      result.districts,
      signal ? { signal } : {},
    );
    await recordRefresh(db, source.id, { ok: true }, now);
    await deps.onPublished?.();
    return { ok: true, message: `${source.name}: refreshed, ${result.activities.length} listings` };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await recordRefresh(db, source.id, { ok: false, error: message }, now);
    return { ok: false, message: `${source.name}: refresh failed (${message}); the last good copy is still in use` };
  }
}
