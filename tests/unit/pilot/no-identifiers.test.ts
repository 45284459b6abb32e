import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { groupOf } from '../../../utils/context/condition-ids.ts';
import { readText } from '../../../utils/context/read-text.ts';
import { provisionGap } from '../../../utils/directory/search/provision-gap.ts';
import { outcodeOf } from '../../../utils/geo/outcode-of.ts';
import { countsToCsv } from '../../../utils/pilot/counts-to-csv.ts';
import { createPilotRecorder } from '../../../utils/pilot/create-pilot-recorder.ts';
import { emptyPilotCounts, type PilotCounts } from '../../../utils/pilot/pilot-counts-schema.ts';
import type { PilotEvent } from '../../../utils/pilot/pilot-event.ts';

const DEMO = join(process.cwd(), 'public/demo');
const FULL_POSTCODE = /\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b/g;

interface DemoPatient {
  file: string;
  text: string;
  identifiers: string[];
  homePostcode: string;
}

// Every detail on a demo record that identifies the person or where they live.
function demoPatients(): DemoPatient[] {
  return readdirSync(DEMO)
    .filter((file) => file.endsWith('.html'))
    .map((file) => ({ file, doc: new DOMParser().parseFromString(readFileSync(join(DEMO, file), 'utf8').replace(/<link[^>]*>|<script[^>]*>[^<]*<\/script>/g, ''), 'text/html') }))
    .filter(({ doc }) => doc.querySelector('.ehr-banner__name'))
    .map(({ file, doc }) => {
      const text = doc.body.textContent ?? '';
      const banner = doc.querySelector('.ehr-banner')!;
      const name = doc.querySelector('.ehr-banner__name')!.textContent!;
      const nameParts = name.replace(/\(.*?\)/g, '').split(/[\s,]+/).filter((w) => w.length > 2);
      const dd = [...banner.querySelectorAll('dd')].map((d) => d.textContent!.trim());
      const nhsNumber = dd.find((d) => /^\d{3} \d{3} \d{4}$/.test(d))!;
      const dob = doc.querySelector('.ehr-dob')!.textContent!.trim();
      const postcodes = [...text.matchAll(FULL_POSTCODE)].map((m) => m[0]);
      const streets = [...text.matchAll(/\d+ ([A-Z][\w']+ (?:Road|Street|Crescent|Corner|Square Road))/g)].map((m) => m[1]!);
      const identifiers = [
        ...nameParts,
        nhsNumber,
        nhsNumber.replace(/ /g, ''),
        dob,
        ...postcodes,
        ...postcodes.map((p) => p.replace(' ', '')),
        ...streets,
        doc.querySelector('.ehr-patient-address')!.textContent!.trim(),
      ];
      const homePostcode = doc.querySelector('.ehr-patient-address')!.textContent!.match(FULL_POSTCODE)![0];
      return { file, text, identifiers: [...new Set(identifiers)], homePostcode };
    });
}

// Events as the sidebar would send them for this record, plus labels built from the record's own
// identifying words (a listing could be named after a street or a person).
function eventsFor(patient: DemoPatient): PilotEvent[] {
  const context = readText(patient.text);
  const groups = [...new Set(context.conditions.filter((c) => c.status === 'present').map((c) => groupOf(c.id)))];
  return [
    { type: 'sidebar-open' },
    { type: 'script-shown', length: '2min', groups },
    { type: 'script-shown', length: '30s', groups: [] },
    { type: 'signpost', activityLabels: ['Walking group', 'Chair yoga'] },
    { type: 'signpost', activityLabels: patient.identifiers },
    { type: 'signpost', activityLabels: [`Walk with ${patient.identifiers[0]}`, patient.text.slice(0, 200)] },
    { type: 'note-copied' },
    { type: 'handout-printed' },
    { type: 'provision-gap', gap: provisionGap(context.postcodeDistrict, groups[0], 'distance') },
    { type: 'provision-gap', gap: provisionGap(outcodeOf(patient.homePostcode), groups[0], 'cost') },
  ];
}

let stored: PilotCounts;
const recorder = createPilotRecorder({
  enabled: async () => true,
  load: async () => stored,
  save: async (counts) => void (stored = counts),
  now: () => new Date(2026, 9, 1, 14, 30),
});
beforeEach(() => void (stored = emptyPilotCounts()));

describe('pilot counts hold nothing that identifies a person', () => {
  const patients = demoPatients();

  it('reads four demo patients with names, NHS numbers, dates of birth, postcodes and streets', () => {
    expect(patients.map((p) => p.file).sort()).toEqual(['aisha-rahman.html', 'jordan-ellis.html', 'priya-shah.html', 'tom-gallagher.html']);
    expect(patients[0]!.identifiers).toEqual(expect.arrayContaining(['RAHMAN', 'Aisha', '999 123 4567', '14/03/1972', 'N7 6RT', 'Hornsey Road']));
  });

  it('after recording every demo patient’s events, neither the stored counts nor the CSV contain any of their details', async () => {
    for (const patient of patients) for (const event of eventsFor(patient)) await recorder.record(event);
    const serialised = JSON.stringify(stored);
    const csv = countsToCsv(stored);
    expect(stored.days['2026-10-01']?.['sidebar-opens']).toEqual({ all: patients.length });
    for (const patient of patients) {
      for (const identifier of patient.identifiers) {
        const pattern = new RegExp(`\\b${identifier.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i');
        expect(serialised, `${patient.file}: ${identifier}`).not.toMatch(pattern);
        expect(csv, `${patient.file}: ${identifier}`).not.toMatch(pattern);
      }
    }
    // Only the outward code of a postcode (N7 is counted, N7 6RT never is), and no time of day.
    expect(csv).toMatch(/provision-gaps,N7\|/);
    expect(serialised).not.toMatch(FULL_POSTCODE);
    expect(serialised).not.toMatch(/14:30|T\d\d:/);
  });

  it('refuses an event that carries anything beyond its closed fields, storing nothing', async () => {
    const patient = patients[0]!;
    const smuggled = [
      { type: 'note-copied', text: patient.text.slice(0, 100) },
      { type: 'sidebar-open', patient: patient.identifiers[0] },
      { type: 'script-shown', length: '2min', groups: [patient.identifiers[0]] },
      { type: 'provision-gap', gap: { district: 'N7 6RT', conditionGroup: 'none', filter: 'distance' } },
      { type: 'provision-gap', gap: { district: 'N7', conditionGroup: 'none', filter: 'distance', note: 'x' } },
    ];
    for (const event of smuggled) await expect(recorder.record(event)).rejects.toThrow(/^pilot event/);
    expect(stored).toEqual(emptyPilotCounts());
  });

  it('error messages do not repeat what was refused', async () => {
    const error = await recorder.record({ type: 'script-shown', length: '2min', groups: ['RAHMAN'] }).catch((e: Error) => e);
    expect(String(error)).not.toMatch(/RAHMAN/);
  });
});
