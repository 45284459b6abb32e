import { PACK_FORMAT, PACK_VERSION, type RegionPack } from '../schema.ts';
import type { DirectoryDatabase } from './db.ts';
import { readSourceActivities } from './read-active.ts';

// A loaded source as a region pack: the same format it can be loaded from, so an export can be
// shared with a neighbouring service or kept as a backup.
export async function exportSourceAsPack(db: DirectoryDatabase, sourceId: string, now = new Date()): Promise<RegionPack> {
  const { source, activities, districts } = await readSourceActivities(db, sourceId);
  return {
    format: PACK_FORMAT,
    version: PACK_VERSION,
    name: source.name,
    publisher: source.publisher,
    licence: source.licence,
    ...(source.attribution ? { attribution: source.attribution } : {}),
    generated: (source.active.generated ?? now.toISOString()).slice(0, 10),
    ...(source.sample ? { sample: true } : {}),
    districts,
    activities,
  };
}
