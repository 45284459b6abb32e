import { describe, expect, it } from 'vitest';
import type { Activity } from '../../../utils/directory/schema.ts';
import { checkStore, listSources, openDirectoryDb, publishImport, readActiveDirectory } from '../../../utils/directory/store/index.ts';
import { loadDirectory } from '../../../utils/sidebar/load-directory.ts';

const activity = (id: string): Activity => ({ id, name: `Activity ${id}`, activities: ['Walking'], mode: 'in-person', schedule: [], cost: { type: 'free' }, suitableFor: [], conditions: [] });
const header = (id: string) => ({ id, name: `Source ${id}`, publisher: 'P', licence: 'OGL', origin: { kind: 'file' as const } });

describe('damaged stored directory data', () => {
  it('the sidebar never searches a damaged listing: it is set aside and the rest load', async () => {
    const db = await openDirectoryDb();
    await publishImport(db, header('good'), [activity('g1'), activity('g2')], {});
    await publishImport(db, header('bad'), [activity('b1'), activity('b2'), activity('b3')], {});
    const [, badChunk] = (await db.getAll('activityChunks')).sort((a, b) => a.sourceId.localeCompare(b.sourceId)).reverse();
    expect(badChunk!.sourceId).toBe('bad');
    badChunk!.activities[1] = { ...badChunk!.activities[1]!, schedule: 'every day' as never };
    badChunk!.activities[2] = { ...badChunk!.activities[2]!, url: 'javascript:alert(1)' };
    await db.put('activityChunks', badChunk!);
    db.close();

    const { directory, status } = await loadDirectory();
    expect(directory.activities.map((a) => a.id).sort()).toEqual(['b1', 'g1', 'g2']);
    expect(status).toMatchObject({ state: 'ready', count: 3 });

    const again = await openDirectoryDb();
    // Repaired in the store, with counts that match what is there, so the next check is clean.
    expect((await listSources(again)).map((s) => [s.id, s.active.count])).toEqual([['bad', 1], ['good', 2]]);
    expect(await checkStore(again)).toEqual({ setAside: [], repaired: [] });
    again.close();
  });

  it('a block of listings that is not a list is removed and reported; the source keeps its other blocks', async () => {
    const db = await openDirectoryDb(`damaged-${Math.random()}`);
    await publishImport(db, header('s'), Array.from({ length: 1500 }, (_, i) => activity(`a${i}`)), {});
    const chunks = await db.getAll('activityChunks');
    expect(chunks).toHaveLength(2);
    await db.put('activityChunks', { ...chunks[0]!, activities: null as never });
    // Unreadable as it stands: reading the live directory fails outright.
    await expect(readActiveDirectory(db)).rejects.toThrow();

    const report = await checkStore(db);
    expect(report.setAside).toEqual([{ sourceId: 's', id: '(block 0)', reason: 'activities: expected a list of listings, found null' }]);
    expect(report.repaired).toEqual(['Source s: 1 damaged listing set aside']);
    const live = await readActiveDirectory(db);
    expect(live.activities).toHaveLength(500);
    expect((await listSources(db))[0]!.active.count).toBe(500);
    db.close();
  });
});
