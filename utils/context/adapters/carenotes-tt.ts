import type { SiteAdapter } from './types.ts';

// "CareNotes TT", the synthetic record system of the demo pages (public/demo/*.html). The record
// lives in #record (the SPA swaps it); the letterhead, top bar and footer sit outside it.
export const CARENOTES_TT_ADAPTER: SiteAdapter = {
  id: 'carenotes-tt',
  name: 'CareNotes TT (demo records)',
  matches: [
    'http://127.0.0.1/demo/*',
    'http://localhost/demo/*',
    'chrome-extension://*/demo/*',
    'moz-extension://*/demo/*',
    'file:///*/demo/*',
  ],
  regions: ['#record'],
  contexts: [
    { selector: '.ehr-banner', context: 'patient' },
    { selector: '.ehr-patient-address', context: 'patient-address' },
    { selector: '.ehr-problems', context: 'problems' },
    { selector: '.ehr-medications', context: 'medications' },
    { selector: '.ehr-measures', context: 'measures' },
    { selector: '.ehr-contacts', context: 'org-address' },
  ],
  expect: ['#record', '.ehr-banner', '.ehr-dob', '.ehr-patient-address', '.ehr-problems', '.ehr-medications', '.ehr-measures', '.ehr-contacts'],
};
