import { afterEach, describe, expect, it, vi } from 'vitest';
import { contextFromFhir } from '../../../utils/context/fhir.ts';
import { importFile } from '../../../utils/directory/import-file.ts';
import { importPack } from '../../../utils/directory/import-pack.ts';
import { importRpdePages } from '../../../utils/directory/openactive/import-rpde-pages.ts';
import { parseJson } from '../../../utils/directory/parse-json.ts';
import { within } from './within.ts';

// JSON.parse reads nesting that JSON.stringify and String() then overflow the stack on, so a value
// 10,000 levels deep is fine to parse and fatal to describe in a message. Every field an importer
// reads, and so might quote back in an issue, is tried with one, as an array and as an object.
const DEPTH = 10_000;
const deepArray = `${'['.repeat(DEPTH)}${']'.repeat(DEPTH)}`;
const deepObject = `${'{"a":'.repeat(DEPTH)}1${'}'.repeat(DEPTH)}`;
const DEEP = [
  ['array', deepArray],
  ['object', deepObject],
] as const;

const GOOD_ACTIVITY = '{"id":"a1","name":"Walk","activities":["Walking"],"mode":"in-person","schedule":[],"cost":{"type":"free"},"suitableFor":[],"conditions":[]}';
const packWith = (field: string, value: string) => {
  const header: Record<string, string> = { format: '"pa-signpost-region-pack"', version: '1', name: '"n"', publisher: '"p"', licence: '"l"', generated: '"2026-01-01"', districts: '{}', activities: `[${GOOD_ACTIVITY}]` };
  if (field.startsWith('activities.')) {
    const key = field.slice('activities.'.length);
    header.activities = `[${GOOD_ACTIVITY.replace(/^\{/, `{${JSON.stringify(key)}:${value},`)}]`;
  } else if (field.startsWith('districts.')) header.districts = `{"N7":${value}}`;
  else header[field] = value;
  return `{${Object.entries(header).map(([k, v]) => `"${k}":${v}`).join(',')}}`;
};
const PACK_FIELDS = ['format', 'version', 'name', 'publisher', 'licence', 'attribution', 'generated', 'sample', 'districts', 'districts.N7', 'activities', 'activities.id', 'activities.name', 'activities.description', 'activities.activities', 'activities.organiser', 'activities.mode', 'activities.venue', 'activities.schedule', 'activities.cost', 'activities.url', 'activities.ageRange', 'activities.updated'];

const RPDE_FIELDS = ['body', 'next', 'items', 'item', 'id', 'state', 'kind', 'modified', 'data', '@type', 'name', 'superEvent', 'location', 'organizer', 'activity', 'offers', 'url', 'eventSchedule'];
const rpdeWith = (field: string, value: unknown) => {
  const data: Record<string, unknown> = { '@type': 'SessionSeries', '@id': 'https://x/1', name: 'Walk', activity: [{ prefLabel: 'Walking' }], location: { name: 'Park', address: { postalCode: 'N7 6RT' } } };
  const item: Record<string, unknown> = { id: '1', state: 'updated', kind: 'SessionSeries', modified: 1, data };
  const body: Record<string, unknown> = { items: [item], next: 'https://x/feed?after=1' };
  if (field === 'body') return [{ url: 'https://x/feed', body: value }];
  if (field === 'next' || field === 'items') body[field] = value;
  else if (field === 'item') body.items = [value];
  else if (field in item) item[field] = value;
  else data[field] = value;
  return [{ url: 'https://x/feed', body }];
};

const FHIR_FIELDS = ['entry', 'resource', 'code', 'coding', 'clinicalStatus', 'verificationStatus', 'valueQuantity', 'birthDate', 'address', 'effectiveDateTime', 'component', 'medicationCodeableConcept'];
const fhirWith = (field: string, value: unknown) => {
  const condition: Record<string, unknown> = { resourceType: 'Condition', code: { coding: [{ system: 'http://snomed.info/sct', code: '13645005' }] } };
  const observation: Record<string, unknown> = { resourceType: 'Observation', code: { coding: [{ system: 'http://loinc.org', code: '44261-6' }] }, valueInteger: 14 };
  const patient: Record<string, unknown> = { resourceType: 'Patient', birthDate: '1972-03-14', address: [{ use: 'home', postalCode: 'N7 6RT' }] };
  const bundle: Record<string, unknown> = { resourceType: 'Bundle', entry: [condition, observation, patient].map((resource) => ({ resource })) };
  if (field === 'entry') bundle.entry = value;
  else if (field === 'resource') bundle.entry = [{ resource: value }];
  else if (field === 'coding') (condition.code as Record<string, unknown>).coding = value;
  else if (field in patient) patient[field] = value;
  else if (field === 'valueQuantity' || field === 'effectiveDateTime' || field === 'component') observation[field] = value;
  else condition[field] = value;
  return bundle;
};

afterEach(() => vi.restoreAllMocks());

describe('a value nested 10,000 levels deep, in any field', () => {
  for (const [shape, deep] of DEEP) {
    it.each(PACK_FIELDS)(`region pack: ${shape} in %s is reported, never thrown`, async (field) => {
      const text = packWith(field, deep);
      const pack = within(5000, () => importPack(text, 'deep.json'));
      expect(pack.issues.length).toBeGreaterThan(0);
      expect(pack.activities.every((a) => a.id === 'a1')).toBe(true);
      const viaFile = await importFile(text, { file: 'deep.json' });
      expect(viaFile.issues.length).toBeGreaterThan(0);
    });

    it.each(RPDE_FIELDS)(`OpenActive RPDE page: ${shape} in %s gives issues or an activity, never a throw`, (field) => {
      const pages = rpdeWith(field, JSON.parse(deep));
      const result = within(5000, () => importRpdePages(pages));
      expect(result.issues.length + result.activities.length).toBeGreaterThan(0);
    });

    it.each(FHIR_FIELDS)(`FHIR bundle: ${shape} in %s maps or fails with "expected ...", never another error`, (field) => {
      const input = fhirWith(field, JSON.parse(deep));
      try {
        const context = within(5000, () => contextFromFhir(input));
        expect(JSON.stringify(context)).not.toMatch(/N7 ?6RT/i);
      } catch (error) {
        expect(error).toBeInstanceOf(Error);
        expect(error).not.toBeInstanceOf(RangeError);
        // "<path>: expected X, found Y", naming where in the bundle the nesting went wrong.
        expect((error as Error).message).toMatch(/: expected .+, found /);
      }
    });
  }

  it('a document nested deeper than the JSON parser allows is reported as too deep, not as a cut-short file', async () => {
    // V8 parses any depth; other engines throw ("too much recursion", or a RangeError).
    const realParse = JSON.parse;
    vi.spyOn(JSON, 'parse').mockImplementation((text: string, reviver?: (this: unknown, key: string, value: unknown) => unknown) => {
      if (text.startsWith('[[[[')) throw new RangeError('Maximum call stack size exceeded');
      return realParse(text, reviver);
    });
    const parsed = parseJson(deepArray, 'deep.json');
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? '' : parsed.message).toMatch(/deep\.json: expected JSON nested at most .* found deeper nesting/);
    expect(parsed.ok ? '' : parsed.message).not.toMatch(/truncated/);
    const result = await importFile(deepArray, { file: 'deep.json' });
    expect(result.stats.errors).toBe(1);
    expect(result.issues[0]!.message).toMatch(/nested/);
  });
});
