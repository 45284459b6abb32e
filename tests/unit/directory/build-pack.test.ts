import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { buildPack, mergeResults } from '../../../utils/directory/build-pack.ts';
import { importCsv } from '../../../utils/directory/import-csv.ts';
import { importPack } from '../../../utils/directory/import-pack.ts';
import { RegionPackSchema } from '../../../utils/directory/schema.ts';

// Synthetic table: three districts close together in north London and two far away.
const national = {
  N7: { lat: 51.55, lng: -0.12 },
  N5: { lat: 51.555, lng: -0.097 },
  N1: { lat: 51.538, lng: -0.099 },
  M1: { lat: 53.48, lng: -2.24 },
  LS9: { lat: 53.8, lng: -1.51 },
};
const header = { name: 'Test region', publisher: 'Test partnership', licence: 'OGL-UK-3.0' };

describe('buildPack', () => {
  it('merges results, keeps nearby districts only, and validates as a region pack', async () => {
    const csv = await importCsv('name,postcode,cost\nWalk,N7 6QQ,Free\nSwim,N5 1RR,£3\n', { file: 'a.csv', districts: national });
    const pack = buildPack(header, [csv], { districts: national, now: new Date('2026-11-27T00:00:00Z') });
    expect(v.is(RegionPackSchema, pack)).toBe(true);
    expect(Object.keys(pack.districts)).toEqual(['N1', 'N5', 'N7']);
    expect(pack).toMatchObject({ format: 'pa-signpost-region-pack', version: 1, generated: '2026-11-27', name: 'Test region' });
    expect(pack.activities.map((a) => a.name)).toEqual(['Walk', 'Swim']);
    // And it reads back through the pack importer unchanged.
    const back = importPack(JSON.stringify(pack), 'pack.json', { now: new Date('2026-11-27T00:00:00Z') });
    expect(back.issues.filter((i) => i.level === 'error')).toEqual([]);
    expect(back.activities).toEqual(pack.activities);
  });

  it('keeps referenced districts even far from any coordinate, and honours the radius', async () => {
    const csv = await importCsv('name,postcode,lat,lng,cost\nFar walk,LS9 8AA,51.55,-0.12,Free\n', { file: 'b.csv' });
    const pack = buildPack(header, [csv], { districts: national, radiusKm: 1 });
    expect(Object.keys(pack.districts).sort()).toEqual(['LS9', 'N7']);
  });

  it('reports an id used in two files and keeps the first', async () => {
    const a = await importCsv('id,name,cost\nx,First,Free\n', { file: 'a.csv' });
    const b = await importCsv('id,name,cost\nx,Second,Free\n', { file: 'b.csv' });
    const merged = mergeResults([a, b]);
    expect(merged.activities.map((x) => x.name)).toEqual(['First']);
    expect(merged.issues.find((i) => i.level === 'error')?.message).toMatch(/expected a unique id across files, found "x" again/);
    expect(buildPack(header, [a, b]).activities).toHaveLength(1);
  });

  it('refuses an invalid header', () => {
    expect(() => buildPack({ ...header, name: '' }, [])).toThrow(/pack header name/);
  });
});
