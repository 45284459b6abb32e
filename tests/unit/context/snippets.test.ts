import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { CONDITION_IDS } from '../../../utils/context/condition-ids.ts';
import { readText } from '../../../utils/context/read-text.ts';
import { ClinicalContextSchema, CONDITION_STATUSES } from '../../../utils/context/schema.ts';
import { CONDITION_SNIPPETS } from './snippets/conditions.ts';
import { DEMOGRAPHIC_SNIPPETS } from './snippets/demographics.ts';
import { FLAG_SNIPPETS } from './snippets/flags.ts';
import { MEASURE_SNIPPETS } from './snippets/measures.ts';
import type { Snippet } from './snippets/types.ts';

const NOW = new Date('2026-11-27T12:00:00Z');
const ALL: Snippet[] = [...CONDITION_SNIPPETS, ...MEASURE_SNIPPETS, ...DEMOGRAPHIC_SNIPPETS, ...FLAG_SNIPPETS];

function check(snippet: Snippet): void {
  const context = readText(snippet.text, { now: NOW });
  expect(v.safeParse(ClinicalContextSchema, context).success).toBe(true);
  for (const [id, want] of Object.entries(snippet.conditions ?? {})) {
    const got = context.conditions.find((c) => c.id === id);
    expect(got?.status ?? 'absent', `${id} in ${JSON.stringify(snippet.text)}: ${JSON.stringify(context.conditions)}`).toBe(want);
  }
  for (const flag of snippet.flags ?? []) {
    if (flag.startsWith('!')) expect(context.flags, `flags of ${JSON.stringify(snippet.text)}`).not.toContain(flag.slice(1));
    else expect(context.flags, `flags of ${JSON.stringify(snippet.text)}`).toContain(flag);
  }
  for (const measure of ['phq9', 'gad7'] as const) {
    const want = snippet[measure];
    if (want === undefined) continue;
    if (want === 'absent') expect(context.measures[measure]).toBeUndefined();
    else {
      const { date, ...rest } = want;
      expect(context.measures[measure], `${measure} of ${JSON.stringify(snippet.text)}`).toMatchObject(rest);
      if (date !== undefined) expect(context.measures[measure]?.date ?? 'absent', `${measure} date of ${JSON.stringify(snippet.text)}`).toBe(date);
    }
  }
  if (snippet.age !== undefined) expect(context.ageYears ?? 'absent').toBe(snippet.age);
  if (snippet.district !== undefined) expect(context.postcodeDistrict ?? 'absent').toBe(snippet.district);
}

describe('labelled snippets', () => {
  it('cover every condition id and every status', () => {
    const ids = new Set(CONDITION_SNIPPETS.flatMap((s) => Object.keys(s.conditions ?? {})));
    expect(CONDITION_IDS.filter((id) => !ids.has(id))).toEqual([]);
    const statuses = new Set(CONDITION_SNIPPETS.flatMap((s) => Object.values(s.conditions ?? {})));
    for (const status of CONDITION_STATUSES) expect(statuses).toContain(status);
    expect(ALL.length).toBeGreaterThanOrEqual(150);
  });

  describe.each([
    ['conditions', CONDITION_SNIPPETS],
    ['measures', MEASURE_SNIPPETS],
    ['ages and postcodes', DEMOGRAPHIC_SNIPPETS],
    ['safety flags', FLAG_SNIPPETS],
  ] as const)('%s', (_name, snippets) => {
    it.each(snippets.map((s) => [s.text, s] as const))('%j', (_text, snippet) => check(snippet));
  });
});
