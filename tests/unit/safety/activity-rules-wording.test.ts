import { describe, expect, it } from 'vitest';
import { judgeActivity } from '../../../utils/safety/activity-rules.ts';
import type { Activity } from '../../../utils/directory/schema.ts';
import type { ClinicalContext } from '../../../utils/context/schema.ts';

const falls: ClinicalContext = { conditions: [{ id: 'frailty', status: 'present', text: 'history of falls' }], measures: {}, flags: ['falls'] };
const activity = (name: string, description: string): Activity => ({ id: name, name, description, activities: [], mode: 'in-person', schedule: [], cost: { type: 'free' }, intensity: 'gentle', suitableFor: [], conditions: [] });

describe('falls caution wording', () => {
  it('a gentle class "run by" an instructor is not high-impact', () => {
    const verdict = judgeActivity(falls, activity('Steady Steps', 'A supervised class run by a postural stability instructor.'));
    expect(verdict.caution).toBeUndefined();
    expect(verdict.prefer).toMatch(/strength and balance/);
  });

  it('a running club still gets the caution', () => {
    expect(judgeActivity(falls, activity('Park running club', 'Weekly running club for all levels.')).caution).toMatch(/high-impact/);
  });
});
