import { describe, expect, it } from 'vitest';
import { openDirectoryDb, readActiveDirectory, listSources, CHUNK_SIZE } from '../../../utils/directory/store/index.ts';

// Lays out a database exactly as schema version 1 did, with raw IndexedDB, so the upgrade is tested
// against real old data. A future version adds its own seeding case here.
async function seedVersion1(name: string, activities: number): Promise<void> {
  const db = await new Promise<IDBDatabase>((ok, fail) => {
    const request = indexedDB.open(name, 1);
    request.onupgradeneeded = () => {
      const raw = request.result;
      raw.createObjectStore('sources', { keyPath: 'id' });
      raw.createObjectStore('activities', { keyPath: ['sourceId', 'version', 'id'] }).createIndex('byVersion', ['sourceId', 'version']);
      raw.createObjectStore('districts', { keyPath: ['sourceId', 'version', 'outcode'] }).createIndex('byVersion', ['sourceId', 'version']);
      raw.createObjectStore('staging', { keyPath: ['sourceId', 'version'] });
      raw.createObjectStore('meta');
    };
    request.onsuccess = () => ok(request.result);
    request.onerror = () => fail(request.error);
  });
  const tx = db.transaction(['sources', 'activities', 'districts', 'meta'], 'readwrite');
  const importedAt = '2026-11-01T10:00:00.000Z';
  tx.objectStore('sources').put({
    id: 'council', name: 'Council', publisher: 'Council', licence: 'OGL', origin: { kind: 'file' },
    active: { version: 2, importedAt, count: activities, districtCount: 1 },
    previous: { version: 1, importedAt, count: 1, districtCount: 0 },
  });
  for (let i = 0; i < activities; i++) {
    tx.objectStore('activities').put({ sourceId: 'council', version: 2, id: `a${String(i).padStart(5, '0')}`, activity: { id: `a${i}`, name: `Activity ${i}`, activities: [], mode: 'in-person', schedule: [], cost: { type: 'free' }, suitableFor: [], conditions: [] } });
  }
  tx.objectStore('activities').put({ sourceId: 'council', version: 1, id: 'old', activity: { id: 'old', name: 'Old', activities: [], mode: 'in-person', schedule: [], cost: { type: 'free' }, suitableFor: [], conditions: [] } });
  tx.objectStore('districts').put({ sourceId: 'council', version: 2, outcode: 'N7', lat: 51.55, lng: -0.117 });
  tx.objectStore('meta').put(3, 'nextVersion');
  await new Promise<void>((ok, fail) => {
    tx.oncomplete = () => ok();
    tx.onerror = () => fail(tx.error);
  });
  db.close();
}

describe('upgrading the directory database', () => {
  it('from version 1 keeps every source, activity, district and the previous version', async () => {
    const name = `upgrade-${Math.random()}`;
    const many = CHUNK_SIZE * 2 + 7;
    await seedVersion1(name, many);
    const db = await openDirectoryDb(name);
    const live = await readActiveDirectory(db);
    expect(live.activities).toHaveLength(many);
    expect(new Set(live.activities.map((a) => a.id)).size).toBe(many);
    expect(live.districts).toEqual({ N7: { lat: 51.55, lng: -0.117 } });
    const [source] = await listSources(db);
    expect(source!.previous?.version).toBe(1);
    expect(db.objectStoreNames.contains('activities' as never)).toBe(false);
    const chunks = await db.getAll('activityChunks');
    expect(chunks.filter((c) => c.version === 1).flatMap((c) => c.activities.map((a) => a.id))).toEqual(['old']);
    db.close();
  });
});
