import { announceDirectoryChanged } from '../messaging/directory-changed.ts';
import { fetchDirectoryFile, fetchJson } from '../directory/fetch-directory-file.ts';
import { parseImport } from '../directory/parse-import.ts';
import { isDue, listSources, openDirectoryDb, readActiveDirectory, refreshSource } from '../directory/store/index.ts';
import type { PackSource } from '../settings/schema.ts';

export const REFRESH_ALARM = 'pa-signpost-refresh';
const DEFAULT_REFRESH_HOURS = 24 * 7;

// Runs from an hourly alarm: every source loaded from a URL is reloaded when its interval
// (from the settings or policy, else weekly) has passed since its last good copy.
export async function refreshDueSources(packSources: readonly PackSource[], now = new Date()): Promise<string[]> {
  const db = await openDirectoryDb();
  try {
    const messages: string[] = [];
    for (const source of await listSources(db)) {
      if (source.origin.kind !== 'url' || !source.origin.url) continue;
      const hours = packSources.find((p) => p.url === source.origin.url)?.refreshHours ?? DEFAULT_REFRESH_HOURS;
      if (!isDue(source, hours, now)) continue;
      const { districts } = await readActiveDirectory(db);
      const outcome = await refreshSource(db, source, {
        onPublished: announceDirectoryChanged,
        load: async (url, signal) => parseImport(await fetchDirectoryFile(url, signal), {
          districts,
          fetchJson: (next, abort) => fetchJson(next, abort),
          signal: signal ?? new AbortController().signal,
          onProgress: () => undefined,
        }),
      });
      messages.push(outcome.message);
    }
    return messages;
  } finally {
    db.close();
  }
}
