import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { contextFromFhir } from '../../../utils/context/fhir.ts';
import { ClinicalContextSchema } from '../../../utils/context/schema.ts';

const NOW = new Date('2026-11-27T12:00:00Z');
const SNOMED = 'http://snomed.info/sct';
const ICD10 = 'http://hl7.org/fhir/sid/icd-10';
const LOINC = 'http://loinc.org';

const condition = (system: string, code: string, clinical = 'active', verification = 'confirmed', text?: string) => ({
  resourceType: 'Condition',
  code: { coding: [{ system, code }], ...(text ? { text } : {}) },
  clinicalStatus: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/condition-clinical', code: clinical }] },
  verificationStatus: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/condition-ver-status', code: verification }] },
});
const observation = (code: string, value: number, date?: string, extra: object = {}) => ({
  resourceType: 'Observation',
  status: 'final',
  code: { coding: [{ system: LOINC, code }] },
  valueInteger: value,
  ...(date ? { effectiveDateTime: date } : {}),
  ...extra,
});
const bundle = (...resources: object[]) => ({ resourceType: 'Bundle', type: 'collection', entry: resources.map((resource) => ({ resource })) });

describe('contextFromFhir', () => {
  it('maps a bundle into the same shape the reader gives', () => {
    const context = contextFromFhir(
      bundle(
        { resourceType: 'Patient', birthDate: '1972-03-14', address: [{ use: 'work', postalCode: 'EC1A 1BB' }, { use: 'home', postalCode: 'n7 6rt' }] },
        condition(SNOMED, '44054006'),
        condition(ICD10, 'J44.9'),
        condition(ICD10, 'F32.1', 'resolved'),
        condition(SNOMED, '195967001', 'active', 'refuted'),
        condition(SNOMED, '49436004', 'active', 'provisional'),
        condition(SNOMED, '84114007', 'active', 'entered-in-error'),
        observation('44261-6', 18, '2026-09-01'),
        observation('44261-6', 14, '2026-10-01T10:00:00Z'),
        observation('44261-6', 30, '2026-11-01'),
        observation('70274-6', 9, '2026-10-01'),
        observation('69737-5', 3, '2026-11-20'),
        observation('44260-8', 1, '2026-10-01'),
        { resourceType: 'MedicationStatement', status: 'active', medicationCodeableConcept: { text: 'Gliclazide 80mg tablets' } },
        { resourceType: 'FamilyMemberHistory', status: 'completed', condition: [{ code: { coding: [{ system: SNOMED, code: '230690007' }] } }] },
      ),
      { now: NOW },
    );
    expect(v.safeParse(ClinicalContextSchema, context).success).toBe(true);
    expect(context).toEqual({
      conditions: [
        { id: 'type-2-diabetes', status: 'present', text: '44054006' },
        { id: 'copd', status: 'present', text: 'J44.9' },
        { id: 'depression', status: 'present', text: 'F32.1' },
        { id: 'asthma', status: 'negated', text: '195967001' },
        { id: 'atrial-fibrillation', status: 'possible', text: '49436004' },
        { id: 'stroke', status: 'family', text: '' },
      ],
      measures: {
        phq9: { value: 14, band: 'moderate', date: '2026-10-01', item9: 1 },
        gad7: { value: 9, band: 'mild', date: '2026-10-01' },
      },
      flags: ['hypo-risk', 'phq9-item9'],
      ageYears: 54,
      postcodeDistrict: 'N7',
    });
  });

  it('accepts an array of resources or a single resource', () => {
    expect(contextFromFhir([condition(ICD10, 'E11')], { now: NOW }).conditions[0]?.id).toBe('type-2-diabetes');
    expect(contextFromFhir(observation('70274-6', 16, '2026-10-01'), { now: NOW }).measures.gad7?.band).toBe('severe');
  });

  it('reads SNOMED CT totals, panel components and quantities', () => {
    const panel = {
      resourceType: 'Observation',
      status: 'final',
      code: { coding: [{ system: LOINC, code: '44249-1' }] },
      effectiveDateTime: '2026-11-05',
      component: [
        { code: { coding: [{ system: LOINC, code: '44260-8' }] }, valueInteger: 2 },
        { code: { coding: [{ system: LOINC, code: '44261-6' }] }, valueQuantity: { value: 20 } },
      ],
    };
    const gad = { ...observation('x', 0), code: { coding: [{ system: SNOMED, code: '445455005' }] }, valueInteger: undefined, valueQuantity: { value: 7 } };
    const context = contextFromFhir([panel, gad], { now: NOW });
    expect(context.measures).toEqual({ phq9: { value: 20, band: 'severe', date: '2026-11-05', item9: 2 }, gad7: { value: 7, band: 'mild' } });
    expect(context.flags).toEqual(['phq9-item9']);
  });

  it('falls back to the words when no code is known, and keeps only current pregnancy', () => {
    const context = contextFromFhir(
      [
        { resourceType: 'Condition', code: { text: 'History of falls' }, clinicalStatus: { coding: [{ code: 'active' }] } },
        condition(SNOMED, '77386006', 'resolved'),
        condition(ICD10, 'F411'),
      ],
      { now: NOW },
    );
    expect(context.conditions).toEqual([
      { id: 'frailty', status: 'present', text: 'History of falls' },
      { id: 'anxiety', status: 'present', text: 'F411' },
    ]);
    expect(context.flags).toEqual(['falls']);
  });

  it('uses only a current home address, and never a full postcode', () => {
    const old = { resourceType: 'Patient', address: [{ use: 'home', postalCode: 'SW1A 1AA', period: { end: '2020-01-01' } }, { use: 'temp', postalCode: 'N7 6RT' }] };
    expect(contextFromFhir([old], { now: NOW }).postcodeDistrict).toBeUndefined();
    const single = { resourceType: 'Patient', birthDate: '1980', address: [{ postalCode: 'SW1A 1AA' }] };
    expect(contextFromFhir([single], { now: NOW })).toMatchObject({ postcodeDistrict: 'SW1A', ageYears: 45 });
  });

  it("reads only the record's subject in a Bundle of more than one person", () => {
    const mother = { resourceType: 'Patient', id: 'p1', birthDate: '1990-05-20', address: [{ use: 'home', postalCode: 'LS6 1AA' }] };
    const baby = { resourceType: 'Patient', id: 'p2', birthDate: '2026-10-12', address: [{ use: 'home', postalCode: 'S10 2TN' }] };
    const of = (ref: string, resource: object) => ({ ...resource, subject: { reference: ref } });
    const insulin = { resourceType: 'MedicationStatement', status: 'active', medicationCodeableConcept: { text: 'Insulin glargine' } };
    // The baby listed first is still not the subject: a child is never the subject beside an adult.
    const context = contextFromFhir(
      bundle(baby, mother, of('Patient/p2', condition(SNOMED, '46635009')), of('Patient/p2', insulin), of('Patient/p1', condition(SNOMED, '195967001'))),
      { now: NOW },
    );
    expect(context).toMatchObject({ ageYears: 36, postcodeDistrict: 'LS6' });
    expect(context.conditions.map((c) => c.id)).toEqual(['asthma']);
    expect(context.flags).toEqual([]);
    // Two adults: the first, unless nothing points to it and something to the other.
    const partner = { resourceType: 'Patient', id: 'p3', birthDate: '1988-01-01', address: [{ use: 'home', postalCode: 'HU5 2DT' }] };
    const first = contextFromFhir(bundle(partner, mother, of('Patient/p3', condition(SNOMED, '35489007')), of('Patient/p1', condition(SNOMED, '195967001')), of('Patient/p1', insulin)), { now: NOW });
    expect(first).toMatchObject({ postcodeDistrict: 'HU5', flags: [] });
    expect(first.conditions.map((c) => c.id)).toEqual(['depression']);
    const pointed = contextFromFhir(bundle(partner, mother, of('Patient/p1', condition(SNOMED, '195967001')), of('Patient/p1', observation('44261-6', 12, '2026-11-01'))), { now: NOW });
    expect(pointed).toMatchObject({ postcodeDistrict: 'LS6', measures: { phq9: { value: 12 } } });
    // A reference to a version of the subject, or one that cannot be resolved here, is still theirs.
    const versions = contextFromFhir(
      bundle(mother, baby, of('https://fhir.example.nhs.uk/Patient/p1/_history/2', condition(SNOMED, '195967001')), of('Patient?identifier=https://fhir.nhs.uk/Id/nhs-number|9434765919', condition(SNOMED, '35489007'))),
      { now: NOW },
    );
    expect(versions.conditions.map((c) => c.id)).toEqual(['asthma', 'depression']);
    // By fullUrl as well as by id; a resource that names no one is the subject's.
    const byUrl = contextFromFhir(
      { resourceType: 'Bundle', entry: [{ fullUrl: 'urn:uuid:aaa', resource: { resourceType: 'Patient', birthDate: '1970-01-01' } }, { fullUrl: 'urn:uuid:bbb', resource: { resourceType: 'Patient', birthDate: '2018-01-01' } }, { resource: of('urn:uuid:bbb', condition(SNOMED, '46635009')) }, { resource: condition(SNOMED, '195967001') }] },
      { now: NOW },
    );
    expect(byUrl.conditions.map((c) => c.id)).toEqual(['asthma']);
    // By id to a Patient not in the Bundle: another person's, as a search result may hold.
    const anorexia = condition(SNOMED, '56882008');
    const elsewhere = contextFromFhir(
      bundle(mother, of('Patient/p9', anorexia), of('Patient/p9', observation('44261-6', 20, '2026-11-01')), of('Patient/p9', observation('44260-8', 3, '2026-11-01')), of('Patient/p1', observation('44261-6', 4, '2026-09-01'))),
      { now: NOW },
    );
    expect(elsewhere).toMatchObject({ conditions: [], flags: [], measures: { phq9: { value: 4, date: '2026-09-01' } } });
    // Where the subject has no id, "Patient/p9" cannot be told from them, and stays theirs.
    const noId = contextFromFhir(bundle({ resourceType: 'Patient', birthDate: '1970-01-01' }, of('Patient/p9', anorexia)), { now: NOW });
    expect(noId.flags).toEqual(['eating-disorder']);
  });

  it('reads item 9 answered by its LOINC answer code or words, and a total given as text', () => {
    const answered = (value: object) => contextFromFhir([observation('44261-6', 19, '2026-10-01'), { resourceType: 'Observation', status: 'final', code: { coding: [{ system: LOINC, code: '44260-8' }] }, effectiveDateTime: '2026-10-01', ...value }], { now: NOW });
    expect(answered({ valueCodeableConcept: { coding: [{ system: LOINC, code: 'LA6570-1' }] } })).toMatchObject({ measures: { phq9: { item9: 2 } }, flags: ['phq9-item9'] });
    expect(answered({ valueCodeableConcept: { text: 'Nearly every day' } }).measures.phq9?.item9).toBe(3);
    expect(answered({ valueCodeableConcept: { coding: [{ system: LOINC, code: 'LA6568-5', display: 'Not at all' }] } })).toMatchObject({ measures: { phq9: { item9: 0 } }, flags: [] });
    const text = { resourceType: 'Observation', status: 'final', code: { coding: [{ system: LOINC, code: '70274-6' }] }, effectiveDateTime: '2026-10-01' };
    expect(contextFromFhir([{ ...text, valueString: ' 9 ' }], { now: NOW }).measures.gad7?.value).toBe(9);
    expect(contextFromFhir([{ ...text, valueString: 'nine' }], { now: NOW }).measures.gad7).toBeUndefined();
  });

  it('passes over a score dated after today', () => {
    const context = contextFromFhir([observation('44261-6', 5, '2026-11-01'), observation('44261-6', 23, '2027-03-01')], { now: NOW });
    expect(context.measures.phq9).toEqual({ value: 5, band: 'mild', date: '2026-11-01' });
  });

  it('reads a current pregnancy status observation', () => {
    const status = (value: object, date = '2026-11-01', code = '82810-3') => contextFromFhir([{ resourceType: 'Observation', status: 'final', code: { coding: [{ system: LOINC, code }] }, effectiveDateTime: date, ...value }], { now: NOW });
    expect(status({ valueCodeableConcept: { coding: [{ system: SNOMED, code: '77386006' }] } })).toMatchObject({ conditions: [{ id: 'pregnancy', status: 'present' }], flags: ['pregnancy'] });
    expect(status({ valueCodeableConcept: { text: 'Pregnant' } }, '2026-11-01', '11449-6').flags).toEqual(['pregnancy']);
    expect(status({ valueCodeableConcept: { coding: [{ system: SNOMED, code: '60001007' }] } })).toMatchObject({ conditions: [{ id: 'pregnancy', status: 'negated' }], flags: [] });
    expect(status({ valueCodeableConcept: { text: 'Unknown' } })).toMatchObject({ conditions: [], flags: [] });
    // An answer from before this pregnancy could have begun says nothing of now.
    expect(status({ valueCodeableConcept: { coding: [{ system: SNOMED, code: '77386006' }] } }, '2024-01-10')).toMatchObject({ conditions: [], flags: [] });
  });

  it('fails loudly on what is not FHIR', () => {
    expect(() => contextFromFhir('hello')).toThrow('expected a FHIR R4 Bundle, an array of resources or a resource, found text shaped "aaaaa"');
    expect(() => contextFromFhir({ foo: 1 })).toThrow('found an object');
    expect(() => contextFromFhir([{ resourceType: 'Patient', birthDate: '14/03/1972' }])).toThrow('expected a FHIR date');
    // A lone resource of no type the reader uses is most often a slip, named as found.
    expect(() => contextFromFhir({ resourceType: 'Bundel', entry: [] })).toThrow('resourceType: expected "Bundle" or one of "Condition"');
    expect(() => contextFromFhir({ resourceType: 'Bundel', entry: [] })).toThrow('found "Bundel"');
  });
});

const messageOf = (input: unknown): string => {
  try {
    contextFromFhir(input, { now: NOW });
  } catch (error) {
    return (error as Error).message;
  }
  return 'no error';
};

describe('contextFromFhir errors name where and what', () => {
  const fine = condition(SNOMED, '195967001');
  const bad = { ...observation('44261-6', 14), valueInteger: undefined, valueQuantity: { value: 'high' } };
  it.each([
    ['a bad value in a bundle entry', bundle(fine, fine, fine, bad), 'entry[3].resource.valueQuantity.value: expected a number, found text shaped "aaaa"'],
    ['an entry with no resource keeps the bundle\'s numbering', { resourceType: 'Bundle', entry: [{ fullUrl: 'urn:x' }, { resource: bad }] }, 'entry[1].resource.valueQuantity.value: expected a number, found text shaped "aaaa"'],
    ['a bad value in an array of resources', [fine, { ...observation('44261-6', 0), valueInteger: 'fourteen' }], '[1].valueInteger: expected a number, found text shaped "aaaaaaaa"'],
    ['a bad value in a single resource', { ...observation('44261-6', 0), valueInteger: true }, 'valueInteger: expected a number, found true'],
    ['a missing required field', [{ resourceType: 'Observation', status: 'final' }], '[0].code: expected an object, found nothing'],
    ['a field inside a list', bundle({ resourceType: 'Condition', code: { coding: [{ system: 5 }] } }), 'entry[0].resource.code.coding[0].system: expected a string, found 5'],
    ['a list that is not one', [{ resourceType: 'Patient', address: { use: 'home' } }], '[0].address: expected an array, found an object'],
    ['a date in the wrong form', [{ resourceType: 'Patient', birthDate: '14/03/1972' }], '[0].birthDate: expected a FHIR date such as 1972-03-14, found text shaped "99/99/9999"'],
    ['entries that are not a list', { resourceType: 'Bundle', entry: {} }, 'entry: expected an array, found an object'],
    ['an entry that is not an object', { resourceType: 'Bundle', entry: [1] }, 'entry[0]: expected an object, found 1'],
    ['a resource that is not an object', [42], '[0]: expected a FHIR resource (an object with a resourceType), found 42'],
    ['a resource with no resourceType', bundle({ id: 'x' }), 'entry[0].resource.resourceType: expected a string such as "Condition", found nothing'],
    ['a resourceType that is an object key', [{ resourceType: 'constructor' }, bad], '[1].valueQuantity.value: expected a number, found text shaped "aaaa"'],
    ['long text, cut short', [{ ...observation('44261-6', 0), valueInteger: 'x'.repeat(100) }], `[0].valueInteger: expected a number, found text shaped "${'a'.repeat(30)}…"`],
    ['a postcode, never quoted', [{ ...observation('44261-6', 0), valueInteger: 'N7 6RT' }], '[0].valueInteger: expected a number, found text shaped "a9 9aa"'],
    ['a name, never quoted', [{ resourceType: 'Patient', birthDate: 'Jane Smith' }], '[0].birthDate: expected a FHIR date such as 1972-03-14, found text shaped "aaaa aaaaa"'],
    ['empty text', [{ ...observation('44261-6', 0), valueInteger: '' }], '[0].valueInteger: expected a number, found empty text'],
  ])('%s', (_name, input, message) => {
    expect(messageOf(input)).toBe(message);
  });
});

const FULL_POSTCODE = /\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b/i;

describe('contextFromFhir mention text is bounded and keeps only a district', () => {
  const coded = (text: string) => ({ ...condition(SNOMED, '195967001'), code: { coding: [{ system: SNOMED, code: '195967001' }], text } });
  const family = (text: string) => ({ resourceType: 'FamilyMemberHistory', status: 'completed', condition: [{ code: { coding: [{ system: SNOMED, code: '230690007' }], text } }] });
  it.each([
    ['a double space', coded('Asthma (home N7  6RT)'), 'Asthma (home N7)'],
    ['a tab', coded('Asthma (home N7\t6RT)'), 'Asthma (home N7)'],
    ['a line break', coded('Asthma, home\nN7\r\n6RT'), 'Asthma, home N7'],
    ['a non-breaking space', coded('Asthma (home N7\u00a06RT)'), 'Asthma (home N7)'],
    ['a zero-width space', coded('Asthma (home N7\u200b6RT)'), 'Asthma (home N7)'],
    ['a relative\'s condition', family('Stroke, lives at SW1A  1AA'), 'Stroke, lives at SW1A'],
    ['1 MB of text', coded(`Asthma ${'N7  6RT '.repeat(130_000)}`), `Asthma ${'N7 '.repeat(200)}`.slice(0, 200).trim()],
  ])('%s', (_name, resource, text) => {
    const context = contextFromFhir([resource], { now: NOW });
    expect(context.conditions[0]?.text).toBe(text);
    expect(JSON.stringify(context)).not.toMatch(FULL_POSTCODE);
    expect(v.safeParse(ClinicalContextSchema, context).success).toBe(true);
  });

  it('a text-only condition gives the words matched, not the whole text', () => {
    const context = contextFromFhir([{ resourceType: 'Condition', code: { text: `Asthma. ${'Seen in clinic. '.repeat(70_000)}` } }], { now: NOW });
    expect(context.conditions).toEqual([{ id: 'asthma', status: 'present', text: 'Asthma' }]);
  });
});

describe('contextFromFhir reads a text-only Condition as the page reader reads a note', () => {
  const textOnly = (text: string, clinical?: string, verification?: string) => ({
    resourceType: 'Condition',
    code: { text },
    ...(clinical ? { clinicalStatus: { coding: [{ code: clinical }] } } : {}),
    ...(verification ? { verificationStatus: { coding: [{ code: verification }] } } : {}),
  });
  it.each([
    ['no asthma', textOnly('no asthma'), [['asthma', 'negated']]],
    ['No known asthma', textOnly('No known asthma', 'active'), [['asthma', 'negated']]],
    ['?asthma', textOnly('?asthma'), [['asthma', 'possible']]],
    ['query COPD', textOnly('query COPD', 'active', 'confirmed'), [['copd', 'possible']]],
    ['family history of asthma', textOnly('family history of asthma'), [['asthma', 'family']]],
    ['mother had a stroke', textOnly('mother had a stroke', 'active'), [['stroke', 'family']]],
    ['no asthma, though provisional', textOnly('no asthma', 'active', 'provisional'), [['asthma', 'negated']]],
    ['family history of asthma, unconfirmed', textOnly('family history of asthma', 'active', 'unconfirmed'), [['asthma', 'family']]],
    ['?asthma, resolved', textOnly('?asthma', 'resolved'), [['asthma', 'possible']]],
    ['asthma and no COPD in one text', textOnly('Asthma; no COPD', 'active'), [['asthma', 'present'], ['copd', 'negated']]],
    ['an unknown code whose display says no', { resourceType: 'Condition', code: { coding: [{ system: 'urn:local', code: '1', display: 'No asthma' }] } }, [['asthma', 'negated']]],
  ])('%s', (_name, resource, expected) => {
    expect(contextFromFhir([resource], { now: NOW }).conditions.map((c) => [c.id, c.status])).toEqual(expected);
  });

  it.each([
    ['no history of falls', textOnly('no history of falls', 'active'), []],
    ['?anorexia nervosa', textOnly('?anorexia nervosa', 'active'), []],
    ['mother has anorexia', textOnly('mother has anorexia nervosa', 'active'), []],
  ])('raises no flag for %s', (_name, resource, flags) => {
    expect(contextFromFhir([resource], { now: NOW }).flags).toEqual(flags);
  });

  it('a relative said not to have a condition tells nothing about the person', () => {
    const history = { resourceType: 'FamilyMemberHistory', status: 'completed', condition: [{ code: { text: 'no diabetes' } }, { code: { text: 'Stroke' } }] };
    expect(contextFromFhir([history], { now: NOW }).conditions).toEqual([{ id: 'stroke', status: 'family', text: 'Stroke' }]);
  });
});

// What stays as it was: these pin the record's statuses over the words.
describe('contextFromFhir keeps the record statuses', () => {
  const textOnly = (text: string, clinical: string, verification = 'confirmed') => ({
    resourceType: 'Condition',
    code: { text },
    clinicalStatus: { coding: [{ code: clinical }] },
    verificationStatus: { coding: [{ code: verification }] },
  });
  it.each([
    ['a coded Condition: its record decides, not its text', { ...condition(SNOMED, '195967001'), code: { coding: [{ system: SNOMED, code: '195967001' }], text: 'no asthma' } }, [['asthma', 'present']]],
    ['refuted text', textOnly('Asthma', 'active', 'refuted'), [['asthma', 'negated']]],
    ['refuted doubt', textOnly('?asthma', 'active', 'refuted'), [['asthma', 'negated']]],
    ['refuted family history', textOnly('family history of asthma', 'active', 'refuted'), [['asthma', 'negated']]],
    ['unconfirmed text', textOnly('Asthma', 'active', 'unconfirmed'), [['asthma', 'possible']]],
    ['resolved text, kept as history', textOnly('Asthma', 'resolved'), [['asthma', 'present']]],
    ['resolved pregnancy, not current', textOnly('Pregnant', 'resolved'), []],
    ['entered in error', textOnly('Asthma', 'active', 'entered-in-error'), []],
  ])('%s', (_name, resource, expected) => {
    expect(contextFromFhir([resource], { now: NOW }).conditions.map((c) => [c.id, c.status])).toEqual(expected);
  });
});

describe('contextFromFhir dates a resolved symptom by when it ended', () => {
  const symptom = (text: string, clinical: string, abatement: object = {}) => ({
    resourceType: 'Condition',
    code: { text },
    clinicalStatus: { coding: [{ code: clinical }] },
    ...abatement,
  });
  it.each([
    ['active chest pain on exertion', symptom('Chest pain on exertion', 'active'), ['cardiac-symptoms']],
    ['resolved with no date: a check still', symptom('Chest pain on exertion', 'resolved'), ['cardiac-symptoms']],
    ['resolved this year', symptom('Chest pain on exertion', 'resolved', { abatementDateTime: '2026-10-01' }), ['cardiac-symptoms']],
    ['resolved in 2019', symptom('Chest pain on exertion', 'resolved', { abatementDateTime: '2019-03-01' }), []],
    ['a period that ended in 2018', symptom('Palpitations', 'inactive', { abatementPeriod: { start: '2017-01-01', end: '2018-06-01' } }), []],
    ['falls that stopped in 2015', symptom('Recurrent falls', 'resolved', { abatementString: 'spring 2015' }), []],
    // An eating disorder's caution outlasts its end, as on a page.
    ['anorexia resolved in 2019', symptom('Anorexia nervosa', 'resolved', { abatementDateTime: '2019-03-01' }), ['eating-disorder']],
    ['coded anorexia resolved in 2019', { ...condition(SNOMED, '56882008', 'resolved'), abatementDateTime: '2019-03-01' }, ['eating-disorder']],
    // An end date on a record still active is not read as over.
    ['active, with an end date', symptom('Chest pain on exertion', 'active', { abatementDateTime: '2019-03-01' }), ['cardiac-symptoms']],
  ])('%s', (_name, resource, expected) => {
    expect(contextFromFhir([resource], { now: NOW }).flags).toEqual(expected);
  });
});

describe('contextFromFhir reads BMI, recorded or from body weight and height', () => {
  const size = (code: string, value: number, unit: string, date?: string) =>
    observation(code, 0, date, { valueInteger: undefined, valueQuantity: { value, unit, system: 'http://unitsofmeasure.org', code: unit } });

  it('raises the eating-disorder card for a very low recorded BMI, and reads obesity from a high one', () => {
    expect(contextFromFhir(bundle(size('39156-5', 15.2, 'kg/m2')), { now: NOW }).flags).toContain('eating-disorder');
    const high = contextFromFhir(bundle(size('39156-5', 41, 'kg/m2')), { now: NOW });
    expect(high.flags).not.toContain('eating-disorder');
    expect(high.conditions).toEqual([expect.objectContaining({ id: 'obesity', status: 'present' })]);
  });

  it('works out a BMI from the latest weight and a height when none is recorded', () => {
    const context = contextFromFhir(bundle(size('29463-7', 62, 'kg', '2026-01-10'), size('8302-2', 168, 'cm', '2025-06-01'), size('29463-7', 44, 'kg', '2026-11-20')), { now: NOW });
    expect(context.flags).toContain('eating-disorder');
    // The earlier weight alone gives a BMI of 22: no card.
    const earlier = contextFromFhir(bundle(size('29463-7', 44, 'kg', '2026-01-10'), size('8302-2', 1.68, 'm'), size('29463-7', 62, 'kg', '2026-11-20')), { now: NOW });
    expect(earlier.flags).not.toContain('eating-disorder');
  });

  it('converts pounds and inches, and leaves out a size with no unit', () => {
    expect(contextFromFhir(bundle(size('29463-7', 97, '[lb_av]'), size('8302-2', 66, '[in_i]')), { now: NOW }).flags).toContain('eating-disorder');
    const unitless = observation('29463-7', 0, undefined, { valueInteger: undefined, valueQuantity: { value: 44 } });
    expect(contextFromFhir(bundle(unitless, size('8302-2', 168, 'cm')), { now: NOW }).flags).not.toContain('eating-disorder');
  });

  it('keeps a recorded BMI over one worked out', () => {
    const context = contextFromFhir(bundle(size('39156-5', 22, 'kg/m2'), size('29463-7', 44, 'kg'), size('8302-2', 168, 'cm')), { now: NOW });
    expect(context.flags).not.toContain('eating-disorder');
  });

  it("does not use another person's weight in a Bundle of two", () => {
    const patient = (id: string, birthDate: string) => ({ resourceType: 'Patient', id, birthDate });
    const of = (resource: object, id: string) => ({ ...resource, subject: { reference: `Patient/${id}` } });
    const context = contextFromFhir(
      bundle(patient('p1', '1980-02-02'), patient('p2', '2010-05-05'), of(size('29463-7', 44, 'kg'), 'p2'), of(size('8302-2', 168, 'cm'), 'p1')),
      { now: NOW },
    );
    expect(context.flags).not.toContain('eating-disorder');
  });
});
