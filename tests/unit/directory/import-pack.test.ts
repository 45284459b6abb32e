import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { importPack, importPackChunked } from '../../../utils/directory/import-pack.ts';
import { ActivitySchema } from '../../../utils/directory/schema.ts';

const text = readFileSync(join(process.cwd(), 'tests/fixtures/directory/pack-mixed.json'), 'utf8');
const now = new Date('2026-11-27T00:00:00Z');

describe('importPack', () => {
  const result = importPack(new TextEncoder().encode(text), 'pack.json', { now });
  const errors = result.issues.filter((i) => i.level === 'error');
  const warnings = result.issues.filter((i) => i.level === 'warning');

  it('reads the header and the valid districts', () => {
    expect(result.header).toMatchObject({ format: 'pa-signpost-region-pack', version: 1, name: 'Testshire activities (synthetic)', generated: '2026-11-01' });
    expect(result.districts).toEqual({ N7: { lat: 51.55, lng: -0.12 }, N5: { lat: 51.555, lng: -0.097 } });
    expect(errors.filter((e) => e.field?.startsWith('districts')).map((e) => e.field)).toEqual(['districts.bad!', 'districts.N19']);
  });

  it('keeps good activities when others are bad', () => {
    expect(result.activities.map((a) => a.id)).toEqual(['walk-1', 'yoga-2']);
    for (const a of result.activities) expect(v.is(ActivitySchema, a)).toBe(true);
    expect(result.stats).toMatchObject({ rows: 5, valid: 2 });
  });

  it('fills coordinates from the pack\'s own districts with a warning', () => {
    expect(result.activities[0]?.venue).toMatchObject({ lat: 51.55, lng: -0.12 });
    expect(warnings.find((w) => w.item === 'walk-1' && /coordinates filled from the postcode district N7/.test(w.message))).toBeDefined();
  });

  it('keeps HTML as text with a warning, strips bidi overrides, drops unsafe links', () => {
    const yoga = result.activities[1]!;
    expect(yoga.name).toBe('Yoga <script>alert(1)</script>');
    expect(yoga.description).toBe('Gentle yoga');
    expect(yoga.url).toBeUndefined();
    expect(yoga.organiser?.url).toBeUndefined();
    expect(yoga.activities).toEqual(['Hatha Yoga']);
    const about = (field: string) => warnings.filter((w) => w.item === 'yoga-2' && w.field === field).map((w) => w.message);
    expect(about('name').join()).toMatch(/HTML/);
    expect(about('description').join()).toMatch(/direction-changing/);
    expect(about('url').join()).toMatch(/unsafe/);
    expect(about('organiser.url').join()).toMatch(/unsafe/);
  });

  it('reports each bad item by id and field with expected/found', () => {
    const broken = errors.filter((e) => e.item === 'broken-3');
    expect(broken.map((e) => e.field).sort()).toEqual(['conditions', 'mode', 'name', 'suitableFor']);
    expect(broken.find((e) => e.field === 'mode')?.message).toBe('pack.json item broken-3, mode: expected ("in-person" | "online" | "home"), found "teleport"');
    expect(errors.find((e) => e.item === 'activities[3]')?.message).toBe('pack.json item activities[3], activity: expected an activity object, found string');
    expect(errors.find((e) => e.item === 'walk-1')?.message).toMatch(/expected a unique id, found "walk-1" already used by activities\[0\]/);
  });

  it('names the file and position of truncated JSON', () => {
    const cut = importPack(text.slice(0, 900), 'cut.json');
    expect(cut.activities).toEqual([]);
    expect(cut.stats.errors).toBe(1);
    expect(cut.issues[0]?.message).toMatch(/^cut\.json line \d+ column \d+ \(character \d+\): expected complete JSON, found the end of the file; the file looks truncated/);
    const bad = importPack('{"format": "pa-signpost-region-pack",, }', 'bad.json');
    expect(bad.issues[0]?.message).toMatch(/^bad\.json line 1 column \d+ \(character \d+\): expected valid JSON, found ", }"/);
  });

  it('refuses things that are not packs, without throwing', () => {
    expect(importPack('[]', 'a.json').issues[0]?.message).toMatch(/expected a region pack .* found an array/);
    expect(importPack('{}', 'b.json').issues.map((i) => i.field)).toEqual(expect.arrayContaining(['format', 'name', 'activities']));
  });

  it('chunks with progress and can be cancelled', async () => {
    const pack = JSON.parse(text);
    pack.activities = Array.from({ length: 5000 }, (_, i) => ({ ...pack.activities[0], id: `w${i}` }));
    const progress: [number, number][] = [];
    const chunked = await importPackChunked(JSON.stringify(pack), 'big.json', { now, chunkSize: 2000, onProgress: (d, t) => progress.push([d, t]) });
    expect(chunked.activities).toHaveLength(5000);
    expect(progress).toEqual([[2000, 5000], [4000, 5000], [5000, 5000]]);
    const controller = new AbortController();
    const pending = importPackChunked(JSON.stringify(pack), 'big.json', { chunkSize: 1000, signal: controller.signal, onProgress: () => controller.abort() });
    await expect(pending).rejects.toThrow();
  });
});
