import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contextFromFhir } from '../../../utils/context/fhir.ts';
import { importRpdePages } from '../../../utils/directory/openactive/import-rpde-pages.ts';
import { importPack } from '../../../utils/directory/import-pack.ts';
import { importFile } from '../../../utils/directory/import-file.ts';

const FULL_POSTCODE = /\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b/i;
const within = <T>(ms: number, run: () => T): T => {
  const start = performance.now();
  const out = run();
  expect(performance.now() - start).toBeLessThan(ms);
  return out;
};

// Resources that look like FHIR: right resource types, wrong or missing everything else.
const fhirish = fc.oneof(
  fc.anything(),
  fc.record({
    resourceType: fc.constantFrom('Bundle', 'Patient', 'Condition', 'Observation', 'MedicationStatement', 'Nonsense'),
    entry: fc.array(fc.record({ resource: fc.anything() }), { maxLength: 5 }),
    birthDate: fc.oneof(fc.string(), fc.constant('1972-03-14'), fc.constant('not a date')),
    address: fc.array(fc.record({ use: fc.constantFrom('home', 'work', 'old'), postalCode: fc.oneof(fc.string(), fc.constant('N7 6RT'), fc.constant('EC1A 1BB')) }), { maxLength: 3 }),
    code: fc.record({ coding: fc.array(fc.record({ system: fc.constantFrom('http://snomed.info/sct', 'http://loinc.org', 'x'), code: fc.oneof(fc.string(), fc.constantFrom('44261-6', '13645005', 'E11')) }), { maxLength: 3 }) }),
    valueQuantity: fc.record({ value: fc.oneof(fc.integer(), fc.double(), fc.constant(99)) }),
  }),
);

describe('FHIR mapping under hostile input', () => {
  it('returns a context or a clear error, never a crash of another kind, a hang or a full postcode', () => {
    fc.assert(
      fc.property(fhirish, (input) => {
        let context;
        try {
          context = within(2000, () => contextFromFhir(input));
        } catch (error) {
          expect(error).toBeInstanceOf(Error);
          expect((error as Error).message).toMatch(/expected/i);
          return;
        }
        expect(JSON.stringify(context)).not.toMatch(FULL_POSTCODE);
        if (context.measures.phq9) expect(context.measures.phq9.value).toBeLessThanOrEqual(27);
      }),
      { numRuns: 300 },
    );
  });
});

describe('feeds and packs under hostile input', () => {
  it('RPDE pages of any shape give issues, never a throw', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ url: fc.webUrl(), body: fc.oneof(fc.anything(), fc.record({ items: fc.array(fc.anything(), { maxLength: 5 }), next: fc.oneof(fc.webUrl(), fc.anything()) })) }), { maxLength: 4 }), (pages) => {
        const result = within(2000, () => importRpdePages(pages));
        expect(Array.isArray(result.issues)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('deeply nested JSON (20,000 levels) is reported, not thrown', async () => {
    const deep = `${'['.repeat(20_000)}${']'.repeat(20_000)}`;
    const pack = within(2000, () => importPack(deep, 'deep.json'));
    expect(pack.stats.errors).toBeGreaterThan(0);
    const nestedObject = `{"format":"pa-signpost-region-pack","activities":[${'{"a":'.repeat(20_000)}1${'}'.repeat(20_000)}]}`;
    const result = await importFile(nestedObject, { file: 'nested.json' });
    expect(result.issues.length).toBeGreaterThan(0);
  });

  it('a million repeated tokens in a CSV cell finishes with a result', async () => {
    const cell = 'walk '.repeat(200_000);
    const result = await importFile(`name,description\nTest,"${cell}"\n`, { file: 'huge-cell.csv' });
    expect(result.stats.rows).toBe(1);
  });
});
