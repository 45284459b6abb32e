import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS } from '../../../utils/directory/csv-template.ts';
import { importCsv } from '../../../utils/directory/import-csv.ts';
import { importPack } from '../../../utils/directory/import-pack.ts';
import { importRpdePages } from '../../../utils/directory/openactive/import-rpde-pages.ts';
import { ActivitySchema } from '../../../utils/directory/schema.ts';
import { parseDistrictCsv } from '../../../utils/geo/parse-district-csv.ts';

const header = CSV_COLUMNS.map((c) => c.name);
const cellText = fc.oneof(fc.string(), fc.constantFrom('', 'Free', '£3', 'Mon-Fri', '10am-11am', 'N7 6QQ', 'javascript:alert(1)', '"', '\n', '<b>x</b>', '51.5', 'abc'));
const csvRow = fc.array(cellText, { minLength: 0, maxLength: header.length + 2 }).map((cells) => cells.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(','));

const allValid = (activities: unknown[]) => activities.every((a) => v.is(ActivitySchema, a));

describe('importers never throw on arbitrary input', () => {
  it('importCsv on arbitrary bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2000 }), async (bytes) => {
        const result = await importCsv(bytes, { file: 'fuzz.csv' });
        expect(Array.isArray(result.issues)).toBe(true);
        expect(allValid(result.activities)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('importCsv on arbitrary rows under the template header', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(csvRow, { maxLength: 20 }), async (rows) => {
        const result = await importCsv([header.join(','), ...rows].join('\n'), { file: 'fuzz.csv', districts: { N7: { lat: 51.55, lng: -0.12 } } });
        expect(result.stats.valid).toBe(result.activities.length);
        expect(result.stats.valid).toBeLessThanOrEqual(result.stats.rows);
        expect(allValid(result.activities)).toBe(true);
        // Every rejected row has at least one error naming its row.
        if (result.stats.valid < result.stats.rows) expect(result.issues.some((i) => i.level === 'error')).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('importPack on arbitrary text and arbitrary JSON', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (text) => {
        const result = importPack(text, 'fuzz.json');
        expect(allValid(result.activities)).toBe(true);
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.array(fc.anything(), { maxLength: 5 }), fc.dictionary(fc.string(), fc.anything()), (activities, districts) => {
        const pack = { format: 'pa-signpost-region-pack', version: 1, name: 'n', publisher: 'p', licence: 'l', generated: '2026-01-01', districts, activities };
        const result = importPack(JSON.stringify(pack) ?? '', 'fuzz.json');
        expect(result.stats.rows).toBe(activities.length);
        expect(allValid(result.activities)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('importPack on truncated packs reports instead of throwing', () => {
    const pack = JSON.stringify({ format: 'pa-signpost-region-pack', version: 1, name: 'n', publisher: 'p', licence: 'l', generated: '2026-01-01', districts: {}, activities: [{ id: 'a', name: 'A', activities: [], mode: 'online', schedule: [], cost: { type: 'free' }, suitableFor: [], conditions: [] }] });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: pack.length - 1 }), (cut) => {
        const result = importPack(pack.slice(0, cut), 'cut.json');
        expect(result.issues.length).toBeGreaterThan(0);
        expect(result.activities).toEqual([]);
      }),
    );
  });

  it('importRpdePages and parseDistrictCsv on arbitrary values', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ url: fc.webUrl(), body: fc.anything() }), { maxLength: 4 }), (pages) => {
        expect(allValid(importRpdePages(pages).activities)).toBe(true);
      }),
      { numRuns: 200 },
    );
    fc.assert(
      fc.property(fc.string(), (text) => {
        parseDistrictCsv(`outcode,latitude,longitude\n${text}`, 'd.csv');
        parseDistrictCsv(text, 'd.csv');
      }),
      { numRuns: 200 },
    );
  });
});
