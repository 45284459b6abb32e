import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { adapterFor, checkAdapter, GENERIC_ADAPTER } from '../../../utils/context/adapters/index.ts';
import { CARENOTES_TT_ADAPTER } from '../../../utils/context/adapters/carenotes-tt.ts';
import { readDocument } from '../../../utils/context/read-document.ts';
import { ClinicalContextSchema, type ClinicalContext } from '../../../utils/context/schema.ts';
import { loadHtml } from './load-html.ts';

const NOW = new Date('2026-11-27T12:00:00Z');

// What a careful clinician reads from each synthetic demo record's visible summary (the session
// notes tab is hidden until opened, so it is not read).
const EXPECTED: Record<string, ClinicalContext> = {
  'aisha-rahman': {
    conditions: [
      { id: 'depression', status: 'present', text: 'Depressive episode' },
      { id: 'type-2-diabetes', status: 'present', text: 'Type 2 diabetes mellitus' },
      { id: 'osteoarthritis', status: 'present', text: 'Osteoarthritis' },
      { id: 'coronary-heart-disease', status: 'negated', text: 'Ischaemic heart disease' },
      { id: 'stroke', status: 'family', text: 'father had a stroke' },
    ],
    measures: {
      phq9: { value: 16, band: 'moderately severe', date: '2026-10-01', item9: 0 },
      gad7: { value: 12, band: 'moderate', date: '2026-10-01' },
    },
    flags: ['hypo-risk'],
    ageYears: 54,
    postcodeDistrict: 'N7',
  },
  'tom-gallagher': {
    conditions: [
      { id: 'anxiety', status: 'present', text: 'Generalised anxiety disorder' },
      { id: 'copd', status: 'present', text: 'COPD' },
      { id: 'hypertension', status: 'present', text: 'Hypertension' },
      { id: 'frailty', status: 'present', text: 'History of falls' },
      { id: 'atrial-fibrillation', status: 'possible', text: '?Atrial fibrillation' },
      { id: 'cancer', status: 'family', text: 'mother had breast cancer' },
    ],
    measures: {
      phq9: { value: 9, band: 'mild', date: '2026-11-02' },
      gad7: { value: 15, band: 'severe', date: '2026-11-02' },
    },
    flags: ['falls'],
    ageYears: 67,
    postcodeDistrict: 'NW5',
  },
  'jordan-ellis': {
    conditions: [
      { id: 'social-anxiety', status: 'present', text: 'Social anxiety disorder' },
      { id: 'eating-disorder', status: 'present', text: 'Bulimia nervosa' },
      { id: 'asthma', status: 'present', text: 'Asthma' },
      { id: 'diabetes', status: 'negated', text: 'No history of diabetes' },
      { id: 'type-1-diabetes', status: 'family', text: 'sister has type 1 diabetes' },
    ],
    measures: {
      phq9: { value: 11, band: 'moderate', date: '2026-11-10' },
      gad7: { value: 14, band: 'moderate', date: '2026-11-10' },
    },
    flags: ['eating-disorder'],
    ageYears: 24,
    postcodeDistrict: 'N1',
  },
  'priya-shah': {
    conditions: [
      { id: 'depression', status: 'present', text: 'Postnatal depression' },
      { id: 'postnatal', status: 'present', text: 'Postnatal depression' },
      { id: 'me-cfs', status: 'present', text: 'ME/CFS' },
      { id: 'irritable-bowel-syndrome', status: 'present', text: 'Irritable bowel syndrome' },
      // Screening says no; her mother has it. A relative's condition outranks a plain "no".
      { id: 'hypertension', status: 'family', text: 'mother has hypertension' },
      { id: 'diabetes', status: 'negated', text: 'Diabetes' },
      { id: 'asthma', status: 'negated', text: 'Asthma' },
    ],
    measures: {
      phq9: { value: 14, band: 'moderate', date: '2026-11-05', item9: 1 },
      gad7: { value: 8, band: 'mild', date: '2026-11-05' },
    },
    flags: ['me-cfs', 'postnatal', 'phq9-item9'],
    ageYears: 38,
    postcodeDistrict: 'NW1',
  },
};

describe('demo records (public/demo)', () => {
  it.each(Object.keys(EXPECTED))('%s is read as a clinician would read it', (name) => {
    const doc = loadHtml(`public/demo/${name}.html`);
    expect(checkAdapter(CARENOTES_TT_ADAPTER, doc)).toEqual([]);
    const context = readDocument(doc, { adapter: CARENOTES_TT_ADAPTER, now: NOW });
    expect(v.safeParse(ClinicalContextSchema, context).success).toBe(true);
    expect(context).toEqual(EXPECTED[name]);
  });

  it.each(Object.keys(EXPECTED))('%s reads the same with the generic adapter', (name) => {
    const doc = loadHtml(`public/demo/${name}.html`);
    expect(readDocument(doc, { adapter: GENERIC_ADAPTER, now: NOW })).toEqual(EXPECTED[name]);
  });

  it('reads the session notes once the tab is opened', () => {
    const doc = loadHtml('public/demo/aisha-rahman.html');
    doc.querySelector('.ehr-notes')!.removeAttribute('hidden');
    const context = readDocument(doc, { adapter: CARENOTES_TT_ADAPTER, now: NOW });
    expect(context.flags).toContain('hypo-risk');
    expect(context.flags).not.toContain('cardiac-symptoms');
    expect(context.conditions.find((c) => c.id === 'depression')?.status).toBe('present');
  });

  it('is chosen for the demo pages the extension opens', () => {
    expect(adapterFor('http://127.0.0.1:4173/demo/aisha-rahman.html').id).toBe('carenotes-tt');
    expect(adapterFor('http://localhost/demo/tom-gallagher.html').id).toBe('carenotes-tt');
    expect(adapterFor('chrome-extension://abcdef/demo/priya-shah.html').id).toBe('carenotes-tt');
    expect(adapterFor('https://records.example.nhs.uk/patient/1').id).toBe('generic');
  });
});
