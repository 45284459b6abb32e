import { describe, expect, it } from 'vitest';
import { composeScript } from '../../../utils/advice/compose-script.ts';
import { makeActivityPlan } from '../../../utils/advice/make-activity-plan.ts';
import { noteCodes, recordNote } from '../../../utils/advice/record-note.ts';
import { activity, ctx } from './fixtures.ts';

const script = composeScript(ctx([['copd', 'present'], ['asthma', 'possible']], ['hypo-risk'], { postcodeDistrict: 'N7', ageYears: 54 }), '2min', {
  activityLevel: 'fairly-active',
});

describe('recordNote', () => {
  const note = recordNote({
    script,
    plan: makeActivityPlan({ activity: 'Walk after lunch', when: 'Mon, Wed, Fri' }),
    signposted: [activity({ name: 'Breathe Easy Islington', organiser: { name: 'Asthma + Lung UK' } })],
    handoutGiven: true,
    referrals: ['physical-activity-programme', 'social-prescribing'],
    activityDays: 2,
    followUp: 'review in two weeks',
  });

  it('records the advice, its length, level, conditions, safety points, signposts, plan and follow-up', () => {
    expect(note).toMatch(/brief physical activity advice given \(2 minutes script\)/);
    expect(note).toMatch(/Activity level: 2 day\(s\).*fairly active \(approximate band\)/);
    expect(note).toMatch(/Conditions considered: COPD/);
    expect(note).toMatch(/To check with the person: possible asthma\./);
    expect(note).toMatch(/Safety points: Risk of hypos with activity \(confirm locally\)/);
    expect(note).toMatch(/Signposted to: Breathe Easy Islington \(Asthma \+ Lung UK\)/);
    expect(note).toMatch(/What: Walk after lunch/);
    expect(note).toMatch(/Follow-up: review in two weeks/);
  });

  it('carries the SNOMED CT codes, each marked confirm locally', () => {
    for (const code of ['183073003', '429778002', '390893007', '871731000000106']) {
      expect(note).toMatch(new RegExp(`SNOMED CT ${code} \\|[^|]+\\| \\(confirm locally\\)`));
    }
    expect(note).not.toMatch(/310882002/);
  });

  it('adds exercise on prescription and GPPAQ codes only when used', () => {
    const codes = noteCodes({ script, referrals: ['exercise-on-prescription'], gppaqRecorded: true }).map((c) => c.code);
    expect(codes).toEqual(['183073003', '310882002', '1086511000000107']);
    expect(noteCodes({ script }).every((c) => c.confirm)).toBe(true);
  });

  it('invents no code for signposting', () => {
    const codes = noteCodes({ script, signposted: [activity()] }).map((c) => c.code);
    expect(codes).toEqual(['183073003']);
  });

  it('does not copy the postcode district or age', () => {
    expect(note).not.toMatch(/N7/);
    expect(note).not.toMatch(/54/);
  });

  it('records pacing and eating-disorder conversations honestly', () => {
    expect(recordNote({ script: composeScript(ctx([['me-cfs', 'present']]), '30s') })).toMatch(/pacing discussed/);
    expect(recordNote({ script: composeScript(ctx([['eating-disorder', 'present']]), '30s') })).toMatch(/deferred to the eating-disorder team/);
  });
});
