import { describe, expect, it } from 'vitest';
import { makeActivityPlan, planText } from '../../../utils/advice/make-activity-plan.ts';
import { activity } from './fixtures.ts';

const walk = activity({
  id: 'w1',
  name: 'Wellbeing walk',
  intensity: 'gentle',
  venue: { name: 'Town park', postcode: 'N7 0AA' },
  schedule: [{ days: ['tue', 'thu'], start: '10:00', end: '11:00' }],
  organiser: { name: 'Ramblers', phone: '01234 567890', url: 'https://example.org/walks' },
});

describe('makeActivityPlan', () => {
  it('fills what, when, where and how hard from a directory activity', () => {
    const plan = makeActivityPlan({ activity: walk, withWhom: 'a neighbour' });
    expect(plan).toMatchObject({
      what: 'Wellbeing walk',
      when: 'Tuesdays and Thursdays 10:00–11:00',
      where: 'Town park, N7 0AA',
      withWhom: 'a neighbour',
      howHard: 'Gentle: you can talk and sing',
      activityId: 'w1',
      contact: 'Ramblers, 01234 567890',
      link: 'https://example.org/walks',
    });
    expect(plan.ifItDoesNotHappen).toMatch(/next session/);
  });

  it('accepts free text and leaves unknowns to agree', () => {
    const plan = makeActivityPlan({ activity: '  Walk to the shop  ' });
    expect(plan.what).toBe('Walk to the shop');
    expect(planText(plan)).toMatch(/When: to agree/);
    expect(planText(plan)).toMatch(/How hard: Moderate/);
  });

  it('uses pacing wording for ME/CFS and defers for eating disorders', () => {
    expect(makeActivityPlan({ activity: 'Walk', mode: 'pacing' }).howHard).toMatch(/energy limits/);
    expect(makeActivityPlan({ activity: 'Walk', mode: 'pacing' }).ifItDoesNotHappen).toMatch(/rest/);
    expect(makeActivityPlan({ activity: 'Walk', mode: 'caution' }).howHard).toMatch(/eating-disorder team/);
  });

  it('describes online and home activities', () => {
    expect(makeActivityPlan({ activity: activity({ mode: 'online' }) }).where).toBe('Online');
    expect(makeActivityPlan({ activity: activity({ mode: 'home' }) }).where).toBe('At home');
  });

  it('fails loudly on an empty activity', () => {
    expect(() => makeActivityPlan({ activity: '   ' })).toThrow(/expected an activity/);
  });

  it('renders every field as plain text for the activity schedule', () => {
    const t = planText(makeActivityPlan({ activity: walk }));
    expect(t.split('\n').map((l) => l.split(':')[0])).toEqual(['What', 'When', 'Where', 'With whom', 'How hard', "What if it doesn't happen"]);
  });
});
