import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isDue, listSources, openDirectoryDb, publishImport, readActiveDirectory, refreshSource, type DirectoryDatabase } from '../../../utils/directory/store/index.ts';
import type { ImportResult } from '../../../utils/directory/import-result.ts';

const activity = (id: string) => ({ id, name: id, activities: [], mode: 'in-person' as const, schedule: [], cost: { type: 'free' as const }, suitableFor: [], conditions: [] });
const result = (ids: string[]): ImportResult => ({ activities: ids.map(activity), districts: {}, issues: [], stats: { rows: ids.length, valid: ids.length, errors: 0, warnings: 0 } });

let db: DirectoryDatabase;
beforeEach(async () => {
  db = await openDirectoryDb(`refresh-${Math.random()}`);
  await publishImport(db, { id: 'feed', name: 'Council feed', publisher: 'Council', licence: 'OGL', origin: { kind: 'url', url: 'https://feeds.example.org/pack.json' } }, [activity('old')], {});
});
afterEach(() => db.close());

describe('refreshSource', () => {
  it('publishes the new copy and records success', async () => {
    const [source] = await listSources(db);
    const outcome = await refreshSource(db, source!, { load: async () => result(['a', 'b']), now: () => new Date('2026-11-26T10:00:00Z') });
    expect(outcome.ok).toBe(true);
    expect((await readActiveDirectory(db)).activities.map((a) => a.id)).toEqual(['a', 'b']);
    expect((await listSources(db))[0]!.refresh).toEqual({ lastAttempt: '2026-11-26T10:00:00.000Z', lastSuccess: '2026-11-26T10:00:00.000Z' });
  });

  it('a failed refresh keeps the last good copy and says when', async () => {
    const [source] = await listSources(db);
    const outcome = await refreshSource(db, source!, { load: async () => { throw new Error('HTTP 503'); } });
    expect(outcome).toEqual({ ok: false, message: 'Council feed: refresh failed (HTTP 503); the last good copy is still in use' });
    expect((await readActiveDirectory(db)).activities.map((a) => a.id)).toEqual(['old']);
    expect((await listSources(db))[0]!.refresh?.lastError).toBe('HTTP 503');
  });

  it('a feed with no valid listings is a failure, not an empty directory', async () => {
    const [source] = await listSources(db);
    const outcome = await refreshSource(db, source!, { load: async () => ({ ...result([]), stats: { rows: 3, valid: 0, errors: 3, warnings: 0 } }) });
    expect(outcome.ok).toBe(false);
    expect((await readActiveDirectory(db)).activities).toHaveLength(1);
  });

  it('is due after the refresh interval since the last success', async () => {
    const [source] = await listSources(db);
    const later = new Date(Date.parse(source!.active.importedAt) + 25 * 3_600_000);
    expect(isDue(source!, 24, later)).toBe(true);
    expect(isDue(source!, 48, later)).toBe(false);
  });
});
