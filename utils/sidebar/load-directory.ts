import { openDirectoryDb, readActiveDirectory, type ActiveDirectory } from '../directory/store/index.ts';
import type { DirectoryStatus } from './sidebar-state.ts';

// Reads the live directory for the sidebar and summarises where it came from.
export async function loadDirectory(): Promise<{ directory: ActiveDirectory; status: DirectoryStatus }> {
  const db = await openDirectoryDb();
  try {
    const directory = await readActiveDirectory(db);
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
