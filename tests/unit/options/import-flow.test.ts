import { describe, expect, it, vi } from 'vitest';
import { createImportFlow, sourceIdFor, type ImportServices } from '../../../utils/options/import-flow.ts';
import type { ImportResult } from '../../../utils/directory/import-result.ts';

const result = (valid: number, errors = 0): ImportResult => ({
  activities: Array.from({ length: valid }, (_, i) => ({ id: `a${i}`, name: `A${i}`, activities: [], mode: 'in-person', schedule: [], cost: { type: 'free' }, suitableFor: [], conditions: [] })),
  districts: {},
  issues: Array.from({ length: errors }, (_, i) => ({ file: 'x.csv', row: i + 2, field: 'name', value: '', message: 'is empty', level: 'error' as const })),
  stats: { rows: valid + errors, valid, errors, warnings: 0 },
});

const input = { name: 'camden.csv', bytes: new Uint8Array(), origin: { kind: 'file' as const, fileName: 'camden.csv' } };

function services(overrides: Partial<ImportServices> = {}): ImportServices {
  return {
    parse: async () => result(3, 1),
    fetchUrl: async () => input,
    publish: vi.fn(async () => undefined),
    downloadReport: vi.fn(),
    ...overrides,
  };
}

describe('import flow', () => {
  it('reads, shows the report, then publishes only the valid rows under the chosen name', async () => {
    const s = services();
    const published = vi.fn();
    const flow = createImportFlow(s, published);
    await flow.actions.readFile(input);
    expect(flow.step.value).toMatchObject({ step: 'review', result: { stats: { valid: 3, errors: 1 } } });
    await flow.actions.publish({ name: 'Camden Council activities', publisher: 'Camden', licence: 'OGL v3' });
    expect(s.publish).toHaveBeenCalledWith(expect.objectContaining({ id: 'camden-council-activities', name: 'Camden Council activities' }), expect.anything());
    expect(flow.step.value).toEqual({ step: 'done', message: 'Published 3 listings as "Camden Council activities".' });
    expect(published).toHaveBeenCalled();
  });

  it('a parse failure is shown and nothing is published', async () => {
    const s = services({ parse: async () => { throw new Error('camden.csv: expected a header row, found an empty file'); } });
    const flow = createImportFlow(s, vi.fn());
    await flow.actions.readFile(input);
    expect(flow.step.value).toEqual({ step: 'failed', message: 'camden.csv: expected a header row, found an empty file' });
    expect(s.publish).not.toHaveBeenCalled();
  });

  it('refuses to publish a file with no valid rows', async () => {
    const s = services({ parse: async () => result(0, 2) });
    const flow = createImportFlow(s, vi.fn());
    await flow.actions.readFile(input);
    await flow.actions.publish({ name: 'x', publisher: 'y', licence: 'z' });
    expect(flow.step.value).toEqual({ step: 'failed', message: 'camden.csv: no valid rows to publish' });
    expect(s.publish).not.toHaveBeenCalled();
  });

  it('cancel during publishing aborts the write and returns to idle', async () => {
    let seen: AbortSignal | undefined;
    const s = services({
      publish: (_request, { signal }) => {
        seen = signal;
        return new Promise((_ok, fail) => signal.addEventListener('abort', () => fail(new DOMException('aborted', 'AbortError'))));
      },
    });
    const flow = createImportFlow(s, vi.fn());
    await flow.actions.readFile(input);
    const pending = flow.actions.publish({ name: 'x', publisher: 'y', licence: 'z' });
    expect(flow.step.value.step).toBe('publishing');
    flow.actions.cancel();
    await pending;
    expect(seen?.aborted).toBe(true);
    expect(flow.step.value).toEqual({ step: 'idle' });
  });

  it('re-reads with an explicit column mapping', async () => {
    const parse = vi.fn(async (_input: unknown, _options: { map?: Record<string, string> }) => result(1));
    const flow = createImportFlow(services({ parse }), vi.fn());
    await flow.actions.readFile(input);
    flow.actions.setMapping('Session name', 'name');
    flow.actions.reread();
    await vi.waitFor(() => expect(parse).toHaveBeenCalledTimes(2));
    expect(parse.mock.calls[1]?.[1]).toMatchObject({ map: { 'Session name': 'name' } });
  });

  it('source ids are stable slugs of the name', () => {
    expect(sourceIdFor('Camden & Islington — Council')).toBe('camden-islington-council');
    expect(sourceIdFor('***')).toBe('directory');
  });
});

describe('postcode-district tables', () => {
  it('are recognised by their header and publish districts only', async () => {
    const { parseImport } = await import('../../../utils/directory/parse-import.ts');
    const csv = '\ufeffoutcode,latitude,longitude\r\nN7,51.5535,-0.117\r\nEC1A,51.518,-0.1\r\nBAD,999,0\r\n';
    const result = await parseImport(
      { name: 'districts.csv', bytes: new TextEncoder().encode(csv), origin: { kind: 'file', fileName: 'districts.csv' } },
      { signal: new AbortController().signal, onProgress: () => undefined, districts: {}, fetchJson: async () => ({}) },
    );
    expect(result.activities).toEqual([]);
    expect(Object.keys(result.districts).sort()).toEqual(['EC1A', 'N7']);
    expect(result.issues.some((i) => i.level === 'error' && i.row === 4)).toBe(true);

    const publish = vi.fn(async () => undefined);
    const flow = createImportFlow(services({ parse: async () => result, publish }), vi.fn());
    await flow.actions.readFile(input);
    await flow.actions.publish({ name: 'UK postcode districts', publisher: 'ONS', licence: 'OGL v3.0' });
    expect(publish).toHaveBeenCalled();
    expect(flow.step.value).toEqual({ step: 'done', message: 'Published 2 postcode districts as "UK postcode districts".' });
  });
});
