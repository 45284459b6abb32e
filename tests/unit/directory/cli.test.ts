import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { command as convert } from '../../../utils/cli/commands/convert.ts';
import { command as validate } from '../../../utils/cli/commands/validate.ts';
import { RegionPackSchema } from '../../../utils/directory/schema.ts';

const fixture = (name: string) => join(process.cwd(), 'tests/fixtures/directory', name);

function io() {
  const out: string[] = [];
  const err: string[] = [];
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  stdout.on('data', (c) => out.push(String(c)));
  stderr.on('data', (c) => err.push(String(c)));
  return { io: { stdout, stderr, stdin: new PassThrough() }, out: () => out.join(''), err: () => err.join('') };
}

const dir = mkdtempSync(join(tmpdir(), 'pa-signpost-cli-'));
const districts = join(dir, 'districts.csv');
writeFileSync(districts, 'outcode,latitude,longitude\r\nN7,51.55,-0.12\r\nN5,51.555,-0.097\r\nEC1V,51.528,-0.096\r\nN1,51.538,-0.099\r\nM1,53.48,-2.24\r\n');

describe('pa-signpost validate', () => {
  it('prints a summary and exits 1 when a file has errors', async () => {
    const t = io();
    const code = await validate.run([fixture('messy.csv'), '--now', '2026-11-27'], t.io);
    expect(code).toBe(1);
    expect(t.out()).toContain('messy.csv (csv): 6 rows: 5 ready to publish, 1 with errors (not imported)');
    expect(t.out()).toContain('error: messy.csv row 6, Activity Name: expected a value, found nothing');
  });

  it('exits 0 when there are only warnings, and prints the full report with --json', async () => {
    const t = io();
    const code = await validate.run([fixture('openactive-pre2.json'), '--json', '--districts', districts], t.io);
    expect(code).toBe(0);
    const report = JSON.parse(t.out());
    expect(report).toMatchObject({ ok: true, files: [{ file: 'openactive-pre2.json', format: 'rpde-pages', stats: { rows: 2, valid: 2 } }] });
    expect(report.files[0].issues.length).toBeGreaterThan(0);
  });

  it('exits 2 on wrong usage', async () => {
    const t = io();
    expect(await validate.run([], t.io)).toBe(2);
    expect(await validate.run(['x.csv', '--bogus'], t.io)).toBe(2);
    expect(t.err()).toContain('expected an option such as --json, found "--bogus"');
  });
});

describe('pa-signpost convert', () => {
  it('writes one region pack from CSV and OpenActive inputs, with nearby districts', async () => {
    const out = join(dir, 'pack.json');
    const t = io();
    const code = await convert.run(
      [fixture('messy.csv'), fixture('openactive-pages.json'), '--out', out, '--name', 'Test region', '--publisher', 'Test partnership', '--licence', 'OGL-UK-3.0', '--districts', districts, '--now', '2026-11-27'],
      t.io,
    );
    expect(code).toBe(1); // messy.csv has a row with an error; the pack is still written
    const pack = JSON.parse(readFileSync(out, 'utf8'));
    expect(v.is(RegionPackSchema, pack)).toBe(true);
    expect(pack.activities).toHaveLength(7);
    expect(Object.keys(pack.districts).sort()).toEqual(['EC1V', 'N1', 'N5', 'N7']);
    expect(pack.generated).toBe('2026-11-27');
    expect(t.out()).toContain(`Wrote ${out}: 7 activities, 4 districts.`);
  });

  it('applies --map and takes the header from an input pack', async () => {
    const csv = join(dir, 'mapped.csv');
    writeFileSync(csv, 'Session,Where,Charge\nMorning walk,N7 6QQ,Free\n');
    const out = join(dir, 'mapped.json');
    const t = io();
    const code = await convert.run([csv, '--map', 'Session=name,Where=venue_postcode,Charge=cost', '--out', out, '--name', 'M', '--publisher', 'P', '--licence', 'L'], t.io);
    expect(code).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8')).activities[0]).toMatchObject({ name: 'Morning walk', venue: { postcode: 'N7 6QQ' }, cost: { type: 'free' } });

    const repack = join(dir, 'repack.json');
    expect(await convert.run([fixture('pack-mixed.json'), '--out', repack], io().io)).toBe(1);
    expect(JSON.parse(readFileSync(repack, 'utf8'))).toMatchObject({ name: 'Testshire activities (synthetic)', publisher: 'Testshire Active Partnership' });
  });

  it('asks for what it needs', async () => {
    const t = io();
    expect(await convert.run([fixture('messy.csv')], t.io)).toBe(2);
    expect(await convert.run([fixture('messy.csv'), '--out', join(dir, 'x.json')], t.io)).toBe(2);
    expect(t.err()).toContain('expected --name, --publisher, --licence');
  });
});
