import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectFormat, importFile } from '../../../utils/directory/import-file.ts';
import { importFiles } from '../../../utils/directory/import-files.ts';

const bytes = (name: string) => new Uint8Array(readFileSync(join(process.cwd(), 'tests/fixtures/directory', name)));

describe('importFile', () => {
  it('detects the format by content, whatever the file is called', async () => {
    expect((await importFile(bytes('messy.csv'), { file: 'x.json' })).format).toBe('csv');
    expect((await importFile(bytes('pack-mixed.json'), { file: 'x.csv' })).format).toBe('pack');
    expect((await importFile(bytes('openactive-pages.json'), { file: 'x' })).format).toBe('rpde-pages');
    const page = JSON.stringify({ items: [], next: 'x' });
    expect((await importFile(page, { file: 'p.json' })).format).toBe('rpde-page');
    const other = await importFile('{"hello": 1}', { file: 'o.json' });
    expect(other.issues[0]?.message).toMatch(/expected a region pack, an OpenActive RPDE page or a CSV file/);
    expect(detectFormat([1, 2])).toBe('json');
  });

  it('reads RPDE pages saved as separate files as one feed', async () => {
    const pages = JSON.parse(readFileSync(join(process.cwd(), 'tests/fixtures/directory/openactive-pages.json'), 'utf8')) as { body: unknown }[];
    const files = pages.map((p, i) => ({ name: `page${i + 1}.json`, bytes: new TextEncoder().encode(JSON.stringify(p.body)) }));
    const results = await importFiles(files, { now: new Date('2026-11-27T00:00:00Z') });
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({ format: 'rpde-pages', file: 'page1.json, page2.json, page3.json' });
    expect(results[0]!.activities).toHaveLength(2);
    expect(results[0]!.issues.some((i) => /not read to its end/.test(i.message))).toBe(false);
    expect(results[0]!.issues.find((i) => /in order of modified/.test(i.message))?.file).toBe('page2.json');
  });
});
