import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  collectGarbage,
  deleteSource,
  listSources,
  openDirectoryDb,
  publishImport,
  readActiveDirectory,
  rollbackSource,
  stageImport,
  StorageFullError,
  STALE_STAGING_MS,
  type DirectoryDatabase,
  type SourceHeader,
} from '../../../utils/directory/store/index.ts';
import type { Activity } from '../../../utils/directory/schema.ts';

function activity(id: string, name = `Activity ${id}`): Activity {
  return { id, name, activities: ['Walking'], mode: 'in-person', schedule: [], cost: { type: 'free' }, suitableFor: [], conditions: [] };
}
const many = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => activity(`${prefix}-${i}`));
// Every stored activity row, live or not: what the clean-up tests count.
async function storedActivities(database: DirectoryDatabase): Promise<number> {
  return (await database.getAll('activityChunks')).reduce((n, chunk) => n + chunk.activities.length, 0);
}
const header = (id = 'council'): SourceHeader => ({ id, name: `Source ${id}`, publisher: 'Council', licence: 'OGL', origin: { kind: 'file', fileName: 'x.csv' } });

let db: DirectoryDatabase;
let dbName: string;
beforeEach(async () => {
  dbName = `test-${Math.random()}`;
  db = await openDirectoryDb(dbName);
});
afterEach(() => db.close());

describe('directory store', () => {
  it('publishes an import and shows only the live version', async () => {
    await publishImport(db, header(), many('a', 3), { N7: { lat: 51.55, lng: -0.117 } });
    const live = await readActiveDirectory(db);
    expect(live.activities.map((a) => a.id)).toEqual(['a-0', 'a-1', 'a-2']);
    expect(live.districts.N7).toEqual({ lat: 51.55, lng: -0.117 });
    expect(live.sources[0]).toMatchObject({ id: 'council', active: { count: 3, districtCount: 1 } });
  });

  it('a staged import is invisible until published', async () => {
    await publishImport(db, header(), many('old', 2), {});
    const staged = await stageImport(db, header());
    await staged.add(many('new', 5));
    expect((await readActiveDirectory(db)).activities.map((a) => a.id)).toEqual(['old-0', 'old-1']);
    await staged.publish();
    expect((await readActiveDirectory(db)).activities).toHaveLength(5);
  });

  it('cancel leaves the old directory intact and removes staged rows', async () => {
    await publishImport(db, header(), many('old', 2), {});
    const controller = new AbortController();
    const pending = publishImport(db, header(), many('new', 20), {}, {
      signal: controller.signal,
      chunkSize: 5,
      onProgress: (done) => { if (done >= 10) controller.abort(); },
    });
    await expect(pending).rejects.toThrow();
    expect((await readActiveDirectory(db)).activities.map((a) => a.id)).toEqual(['old-0', 'old-1']);
    expect(await storedActivities(db)).toBe(2);
  });

  it('an interrupted import (no publish, no cancel) is cleaned up once stale, and never shown', async () => {
    await publishImport(db, header(), many('old', 2), {});
    const staged = await stageImport(db, header());
    await staged.add(many('orphan', 4));
    // The tab closed here. A fresh import must not delete a live import's rows...
    expect(await collectGarbage(db, 'council')).toEqual([]);
    expect(await storedActivities(db)).toBe(6);
    // ...but once the marker is stale, the rows go.
    expect(await collectGarbage(db, 'council', { now: Date.now() + STALE_STAGING_MS + 1 })).toEqual([staged.version]);
    expect(await storedActivities(db)).toBe(2);
    expect((await readActiveDirectory(db)).activities).toHaveLength(2);
  });

  it('two imports at once never mix: each version is whole, the last published wins', async () => {
    const first = await stageImport(db, header());
    const second = await stageImport(db, header());
    expect(first.version).not.toBe(second.version);
    await Promise.all([first.add(many('one', 7)), second.add(many('two', 3))]);
    await first.publish();
    await second.publish();
    const ids = (await readActiveDirectory(db)).activities.map((a) => a.id);
    expect(ids).toEqual(['two-0', 'two-1', 'two-2']);
    const [source] = await listSources(db);
    expect(source!.previous?.count).toBe(7);
  });

  it('rollback swaps to the previous version and back', async () => {
    await publishImport(db, header(), many('v1', 2), {});
    await publishImport(db, header(), many('v2', 3), {});
    await rollbackSource(db, 'council');
    expect((await readActiveDirectory(db)).activities.map((a) => a.id)).toEqual(['v1-0', 'v1-1']);
    await rollbackSource(db, 'council');
    expect((await readActiveDirectory(db)).activities).toHaveLength(3);
  });

  it('keeps only the live and previous versions', async () => {
    await publishImport(db, header(), many('v1', 2), {});
    await publishImport(db, header(), many('v2', 2), {});
    await publishImport(db, header(), many('v3', 2), {});
    expect(await storedActivities(db)).toBe(4);
  });

  it('rollback without a previous version fails loudly', async () => {
    await publishImport(db, header(), many('v1', 1), {});
    await expect(rollbackSource(db, 'council')).rejects.toThrow(/no previous version/);
    await expect(rollbackSource(db, 'nope')).rejects.toThrow(/expected a directory source "nope", found none/);
  });

  it('a full disk is reported clearly and loses nothing', async () => {
    await publishImport(db, header(), many('old', 2), {});
    const staged = await stageImport(db, header());
    const original = db.transaction.bind(db);
    const spy = vi.spyOn(db, 'transaction').mockImplementation(((names: never, mode: never) => {
      const tx = original(names, mode);
      if (mode === 'readwrite' && Array.isArray(names) && (names as string[]).includes('activityChunks') && (names as string[]).includes('staging')) {
        (tx.objectStore('activityChunks' as never) as { put: unknown }).put = () => { throw new DOMException('quota', 'QuotaExceededError'); };
      }
      return tx;
    }) as never);
    await expect(staged.add(many('new', 3))).rejects.toBeInstanceOf(StorageFullError);
    spy.mockRestore();
    expect((await readActiveDirectory(db)).activities.map((a) => a.id)).toEqual(['old-0', 'old-1']);
    expect(await storedActivities(db)).toBe(2);
  });

  it('deletes a source and its rows', async () => {
    await publishImport(db, header('a'), many('a', 2), { N1: { lat: 51.5, lng: -0.1 } });
    await publishImport(db, header('b'), many('b', 2), {});
    await deleteSource(db, 'a');
    expect((await listSources(db)).map((s) => s.id)).toEqual(['b']);
    expect(await storedActivities(db)).toBe(2);
    expect(await db.count('districts')).toBe(0);
  });

  it('survives reopening (data persists across sessions)', async () => {
    await publishImport(db, header(), many('p', 2), {});
    db.close();
    db = await openDirectoryDb(dbName);
    expect((await readActiveDirectory(db)).activities).toHaveLength(2);
  });
});

describe('concurrent publishes', () => {
  it('a collection running beside a second publish never removes the version that went live', async () => {
    await publishImport(db, header(), many('a', 5), {});
    const second = await stageImport(db, header());
    await second.add(many('b', 7));
    // The collection starts, then the second import publishes while it is deciding what to keep.
    await Promise.all([collectGarbage(db, 'council'), second.publish()]);
    const live = await readActiveDirectory(db);
    expect(live.sources[0]!.active.count).toBe(7);
    expect(live.activities).toHaveLength(7);
  });
});
