import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { activitiesToCsv } from '../../../utils/directory/activities-to-csv.ts';
import { importCsv } from '../../../utils/directory/import-csv.ts';
import { importPack } from '../../../utils/directory/import-pack.ts';

describe('activitiesToCsv', () => {
  it('round-trips the sample pack through the CSV template without losing a listing', async () => {
    const bytes = readFileSync(resolve(process.cwd(), 'public/packs/sample-camden-islington.json'));
    const pack = importPack(bytes, 'sample.json');
    expect(pack.stats.errors).toBe(0);
    const csv = activitiesToCsv(pack.activities);
    const back = await importCsv(csv, { file: 'export.csv', districts: pack.districts, now: new Date('2026-11-26') });
    expect(back.stats.errors).toBe(0);
    expect(back.activities).toHaveLength(pack.activities.length);
    const byId = new Map(back.activities.map((a) => [a.id, a]));
    for (const original of pack.activities) {
      const copy = byId.get(original.id)!;
      expect(copy.name).toBe(original.name);
      expect(copy.cost).toEqual(original.cost);
      expect(copy.schedule).toEqual(original.schedule);
      expect(copy.suitableFor.sort()).toEqual([...original.suitableFor].sort());
      expect(copy.conditions.sort()).toEqual([...original.conditions].sort());
      expect(copy.venue?.postcode).toBe(original.venue?.postcode);
    }
  });
});
