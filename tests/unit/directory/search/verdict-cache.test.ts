import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CONDITION_IDS } from '../../../../utils/context/condition-ids.ts';
import { CONDITION_STATUSES, SAFETY_FLAG_IDS, type ClinicalContext } from '../../../../utils/context/schema.ts';
import { createVerdictCache } from '../../../../utils/directory/search/verdict-cache.ts';
import { judgeActivity } from '../../../../utils/safety/activity-rules.ts';
import { activity } from './fixtures.ts';

const activities = [
  activity({ id: 'gym', name: 'Gym', activities: ['Gym'], intensity: 'vigorous' }),
  activity({ id: 'c25k', name: 'Couch to 5K', activities: ['Running'] }),
  activity({ id: 'rehab', name: 'Cardiac rehab', activities: ['Cardiac Rehabilitation'], referral: 'professional-referral' }),
  activity({ id: 'balance', name: 'Strength and balance', activities: ['Strength and Balance'] }),
  activity({ id: 'aqua', name: 'Aquanatal', activities: ['Aquanatal'] }),
  activity({ id: 'walk', name: 'Walk', activities: ['Walking'] }),
  activity({ id: 'box', name: 'Boxing', activities: ['Boxing'] }),
];

const contextArb: fc.Arbitrary<ClinicalContext> = fc.record({
  conditions: fc.array(fc.record({ id: fc.constantFrom(...CONDITION_IDS), status: fc.constantFrom(...CONDITION_STATUSES), text: fc.string({ maxLength: 20 }) }), { maxLength: 5 }),
  measures: fc.record({ phq9: fc.option(fc.record({ value: fc.integer({ min: 0, max: 27 }), band: fc.constant('x'), item9: fc.integer({ min: 0, max: 3 }) }), { nil: undefined }) }, { requiredKeys: [] }),
  ageYears: fc.option(fc.integer({ min: 16, max: 99 }), { nil: undefined }),
  flags: fc.uniqueArray(fc.constantFrom(...SAFETY_FLAG_IDS), { maxLength: 3 }),
}) as fc.Arbitrary<ClinicalContext>;

describe('verdict cache', () => {
  it('always agrees with judgeActivity, however contexts follow one another', () => {
    const cache = createVerdictCache(activities);
    fc.assert(
      fc.property(fc.array(contextArb, { minLength: 1, maxLength: 12 }), (contexts) => {
        for (const context of contexts) {
          const lookup = cache.forContext(context);
          activities.forEach((a, i) => expect(lookup(i)).toEqual(judgeActivity(context, a)));
        }
      }),
      { numRuns: 150 },
    );
  });

  it('prepare judges everything ahead and reports when done', () => {
    const cache = createVerdictCache(activities);
    const context: ClinicalContext = { conditions: [], measures: {}, flags: ['eating-disorder'] };
    expect(cache.prepare(context)).toBe(true);
    expect(cache.forContext(context)(0).exclude).toMatch(/eating disorder/);
  });
});
