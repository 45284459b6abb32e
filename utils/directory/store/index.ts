// The directory store's public face: everything else imports from here.
export { openDirectoryDb, DB_NAME, CHUNK_SIZE, type SourceRecord, type VersionInfo, type DirectoryDatabase } from './db.ts';
export { stageImport, StorageFullError, isQuotaError, type SourceHeader, type StagedImport } from './stage-import.ts';
export { publishImport, type PublishOptions } from './publish-import.ts';
export { listSources, rollbackSource, deleteSource, recordRefresh } from './sources.ts';
export { readActiveDirectory, readSourceActivities, type ActiveDirectory } from './read-active.ts';
export { collectGarbage, STALE_STAGING_MS } from './collect-garbage.ts';
export { exportSourceAsPack } from './export-source.ts';
export { refreshSource, isDue, type RefreshDeps } from './refresh-source.ts';
export { checkStore, type StoreCheck, type SetAside } from './check-store.ts';
