import type { Activity, Districts } from '../schema.ts';
import type { DirectoryDatabase, SourceRecord } from './db.ts';
import { versionRange } from './collect-garbage.ts';

export interface ActiveDirectory {
  sources: SourceRecord[];
  activities: Activity[];
  districts: Districts;
}

// Everything readers may see: the live version of each source, read in one transaction so an
// import publishing at the same moment is seen either wholly or not at all.
export async function readActiveDirectory(db: DirectoryDatabase): Promise<ActiveDirectory> {
  const tx = db.transaction(['sources', 'activityChunks', 'districts']);
  const sources = await tx.objectStore('sources').getAll();
  const activities: Activity[] = [];
  const districts: Districts = {};
  for (const source of sources) {
    const range = versionRange(source.id, source.active.version);
    for (const row of await tx.objectStore('activityChunks').getAll(range)) for (const activity of row.activities) activities.push(activity);
    for (const row of await tx.objectStore('districts').getAll(range)) districts[row.outcode] ??= { lat: row.lat, lng: row.lng };
  }
  await tx.done;
  return { sources, activities, districts };
}

export async function readSourceActivities(db: DirectoryDatabase, sourceId: string): Promise<{ source: SourceRecord; activities: Activity[]; districts: Districts }> {
  const tx = db.transaction(['sources', 'activityChunks', 'districts']);
  const source = await tx.objectStore('sources').get(sourceId);
  if (!source) throw new Error(`expected a directory source "${sourceId}", found none`);
  const range = versionRange(source.id, source.active.version);
  const activities = (await tx.objectStore('activityChunks').getAll(range)).flatMap((row) => row.activities);
  const districts: Districts = {};
  for (const row of await tx.objectStore('districts').getAll(range)) districts[row.outcode] = { lat: row.lat, lng: row.lng };
  await tx.done;
  return { source, activities, districts };
}
