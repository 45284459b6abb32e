import type { DirectoryDatabase, SourceRecord } from './db.ts';
import { collectGarbage } from './collect-garbage.ts';

export async function listSources(db: DirectoryDatabase): Promise<SourceRecord[]> {
  const sources = await db.getAll('sources');
  return sources.sort((a, b) => a.name.localeCompare(b.name));
}

// Rollback swaps the live and previous versions, so a second click undoes the rollback.
export async function rollbackSource(db: DirectoryDatabase, sourceId: string): Promise<SourceRecord> {
  const tx = db.transaction('sources', 'readwrite');
  const source = await tx.store.get(sourceId);
  if (!source) throw new Error(`expected a directory source "${sourceId}", found none`);
  if (!source.previous) throw new Error(`source "${source.name}" has no previous version to roll back to`);
  const swapped: SourceRecord = { ...source, active: source.previous, previous: source.active };
  await tx.store.put(swapped);
  await tx.done;
  return swapped;
}

export async function deleteSource(db: DirectoryDatabase, sourceId: string): Promise<void> {
  // The source record goes first and alone, so readers stop seeing it at once; rows follow.
  await db.delete('sources', sourceId);
  await collectGarbage(db, sourceId, { everything: true });
}

export async function recordRefresh(
  db: DirectoryDatabase,
  sourceId: string,
  outcome: { ok: true } | { ok: false; error: string },
  now = new Date(),
): Promise<void> {
  const tx = db.transaction('sources', 'readwrite');
  const source = await tx.store.get(sourceId);
  if (source) {
    const refresh = { ...source.refresh, lastAttempt: now.toISOString() };
    if (outcome.ok) {
      refresh.lastSuccess = now.toISOString();
      delete refresh.lastError;
    } else refresh.lastError = outcome.error;
    await tx.store.put({ ...source, refresh });
  }
  await tx.done;
}
