import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Activity } from '../schema.ts';

// The directory database. Only modules in this folder open it: they are its one owner.
// Patient context never comes here; only directory data and its metadata do.

export const DB_NAME = 'pa-signpost-directory';
export const DB_VERSION = 1;

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

export interface ActivityRow {
  sourceId: string;
  version: number;
  id: string;
  activity: Activity;
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
  activities: { key: [string, number, string]; value: ActivityRow; indexes: { byVersion: [string, number] } };
  districts: { key: [string, number, string]; value: DistrictRow; indexes: { byVersion: [string, number] } };
  staging: { key: [string, number]; value: StagingRow };
  meta: { key: string; value: number };
}

export type DirectoryDatabase = IDBPDatabase<DirectoryDb>;

export async function openDirectoryDb(name = DB_NAME): Promise<DirectoryDatabase> {
  const db: DirectoryDatabase = await openDB<DirectoryDb>(name, DB_VERSION, {
    upgrade(db, oldVersion) {
      // Each step upgrades from the version before it, so any earlier database reaches the current one.
      if (oldVersion < 1) {
        db.createObjectStore('sources', { keyPath: 'id' });
        db.createObjectStore('activities', { keyPath: ['sourceId', 'version', 'id'] }).createIndex('byVersion', ['sourceId', 'version']);
        db.createObjectStore('districts', { keyPath: ['sourceId', 'version', 'outcode'] }).createIndex('byVersion', ['sourceId', 'version']);
        db.createObjectStore('staging', { keyPath: ['sourceId', 'version'] });
        db.createObjectStore('meta');
      }
    },
    blocking() {
      // Another tab needs a newer schema: step aside rather than block its upgrade.
      db.close();
    },
  });
  return db;
}
