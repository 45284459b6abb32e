import type { Activity, Districts } from '../schema.ts';
import type { DirectoryDatabase, SourceRecord } from './db.ts';
import { stageImport, type SourceHeader } from './stage-import.ts';

export interface PublishOptions {
  signal?: AbortSignal;
  onProgress?: (done: number, total: number) => void;
  chunkSize?: number;
}

// Stage, write in chunks (yielding between them so the page stays responsive and cancel is
// honoured), then publish in one step. Any failure or cancel discards the staged version.
export async function publishImport(
  db: DirectoryDatabase,
  header: SourceHeader,
  activities: readonly Activity[],
  districts: Districts,
  { signal, onProgress, chunkSize = 5000 }: PublishOptions = {},
): Promise<SourceRecord> {
  signal?.throwIfAborted();
  const staged = await stageImport(db, header);
  try {
    await staged.addDistricts(districts);
    for (let start = 0; start < activities.length; start += chunkSize) {
      signal?.throwIfAborted();
      await staged.add(activities.slice(start, start + chunkSize));
      onProgress?.(Math.min(start + chunkSize, activities.length), activities.length);
    }
    signal?.throwIfAborted();
    return await staged.publish();
  } catch (error) {
    await staged.cancel();
    throw error;
  }
}
