import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { importPolicyPacks, policySourceId } from '../../../utils/background/import-policy-packs.ts';
import { parseImport } from '../../../utils/directory/parse-import.ts';
import { listSources, openDirectoryDb, publishImport, readActiveDirectory } from '../../../utils/directory/store/index.ts';
import type { ImportResult } from '../../../utils/directory/import-result.ts';

const PACK_URL = 'https://packs.example.nhs.uk/camden-islington.json';
const packBytes = new Uint8Array(readFileSync(join(process.cwd(), 'public/packs/sample-camden-islington.json')));

// The real sample pack, as if fetched from the policy's address.
const loadPack = async (url: string): Promise<ImportResult> =>
  parseImport({ name: 'camden-islington.json', bytes: packBytes, origin: { kind: 'url', url } }, { districts: {}, fetchJson: async () => ({}), signal: new AbortController().signal, onProgress: () => undefined });

const freshDb = () => {
  const name = `policy-packs-${Math.random()}`;
  return () => openDirectoryDb(name);
};

describe('importPolicyPacks', () => {
  it('publishes a policy address that has no directory yet, so the sidebar has the region with no setting touched', async () => {
    const openDb = freshDb();
    const messages = await importPolicyPacks([{ url: PACK_URL, refreshHours: 24 }], { openDb, load: loadPack, now: () => new Date('2026-11-26T10:00:00Z') });
    expect(messages[0]).toMatch(/loaded \d+ listings from the policy address/);
    const db = await openDb();
    const [source] = await listSources(db);
    expect(source).toMatchObject({ id: policySourceId(PACK_URL), origin: { kind: 'url', url: PACK_URL }, refresh: { lastSuccess: '2026-11-26T10:00:00.000Z' } });
    expect(source!.name).toBeTruthy();
    expect((await readActiveDirectory(db)).activities.length).toBeGreaterThan(0);
    db.close();
  });

  it('leaves an address that is already loaded to the scheduled refresh', async () => {
    const openDb = freshDb();
    const db = await openDb();
    await publishImport(db, { id: 'mine', name: 'Ours', publisher: 'Us', licence: 'OGL', origin: { kind: 'url', url: PACK_URL } }, (await loadPack(PACK_URL)).activities, {});
    db.close();
    const load = vi.fn(loadPack);
    expect(await importPolicyPacks([{ url: PACK_URL, refreshHours: 24 }], { openDb, load })).toEqual([]);
    expect(load).not.toHaveBeenCalled();
  });

  it('a failed fetch changes nothing and says it will try again', async () => {
    const openDb = freshDb();
    const messages = await importPolicyPacks([{ url: PACK_URL, refreshHours: 24 }], { openDb, load: async () => { throw new Error(`${PACK_URL}: expected the file, found HTTP 503`); } });
    expect(messages).toEqual([`${PACK_URL}: could not load the policy address (${PACK_URL}: expected the file, found HTTP 503); will try again`]);
    const db = await openDb();
    expect(await listSources(db)).toEqual([]);
    db.close();
  });

  it('does not open the database when the policy lists no address', async () => {
    const openDb = vi.fn(freshDb());
    expect(await importPolicyPacks([], { openDb })).toEqual([]);
    expect(openDb).not.toHaveBeenCalled();
  });
});
