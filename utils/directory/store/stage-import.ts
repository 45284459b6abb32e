import type { Activity, Districts } from '../schema.ts';
import { CHUNK_SIZE, type DirectoryDatabase, type SourceOrigin, type SourceRecord, type VersionInfo } from './db.ts';
import { collectGarbage } from './collect-garbage.ts';

export interface SourceHeader {
  id: string;
  name: string;
  publisher: string;
  licence: string;
  attribution?: string;
  generated?: string;
  sample?: boolean;
  origin: SourceOrigin;
}

export interface StagedImport {
  readonly version: number;
  add(activities: readonly Activity[]): Promise<void>;
  addDistricts(districts: Districts): Promise<void>;
  publish(): Promise<SourceRecord>;
  cancel(): Promise<void>;
}

export class StorageFullError extends Error {
  constructor(cause: unknown) {
    super('The browser refused to store more data (storage is full). Nothing was changed: the current directory is intact.');
    this.name = 'StorageFullError';
    this.cause = cause;
  }
}


// Writes a new version beside the live one. Readers only ever see `active`, so until publish()
// flips the pointer (one transaction) a crash, a cancel or a full disk leaves the directory as it was.
export async function stageImport(db: DirectoryDatabase, header: SourceHeader): Promise<StagedImport> {
  const version = await allocateVersion(db, header.id);
  let count = 0;
  let chunk = 0;
  let districtCount = 0;
  let closed = false;

  const guard = () => {
    if (closed) throw new Error(`import of ${header.id} version ${version} is already finished`);
  };

  const write = async (run: () => Promise<void>) => {
    try {
      await run();
    } catch (error) {
      if (isQuotaError(error)) {
        await discard();
        throw new StorageFullError(error);
      }
      throw error;
    }
  };

  const discard = async () => {
    closed = true;
    await collectGarbage(db, header.id, { includeVersion: version });
  };

  return {
    version,
    async add(activities) {
      guard();
      if (activities.length === 0) return;
      // One transaction per call: the caller's batches bound how long each write holds the store.
      await write(async () => {
        const tx = db.transaction(['activityChunks', 'staging'], 'readwrite');
        const store = tx.objectStore('activityChunks');
        for (let start = 0; start < activities.length; start += CHUNK_SIZE) {
          void store.put({ sourceId: header.id, version, chunk: chunk++, activities: activities.slice(start, start + CHUNK_SIZE) });
        }
        void tx.objectStore('staging').put({ sourceId: header.id, version, startedAt: new Date().toISOString(), heartbeat: Date.now() });
        await tx.done;
      });
      count += activities.length;
    },
    async addDistricts(districts) {
      guard();
      await write(async () => {
        const tx = db.transaction('districts', 'readwrite');
        for (const [outcode, { lat, lng }] of Object.entries(districts)) {
          void tx.store.put({ sourceId: header.id, version, outcode, lat, lng });
          districtCount++;
        }
        await tx.done;
      });
    },
    async publish() {
      guard();
      closed = true;
      const tx = db.transaction(['sources', 'staging'], 'readwrite');
      const sources = tx.objectStore('sources');
      const existing = await sources.get(header.id);
      const active: VersionInfo = { version, importedAt: new Date().toISOString(), count, districtCount, generated: header.generated };
      const record: SourceRecord = {
        id: header.id,
        name: header.name,
        publisher: header.publisher,
        licence: header.licence,
        attribution: header.attribution,
        sample: header.sample,
        origin: header.origin,
        active,
        previous: existing?.active,
        refresh: existing?.refresh,
      };
      await sources.put(record);
      await tx.objectStore('staging').delete([header.id, version]);
      await tx.done;
      // Older versions than the kept previous one are removed after the flip, outside it.
      await collectGarbage(db, header.id);
      return record;
    },
    async cancel() {
      if (closed) return;
      await discard();
    },
  };
}

async function allocateVersion(db: DirectoryDatabase, sourceId: string): Promise<number> {
  // The counter lives in one readwrite transaction, so two tabs importing at once get different versions.
  const tx = db.transaction(['meta', 'staging'], 'readwrite');
  const meta = tx.objectStore('meta');
  const version = ((await meta.get('nextVersion')) ?? 1) as number;
  await meta.put(version + 1, 'nextVersion');
  await tx.objectStore('staging').put({ sourceId, version, startedAt: new Date().toISOString(), heartbeat: Date.now() });
  await tx.done;
  return version;
}

export function isQuotaError(error: unknown): boolean {
  return error instanceof DOMException && (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED');
}
