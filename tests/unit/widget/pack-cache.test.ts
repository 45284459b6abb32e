import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openPackCache } from '../../../utils/widget/pack-cache.ts';

const pack = new Uint8Array(readFileSync(resolve(process.cwd(), 'public/packs/sample-camden-islington.json')));

describe('widget pack cache', () => {
  it('caches the pack, skips an unchanged copy, and keeps working offline', async () => {
    const name = `widget-${Math.random()}`;
    const cache = await openPackCache(name);
    expect((await cache.cached()).activities).toHaveLength(0);
    expect(await cache.revalidate('https://host.example/pack.json', async () => pack)).toEqual({ changed: true });
    expect(await cache.revalidate('https://host.example/pack.json', async () => pack)).toEqual({ changed: false });
    const offline = await cache.revalidate('https://host.example/pack.json', async () => { throw new TypeError('Failed to fetch'); });
    expect(offline.error).toMatch(/could not load .*using the saved copy/);
    expect((await cache.cached()).activities).toHaveLength(34);
    cache.close();
  });

  it('refuses a broken pack and keeps the saved copy', async () => {
    const cache = await openPackCache(`widget-${Math.random()}`);
    await cache.revalidate('https://host.example/pack.json', async () => pack);
    const outcome = await cache.revalidate('https://host.example/pack.json', async () => new TextEncoder().encode('{"format": "pa-signpost-region-pack", "activities": ['));
    expect(outcome.changed).toBe(false);
    expect(outcome.error).toMatch(/expected a valid region pack/);
    expect((await cache.cached()).activities).toHaveLength(34);
    cache.close();
  });
});
