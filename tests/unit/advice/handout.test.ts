import { describe, expect, it } from 'vitest';
import { composeScript } from '../../../utils/advice/compose-script.ts';
import { handout, handoutText } from '../../../utils/advice/handout.ts';
import { makeActivityPlan } from '../../../utils/advice/make-activity-plan.ts';
import { activity, ctx } from './fixtures.ts';

const context = ctx([['copd', 'present'], ['depression', 'present']], [], { postcodeDistrict: 'N7', ageYears: 61 });
const script = composeScript(context, '2min');
const group = activity({
  name: 'Breathe Easy',
  url: 'https://example.org/be',
  venue: { name: 'Library', address: '1 High St' },
  schedule: [{ days: ['wed'], start: '14:00' }],
  organiser: { phone: '0300 222 5800' },
});

describe('handout', () => {
  it('gives a title, plain-English paragraphs, activities with when/where/contact/link and the plan', () => {
    const h = handout({ script, activities: [group], plan: makeActivityPlan({ activity: group }) });
    expect(h.title).toBe('Being active: your plan');
    expect(h.paragraphs.join(' ')).toMatch(/breathing/);
    expect(h.activities[0]).toEqual({ name: 'Breathe Easy', when: 'Wednesdays from 14:00', where: 'Library, 1 High St', contact: '0300 222 5800', link: 'https://example.org/be' });
    expect(h.plan?.what).toBe('Breathe Easy');
    expect(handoutText(h)).toMatch(/Your plan:\nWhat: Breathe Easy/);
  });

  it('carries no identifiers unless the therapist typed a name', () => {
    const h = handout({ script });
    expect(h.personName).toBeUndefined();
    const t = handoutText(h);
    expect(t).not.toMatch(/N7|61/);
    const named = handout({ script, personName: ' Sam ' });
    expect(named.personName).toBe('Sam');
    expect(handoutText(named)).toMatch(/\(for Sam\)/);
  });

  it('leaves out lines still to be confirmed locally', () => {
    const h = handout({ script: composeScript(ctx([['anxiety', 'present']]), '2min') });
    expect(h.paragraphs.join(' ')).not.toMatch(/take the edge off anxiety/);
  });

  it('drops non-http links', () => {
    const h = handout({ script, activities: [activity({ url: 'tel:0123' })] });
    expect(h.activities[0]?.link).toBeUndefined();
  });

  it('has pacing and eating-disorder versions without the activity guidelines', () => {
    expect(handout({ script: composeScript(ctx([['me-cfs', 'present']]), '2min') }).title).toBe('Managing your energy');
    const ed = handout({ script: composeScript(ctx([['eating-disorder', 'present']]), '2min') });
    expect(ed.title).toBe('Activity and your care');
    expect(ed.paragraphs.join(' ')).not.toMatch(/150/);
  });
});
