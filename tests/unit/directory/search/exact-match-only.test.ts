import { describe, expect, it } from 'vitest';
import { createSearchIndex } from '../../../../utils/directory/search/create-search-index.ts';
import type { ClinicalContext } from '../../../../utils/context/schema.ts';
import type { Activity } from '../../../../utils/directory/schema.ts';

const person = (id: ClinicalContext['conditions'][number]['id']): ClinicalContext => ({
  conditions: [{ id, status: 'present', text: id }],
  measures: {},
  flags: [],
  postcodeDistrict: 'N7',
});
const activity = (id: string, conditions: Activity['conditions']): Activity => ({
  id, name: id, activities: ['Walking'], mode: 'in-person', schedule: [], cost: { type: 'free' }, intensity: 'gentle', suitableFor: [], conditions,
  venue: { lat: 51.5535, lng: -0.117 },
});

describe('conditions that match only exactly', () => {
  const index = createSearchIndex([activity('dpp-local', ['prediabetes']), activity('t2-walk', ['type-2-diabetes'])], { N7: { lat: 51.5535, lng: -0.117 } });

  it('the Diabetes Prevention Programme is not "designed for" someone who already has type 2 diabetes', () => {
    const outcome = index.search(person('type-2-diabetes'));
    const dpp = outcome.local.find((r) => r.activity.id === 'dpp-local')!;
    expect(dpp.why).not.toMatch(/designed for/);
    expect(outcome.local[0]!.activity.id).toBe('t2-walk');
    expect(outcome.national.some((r) => /Diabetes Prevention/.test(r.activity.name))).toBe(false);
  });

  it('but is for someone with prediabetes', () => {
    const outcome = index.search(person('prediabetes'));
    expect(outcome.local.find((r) => r.activity.id === 'dpp-local')!.why).toMatch(/designed for people with/);
    expect(outcome.national.some((r) => /Diabetes Prevention/.test(r.activity.name))).toBe(true);
  });
});
