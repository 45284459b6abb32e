import { describe, expect, it } from 'vitest';
import { checkStore, listSources, openDirectoryDb, publishImport, readActiveDirectory } from '../../../utils/directory/store/index.ts';
import type { Activity } from '../../../utils/directory/schema.ts';

const activity = (id: string): Activity => ({ id, name: `Activity ${id}`, activities: [], mode: 'in-person', schedule: [], cost: { type: 'free' }, suitableFor: [], conditions: [] });

describe('checkStore', () => {
  it('sets damaged listings aside with a report and keeps the rest', async () => {
    const db = await openDirectoryDb(`check-${Math.random()}`);
    await publishImport(db, { id: 'c', name: 'Council', publisher: 'C', licence: 'OGL', origin: { kind: 'file' } }, [activity('a'), activity('b'), activity('c')], {});
    // Damage two stored listings, as a disk fault or a hand edit might.
    const [chunk] = await db.getAll('activityChunks');
    chunk!.activities[1] = { ...chunk!.activities[1]!, mode: 'teleport' as never };
    chunk!.activities[2] = { ...chunk!.activities[2]!, url: 'javascript:alert(1)' };
    await db.put('activityChunks', chunk!);

    const report = await checkStore(db);
    expect(report.setAside.map((s) => [s.id, s.reason.split(':')[0]])).toEqual([['b', 'mode'], ['c', 'url']]);
    expect(report.repaired).toEqual(['Council: 2 damaged listings set aside']);
    expect((await readActiveDirectory(db)).activities.map((a) => a.id)).toEqual(['a']);
    expect((await listSources(db))[0]!.active.count).toBe(1);
    expect(await checkStore(db)).toEqual({ setAside: [], repaired: [] });
    db.close();
  });

  it('removes an unreadable source record and says so', async () => {
    const db = await openDirectoryDb(`check-${Math.random()}`);
    await db.put('sources', { id: 'broken', name: 'Broken' } as never);
    const report = await checkStore(db);
    expect(report.repaired[0]).toMatch(/^source broken: .* removed$/);
    expect(await listSources(db)).toEqual([]);
    db.close();
  });
});
