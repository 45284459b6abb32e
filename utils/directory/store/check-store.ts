import * as v from 'valibot';
import { ActivitySchema } from '../schema.ts';
import type { DirectoryDatabase, SourceRecord } from './db.ts';
import { versionRange } from './collect-garbage.ts';

export interface SetAside {
  sourceId: string;
  id: string;
  reason: string;
}

export interface StoreCheck {
  setAside: SetAside[];
  repaired: string[];
}

const VersionInfoSchema = v.object({ version: v.number(), importedAt: v.string(), count: v.number(), districtCount: v.number() });
const SourceRecordShape = v.object({
  id: v.string(),
  name: v.string(),
  publisher: v.string(),
  licence: v.string(),
  origin: v.object({ kind: v.picklist(['bundled', 'file', 'url']) }),
  active: VersionInfoSchema,
});

// Storage can be damaged (a browser bug, a disk fault, a hand edit in devtools). Every live
// activity is checked against the schema; one that fails is taken out of the live version and
// reported by source, id and reason, never used and never silently dropped. A source record that
// is unreadable is removed from the list (its rows are then collected) and reported.
export async function checkStore(db: DirectoryDatabase): Promise<StoreCheck> {
  const result: StoreCheck = { setAside: [], repaired: [] };
  const tx = db.transaction(['sources', 'activityChunks'], 'readwrite');
  const sources = tx.objectStore('sources');
  const chunks = tx.objectStore('activityChunks');
  for (const raw of (await sources.getAll()) as unknown[]) {
    const shape = v.safeParse(SourceRecordShape, raw);
    if (!shape.success) {
      const id = typeof (raw as { id?: unknown })?.id === 'string' ? (raw as { id: string }).id : undefined;
      if (id !== undefined) await sources.delete(id);
      result.repaired.push(`source ${id ?? '(no id)'}: ${shape.issues[0].message} at ${v.getDotPath(shape.issues[0]) ?? 'the record'}; removed`);
      continue;
    }
    const source = raw as SourceRecord;
    let removed = 0;
    let kept = 0;
    for (const chunk of await chunks.getAll(versionRange(source.id, source.active.version))) {
      // A block of listings that is not even a list cannot be read at all; it is removed and
      // reported, and the source's count is recounted from what remains.
      if (!Array.isArray(chunk.activities)) {
        await chunks.delete([chunk.sourceId, chunk.version, chunk.chunk]);
        result.setAside.push({ sourceId: source.id, id: `(block ${chunk.chunk})`, reason: `activities: expected a list of listings, found ${chunk.activities === null ? 'null' : typeof chunk.activities}` });
        removed++;
        continue;
      }
      const valid = chunk.activities.filter((activity) => {
        const check = v.safeParse(ActivitySchema, activity);
        if (check.success) return true;
        const id = typeof (activity as { id?: unknown })?.id === 'string' ? (activity as { id: string }).id : '(no id)';
        result.setAside.push({ sourceId: source.id, id, reason: `${v.getDotPath(check.issues[0]) ?? 'activity'}: ${check.issues[0].message}` });
        return false;
      });
      kept += valid.length;
      if (valid.length !== chunk.activities.length) {
        removed += chunk.activities.length - valid.length;
        await chunks.put({ ...chunk, activities: valid });
      }
    }
    if (removed > 0) {
      await sources.put({ ...source, active: { ...source.active, count: kept } });
      result.repaired.push(`${source.name}: ${removed} damaged ${removed === 1 ? 'listing' : 'listings'} set aside`);
    }
  }
  await tx.done;
  return result;
}
