import type { DirectoryDatabase } from './db.ts';

// A staging marker untouched for this long belongs to an import that died (tab closed, extension
// reloaded). Live imports refresh it with every chunk they write.
export const STALE_STAGING_MS = 5 * 60 * 1000;

// Key ranges over compound keys: arrays sort after numbers and strings, so [x, []] bounds every [x, ...].
export const sourceRange = (sourceId: string) => IDBKeyRange.bound([sourceId], [sourceId, []]);
export const versionRange = (sourceId: string, version: number) => IDBKeyRange.bound([sourceId, version], [sourceId, version, []]);

// Deletes rows of versions that are neither active, previous, nor being written by a live import.
// What to keep is decided inside the same readwrite transaction as the deletes: a publish from
// another import cannot slip in between, so a freshly published version is never collected.
export async function collectGarbage(
  db: DirectoryDatabase,
  sourceId: string,
  { includeVersion, everything = false, now = Date.now() }: { includeVersion?: number; everything?: boolean; now?: number } = {},
): Promise<number[]> {
  const tx = db.transaction(['sources', 'activityChunks', 'districts', 'staging'], 'readwrite');
  const source = await tx.objectStore('sources').get(sourceId);
  const staging = await tx.objectStore('staging').getAll(sourceRange(sourceId));
  const keep = new Set<number>();
  if (!everything) {
    if (source) {
      keep.add(source.active.version);
      if (source.previous) keep.add(source.previous.version);
    }
    for (const row of staging) if (now - row.heartbeat < STALE_STAGING_MS) keep.add(row.version);
  }
  if (includeVersion !== undefined) keep.delete(includeVersion);

  const versions = new Set<number>(staging.map((row) => row.version));
  // Every version with rows: jump from one version's first key past the end of that version.
  for (const storeName of ['activityChunks', 'districts'] as const) {
    let cursor = await tx.objectStore(storeName).openKeyCursor(sourceRange(sourceId));
    while (cursor) {
      const version = cursor.key[1];
      versions.add(version);
      cursor = await cursor.continue([sourceId, version, []] as never);
    }
  }
  const doomed = [...versions].filter((version) => !keep.has(version));
  for (const version of doomed) {
    void tx.objectStore('activityChunks').delete(versionRange(sourceId, version));
    void tx.objectStore('districts').delete(versionRange(sourceId, version));
    void tx.objectStore('staging').delete([sourceId, version]);
  }
  await tx.done;
  return doomed;
}
