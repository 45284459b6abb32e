import type { SiteAdapter } from './types.ts';

// "Hartwell Case Manager", a second record layout (fixture: tests/fixtures/context/hartwell.html).
// Its client card labels the home address just "Home" and its family panel "Relatives", so a
// generic reading would miss both; the adapter names those regions instead.
export const HARTWELL_ADAPTER: SiteAdapter = {
  id: 'hartwell',
  name: 'Hartwell Case Manager',
  matches: ['https://*.hartwell-case.example/*'],
  regions: ['.hcm-client-card', '.hcm-main'],
  contexts: [
    { selector: '.hcm-client-card', context: 'patient' },
    { selector: '.hcm-home .hcm-value', context: 'patient-address' },
    { selector: '.hcm-gp', context: 'org-address' },
    { selector: '.hcm-relatives', context: 'family' },
    { selector: '.hcm-drugs', context: 'medications' },
    { selector: '.hcm-allergies', context: 'allergies' },
    { selector: '.hcm-conditions', context: 'problems' },
    { selector: '.hcm-scores', context: 'measures' },
  ],
  expect: ['.hcm-client-card', '.hcm-main', '.hcm-home .hcm-value', '.hcm-gp', '.hcm-relatives', '.hcm-drugs', '.hcm-conditions', '.hcm-scores'],
};
