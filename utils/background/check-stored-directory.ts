import { checkStore, openDirectoryDb } from '../directory/store/index.ts';

// At browser start: damaged stored listings are set aside before any sidebar reads them.
export async function checkStoredDirectory(): Promise<void> {
  const db = await openDirectoryDb();
  try {
    await checkStore(db);
  } finally {
    db.close();
  }
}
