import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction } from 'idb';
import type { Activity } from '../schema.ts';

// The directory database. Only modules in this folder open it: they are its one owner.
// Patient context never comes here; only directory data and its metadata do.

export const DB_NAME = 'pa-signpost-directory';
export const DB_VERSION = 2;

// Activities per stored record. One record per activity made a 100,000-row import spend most of
// its time in IndexedDB's per-record overhead; a chunk is written and read as one.
export const CHUNK_SIZE = 1000;

export interface SourceOrigin {
  kind: 'bundled' | 'file' | 'url';
  url?: string;
  fileName?: string;
}

export interface VersionInfo {
  version: number;
  importedAt: string;
  count: number;
  districtCount: number;
  generated?: string;
}

export interface SourceRecord {
  id: string;
  name: string;
  publisher: string;
  licence: string;
  attribution?: string;
  sample?: boolean;
  origin: SourceOrigin;
  active: VersionInfo;
  previous?: VersionInfo;
  refresh?: { lastSuccess?: string; lastAttempt?: string; lastError?: string };
}

// Version 1 stored one row per activity; kept to describe what the upgrade reads.
export interface ActivityRow {
  sourceId: string;
  version: number;
  id: string;
  activity: Activity;
}

export interface ActivityChunkRow {
  sourceId: string;
  version: number;
  chunk: number;
  activities: Activity[];
}

export interface DistrictRow {
  sourceId: string;
  version: number;
  outcode: string;
  lat: number;
  lng: number;
}

// A version being written. Publishing deletes this marker in the same transaction that points the
// source at the version, so a marker left behind means an interrupted import whose rows are garbage.
export interface StagingRow {
  sourceId: string;
  version: number;
  startedAt: string;
  heartbeat: number;
}

export interface DirectoryDb extends DBSchema {
  sources: { key: string; value: SourceRecord };
  activityChunks: { key: [string, number, number]; value: ActivityChunkRow };
  districts: { key: [string, number, string]; value: DistrictRow; indexes: { byVersion: [string, number] } };
  staging: { key: [string, number]; value: StagingRow };
  meta: { key: string; value: number };
}

export type DirectoryDatabase = IDBPDatabase<DirectoryDb>;

export async function openDirectoryDb(name = DB_NAME): Promise<DirectoryDatabase> {
  const db: DirectoryDatabase = await openDB<DirectoryDb>(name, DB_VERSION, {
    async upgrade(db, oldVersion, _newVersion, tx) {
      // Each step upgrades from the version before it, so any earlier database reaches the current one.
      const raw = db as unknown as IDBPDatabase;
      if (oldVersion < 1) {
        raw.createObjectStore('sources', { keyPath: 'id' });
        raw.createObjectStore('activities', { keyPath: ['sourceId', 'version', 'id'] }).createIndex('byVersion', ['sourceId', 'version']);
        raw.createObjectStore('districts', { keyPath: ['sourceId', 'version', 'outcode'] }).createIndex('byVersion', ['sourceId', 'version']);
        raw.createObjectStore('staging', { keyPath: ['sourceId', 'version'] });
        raw.createObjectStore('meta');
      }
      if (oldVersion < 2) {
        // Version 2: activities in chunks. Existing rows move across inside the upgrade, so an
        // upgrade that fails part-way leaves version 1 exactly as it was.
        raw.createObjectStore('activityChunks', { keyPath: ['sourceId', 'version', 'chunk'] });
        const oldStore = (tx as unknown as IDBPTransaction<unknown, string[], 'versionchange'>).objectStore('activities');
        const chunks = (tx as unknown as IDBPTransaction<unknown, string[], 'versionchange'>).objectStore('activityChunks');
        let current: ActivityChunkRow | undefined;
        let cursor = await oldStore.openCursor();
        while (cursor) {
          const row = cursor.value as ActivityRow;
          if (!current || current.sourceId !== row.sourceId || current.version !== row.version || current.activities.length >= CHUNK_SIZE) {
            if (current) await chunks.put(current);
            const next: number = current && current.sourceId === row.sourceId && current.version === row.version ? current.chunk + 1 : 0;
            current = { sourceId: row.sourceId, version: row.version, chunk: next, activities: [] };
          }
          current.activities.push(row.activity);
          cursor = await cursor.continue();
        }
        if (current) await chunks.put(current);
        raw.deleteObjectStore('activities');
      }
    },
    blocking() {
      // Another tab needs a newer schema: step aside rather than block its upgrade.
      db.close();
    },
  });
  return db;
}
