import { browser } from 'wxt/browser';
import { announceDirectoryChanged } from '../messaging/directory-changed.ts';
import { importPack } from '../directory/import-pack.ts';
import { listSources, openDirectoryDb, publishImport } from '../directory/store/index.ts';

export const SAMPLE_PACK_PATH = '/packs/sample-camden-islington.json';
export const SAMPLE_SOURCE_ID = 'sample-camden-islington';

// First install only: a service trying the extension sees it working straight away. The pack is
// marked as sample data everywhere it shows, and an admin can delete it.
export async function seedSamplePack(): Promise<void> {
  const db = await openDirectoryDb();
  try {
    if ((await listSources(db)).length > 0) return;
    const response = await fetch(browser.runtime.getURL(SAMPLE_PACK_PATH as '/'));
    const result = importPack(new Uint8Array(await response.arrayBuffer()), SAMPLE_PACK_PATH.slice(1));
    const header = result.header;
    if (!header?.name || !header.publisher || !header.licence) throw new Error(`sample pack: expected a valid pack header, found ${JSON.stringify(result.issues.slice(0, 3))}`);
    await publishImport(
      db,
      { id: SAMPLE_SOURCE_ID, name: header.name, publisher: header.publisher, licence: header.licence, attribution: header.attribution, generated: header.generated, sample: true, origin: { kind: 'bundled' } },
      result.activities,
      result.districts,
    );
    await announceDirectoryChanged();
  } finally {
    db.close();
  }
}
