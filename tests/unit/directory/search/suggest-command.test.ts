import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { command } from '../../../../utils/cli/commands/suggest.ts';
import { activity, ctx, DISTRICTS, northOfN7 } from './fixtures.ts';

function io() {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (c) => (out += String(c)));
  stderr.on('data', (c) => (err += String(c)));
  return { streams: { stdout, stderr, stdin: new PassThrough() }, out: () => out, err: () => err };
}

const dir = mkdtempSync(join(tmpdir(), 'pa-suggest-'));
const contextFile = join(dir, 'context.json');
writeFileSync(contextFile, JSON.stringify(ctx([['copd', 'present']], { ageYears: 67 })));
const packFile = join(dir, 'pack.json');
writeFileSync(
  packFile,
  JSON.stringify({
    format: 'pa-signpost-region-pack',
    version: 1,
    name: 'Test pack',
    publisher: 'Tests',
    licence: 'CC0',
    generated: '2026-05-01',
    districts: DISTRICTS,
    activities: [
      activity({ id: 'breathe', name: 'Breathe Easy walk', conditions: ['copd'], venue: northOfN7(1) }),
      activity({ id: 'gym', name: 'Gym', activities: ['Gym'], intensity: 'vigorous', cost: { type: 'paid', amount: 6 }, venue: northOfN7(0.5) }),
    ],
  }),
);

describe('pa-signpost suggest', () => {
  it('prints safety, script and ranked options with reasons for a ClinicalContext JSON', async () => {
    const t = io();
    expect(await command.run([contextFile, '--pack', packFile, '--distance', 'walk', '--now', '2026-06-01'], t.streams)).toBe(0);
    expect(t.out()).toMatch(/Local options \(2 of 2\):\n1\. Breathe Easy walk\n   why: gentle, free, 1\.\d km, designed for people with COPD/);
    expect(t.out()).toContain('National and online options:');
  });

  it('gives machine output with --json', async () => {
    const t = io();
    expect(await command.run([contextFile, '--pack', packFile, '--json', '--free', '--now', '2026-06-01'], t.streams)).toBe(0);
    const json = JSON.parse(t.out());
    expect(json.filters.cost).toBe('free');
    expect(json.options.local.map((r: { activity: { id: string } }) => r.activity.id)).toEqual(['breathe']);
    expect(json.options.national.every((r: { scope: string }) => r.scope === 'national')).toBe(true);
  });

  it('fails loudly on a wrong flag value', async () => {
    const t = io();
    expect(await command.run([contextFile, '--distance', 'car'], t.streams)).toBe(2);
    expect(t.err()).toMatch(/expected a valid distance, found "car"/);
  });
});
