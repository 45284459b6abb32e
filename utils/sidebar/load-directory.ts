import * as v from 'valibot';
import { ActivitySchema } from '../directory/schema.ts';
import { checkStore, openDirectoryDb, readActiveDirectory, type ActiveDirectory, type DirectoryDatabase } from '../directory/store/index.ts';
import type { DirectoryStatus } from './sidebar-state.ts';

// Damaged stored data (a disk fault, a hand edit in devtools) is never searched: checkStore sets
// it aside with a report (the options page shows what it finds). The live rows are checked in
// memory first, so the usual, undamaged case stays a read-only transaction.
async function readCheckedDirectory(db: DirectoryDatabase): Promise<ActiveDirectory> {
  const directory = await readActiveDirectory(db).catch(() => undefined);
  if (directory && directory.activities.every((activity) => v.is(ActivitySchema, activity))) return directory;
  await checkStore(db);
  return readActiveDirectory(db);
}

// Reads the live directory for the sidebar and summarises where it came from.
export async function loadDirectory(): Promise<{ directory: ActiveDirectory; status: DirectoryStatus }> {
  const db = await openDirectoryDb();
  try {
    const directory = await readCheckedDirectory(db);
    if (directory.sources.length === 0) return { directory, status: { state: 'empty' } };
    // The data is as old as its source says (the pack's generated date), or its import.
    const imports = directory.sources.map((s) => s.active.generated ?? s.active.importedAt).sort();
    return {
      directory,
      status: {
        state: 'ready',
        sourceNames: directory.sources.map((s) => s.name),
        sample: directory.sources.some((s) => s.sample),
        count: directory.activities.length,
        oldestImport: imports[0],
      },
    };
  } finally {
    db.close();
  }
}
