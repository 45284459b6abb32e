import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { command } from '../../../utils/cli/commands/extract.ts';
import { projectPath } from './load-html.ts';

async function run(args: string[], stdin = '') {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (chunk) => (out += chunk));
  stderr.on('data', (chunk) => (err += chunk));
  // The command itself: the dispatcher's file lookup is exercised by running the real CLI elsewhere.
  const code = await command.run(args, { stdout, stderr, stdin: Readable.from([stdin]) });
  return { code, out, err };
}

const dir = mkdtempSync(join(tmpdir(), 'pa-extract-'));

describe('pa-signpost extract', () => {
  it('prints the context of a demo record as 2-space JSON', async () => {
    const { code, out, err } = await run(['--now', '2026-11-27', projectPath('public/demo/aisha-rahman.html')]);
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(out).toMatch(/^\{\n {2}"conditions": \[/);
    const context = JSON.parse(out);
    expect(context).toMatchObject({ ageYears: 54, postcodeDistrict: 'N7', flags: ['hypo-risk'] });
  });

  it('reads text from a file or stdin', async () => {
    const file = join(dir, 'note.txt');
    writeFileSync(file, 'PMH: T2DM, HTN.\nPHQ-9 14 on 01/10/2026');
    const fromFile = await run([file]);
    expect(JSON.parse(fromFile.out).conditions.map((c: { id: string }) => c.id)).toEqual(['type-2-diabetes', 'hypertension']);
    const fromStdin = await run(['-'], '<p>Known asthmatic</p>');
    expect(JSON.parse(fromStdin.out).conditions[0].id).toBe('asthma');
  });

  it('reads a form\'s drop-down lists as a browser shows them', async () => {
    const form = (answer: string) =>
      `<form><p><label for="p">Are you pregnant?</label> <select id="p"><option>--</option><option>Not sure</option>` +
      `${['Yes', 'No'].map((o) => `<option${o === answer ? ' selected' : ''}>${o}</option>`).join('')}</select></p></form>`;
    const read = async (answer: string) => JSON.parse((await run(['-'], form(answer))).out).conditions;
    expect(await read('No')).toEqual([expect.objectContaining({ id: 'pregnancy', status: 'negated' })]);
    expect(await read('Yes')).toEqual([expect.objectContaining({ id: 'pregnancy', status: 'present' })]);
  });

  it('skips what the page\'s own style sheets hide, as a browser does', async () => {
    const file = join(dir, 'hidden.html');
    writeFileSync(file, '<html><head><style>.hide{display:none}</style></head><body><p>Low mood.</p><div class="hide"><p>Diagnosis: anorexia nervosa.</p></div></body></html>');
    const { code, out } = await run(['--now', '2026-11-27', file]);
    expect(code).toBe(0);
    const context = JSON.parse(out);
    expect(context.conditions.map((c: { id: string }) => c.id)).toEqual(['depression']);
    expect(context.flags).toEqual([]);
  });

  it('reads FHIR with --fhir', async () => {
    const file = join(dir, 'bundle.json');
    writeFileSync(file, JSON.stringify({ resourceType: 'Bundle', entry: [{ resource: { resourceType: 'Condition', code: { coding: [{ system: 'http://snomed.info/sct', code: '13645005' }] } } }] }));
    const { code, out } = await run(['--fhir', file]);
    expect(code).toBe(0);
    expect(JSON.parse(out).conditions).toEqual([{ id: 'copd', status: 'present', text: '13645005' }]);
  });

  const fhirFile = (name: string, resources: unknown[]) => {
    const file = join(dir, name);
    writeFileSync(file, JSON.stringify({ resourceType: 'Bundle', entry: resources.map((resource) => ({ resource })) }));
    return file;
  };

  it.each([
    ['no asthma', 'negated'],
    ['?asthma', 'possible'],
    ['family history of asthma', 'family'],
  ])('reads a FHIR Condition with only the text "%s" as %s', async (text, status) => {
    const file = fhirFile('text-only.json', [{ resourceType: 'Condition', code: { text }, clinicalStatus: { coding: [{ code: 'active' }] } }]);
    const { code, out } = await run(['--fhir', file]);
    expect(code).toBe(0);
    expect(JSON.parse(out).conditions).toEqual([{ id: 'asthma', status, text }]);
  });

  it.each([
    ['a value of the wrong type', [{ resourceType: 'Patient' }, { resourceType: 'Observation', code: { coding: [] }, valueQuantity: { value: 'high' } }], 'entry[1].resource.valueQuantity.value: expected a number, found text shaped "aaaa"'],
    ['a required field missing', [{ resourceType: 'Observation', status: 'final' }], 'entry[0].resource.code: expected an object, found nothing'],
    ['a resource that is not an object', ['Condition'], 'entry[0].resource: expected a FHIR resource (an object with a resourceType), found text shaped "aaaaaaaaa"'],
  ])('exits 2 naming where in the bundle and what is wrong: %s', async (_name, resources, message) => {
    const file = fhirFile('invalid-bundle.json', resources);
    const { code, out, err } = await run(['--fhir', file]);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toBe(`pa-signpost extract: cannot read ${file}: ${message}\n`);
  });

  it('exits 2 with a message naming the file', async () => {
    const missing = await run([join(dir, 'nope.html')]);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain(`cannot read ${join(dir, 'nope.html')}: no such file`);
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{not json');
    const invalid = await run(['--fhir', bad]);
    expect(invalid.code).toBe(2);
    expect(invalid.err).toContain(`cannot read ${bad}: expected FHIR JSON`);
    expect((await run([])).code).toBe(2);
    expect((await run(['--nope', 'x'])).err).toContain('unknown option --nope');
    expect((await run(['--now', '27/11/2026', 'x'])).err).toContain('expected --now as YYYY-MM-DD');
    expect((await run(['--adapter', 'nope', projectPath('public/demo/aisha-rahman.html')])).err).toContain('unknown adapter "nope"');
  });

  it('describes itself', () => {
    expect(command.usage).toContain('pa-signpost extract');
    expect(command.summary.length).toBeGreaterThan(10);
  });
});

describe('npx pa-signpost extract', () => {
  it('runs from the installed bin', async () => {
    const { execFileSync } = await import('node:child_process');
    const out = execFileSync(process.execPath, [projectPath('utils/cli/bin.mjs'), 'extract', '--now', '2026-11-27', projectPath('public/demo/tom-gallagher.html')], {
      encoding: 'utf8',
    });
    expect(JSON.parse(out)).toMatchObject({ ageYears: 67, postcodeDistrict: 'NW5', flags: ['falls'] });
  });
});
