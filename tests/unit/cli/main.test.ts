import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main } from '../../../utils/cli/main.ts';

function io() {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const text = (s: PassThrough) => () => s.read()?.toString() ?? '';
  return { io: { stdout, stderr, stdin: new PassThrough() }, out: text(stdout), err: text(stderr) };
}

describe('pa-signpost command dispatcher', () => {
  it('lists every command in its help', async () => {
    const t = io();
    expect(await main(['--help'], t.io)).toBe(0);
    const help = t.out();
    for (const name of ['extract', 'validate', 'convert', 'suggest']) expect(help).toContain(name);
  });

  it('refuses an unknown command, naming the ones it knows', async () => {
    const t = io();
    expect(await main(['frobnicate'], t.io)).toBe(2);
    expect(t.err()).toMatch(/unknown command "frobnicate"; expected one of extract, validate/);
  });

  it('runs a command: validate reports a bad file with exit 1', async () => {
    const t = io();
    const code = await main(['validate', 'tests/fixtures/e2e/islington-council.csv'], t.io);
    expect(code).toBe(1);
    expect(t.out()).toMatch(/4 rows: 3 ready to publish, 1 with errors/);
  });
});
