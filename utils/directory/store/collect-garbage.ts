import type { DirectoryDatabase } from './db.ts';

// A staging marker untouched for this long belongs to an import that died (tab closed, extension
// reloaded). Live imports refresh it with every chunk they write.
export const STALE_STAGING_MS = 5 * 60 * 1000;

// Key ranges over compound keys: arrays sort after numbers and strings, so [x, []] bounds every [x, ...].
export const sourceRange = (sourceId: string) => IDBKeyRange.bound([sourceId], [sourceId, []]);
export const versionRange = (sourceId: string, version: number) => IDBKeyRange.bound([sourceId, version], [sourceId, version, []]);

// Deletes rows of versions that are neither active, previous, nor being written by a live import.
export async function collectGarbage(
  db: DirectoryDatabase,
  sourceId: string,
  { includeVersion, everything = false, now = Date.now() }: { includeVersion?: number; everything?: boolean; now?: number } = {},
): Promise<number[]> {
  const source = await db.get('sources', sourceId);
  const keep = new Set<number>();
  const staging = await db.getAll('staging', sourceRange(sourceId));
  if (!everything) {
    if (source) {
      keep.add(source.active.version);
      if (source.previous) keep.add(source.previous.version);
    }
    for (const row of staging) if (now - row.heartbeat < STALE_STAGING_MS) keep.add(row.version);
  }
  if (includeVersion !== undefined) keep.delete(includeVersion);

  const versions = new Set<number>(staging.map((row) => row.version));
  for (const storeName of ['activities', 'districts'] as const) {
    let cursor = await db.transaction(storeName).store.index('byVersion').openKeyCursor(sourceRange(sourceId), 'nextunique');
    while (cursor) {
      versions.add(cursor.key[1]);
      cursor = await cursor.continue();
    }
  }
  const doomed = [...versions].filter((version) => !keep.has(version));
  if (doomed.length === 0) return doomed;
  const tx = db.transaction(['activities', 'districts', 'staging'], 'readwrite');
  for (const version of doomed) {
    void tx.objectStore('activities').delete(versionRange(sourceId, version));
    void tx.objectStore('districts').delete(versionRange(sourceId, version));
    void tx.objectStore('staging').delete([sourceId, version]);
  }
  await tx.done;
  return doomed;
}
