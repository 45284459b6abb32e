import { importPack } from '../directory/import-pack.ts';
import { listSources, openDirectoryDb, publishImport, readActiveDirectory, type ActiveDirectory, type DirectoryDatabase } from '../directory/store/index.ts';

// The widget keeps its directory in the host origin's IndexedDB (it has no extension storage), so
// it works offline after the first load and revalidates against `directory-src` on each start.
export const WIDGET_DB = 'pa-signpost-widget';

export interface PackCache {
  cached(): Promise<ActiveDirectory>;
  // Fetches the pack; publishes it when it differs from the cached copy. Returns whether it changed.
  revalidate(url: string, fetchBytes: (url: string) => Promise<Uint8Array>): Promise<{ changed: boolean; error?: string }>;
  close(): void;
}

export async function openPackCache(dbName = WIDGET_DB): Promise<PackCache> {
  const db: DirectoryDatabase = await openDirectoryDb(dbName);
  return {
    cached: () => readActiveDirectory(db),
    async revalidate(url, fetchBytes) {
      let bytes: Uint8Array;
      try {
        bytes = await fetchBytes(url);
      } catch (error) {
        return { changed: false, error: `could not load ${url}: ${error instanceof Error ? error.message : String(error)}; using the saved copy` };
      }
      const result = importPack(bytes, url);
      const header = result.header;
      if (!header?.name || !header.publisher || !header.licence || result.activities.length === 0) {
        return { changed: false, error: `${url}: expected a valid region pack, found ${result.issues[0]?.message ?? 'no activities'}` };
      }
      const id = sourceIdForUrl(url);
      const existing = (await listSources(db)).find((s) => s.id === id);
      if (existing && existing.active.generated === header.generated && existing.active.count === result.activities.length) return { changed: false };
      await publishImport(
        db,
        { id, name: header.name, publisher: header.publisher, licence: header.licence, attribution: header.attribution, generated: header.generated, sample: header.sample, origin: { kind: 'url', url } },
        result.activities,
        result.districts,
      );
      return { changed: true };
    },
    close: () => db.close(),
  };
}

function sourceIdForUrl(url: string): string {
  let hash = 0;
  for (let i = 0; i < url.length; i++) hash = (Math.imul(hash, 31) + url.charCodeAt(i)) | 0;
  return `url-${(hash >>> 0).toString(36)}`;
}
