import { describe, expect, it } from 'vitest';
import { composeScript } from '../../../utils/advice/compose-script.ts';
import { ACTIVITY_LEVELS, SCRIPT_LENGTHS } from '../../../utils/advice/content-schema.ts';
import { handout, handoutText } from '../../../utils/advice/handout.ts';
import { makeActivityPlan, planText } from '../../../utils/advice/make-activity-plan.ts';
import { recordNote } from '../../../utils/advice/record-note.ts';
import { scriptText } from '../../../utils/advice/script-text.ts';
import type { ConditionId } from '../../../utils/context/condition-ids.ts';
import type { SafetyFlag } from '../../../utils/context/schema.ts';
import { ONE_PER_GROUP, ctx } from './fixtures.ts';

const ED_WORDS = [/calorie/i, /weight loss/i, /\bgym/i, /move more/i, /\bweight\b/i, /\bslimming/i, /\bburn/i, /\bBMI\b/];
const ME_WORDS = [/graded/i, /build(ing)? up/i, /gradually increase/i, /couch to 5k/i, /progressive/i, /group exercise/i];

// Everything the therapist or the person could see: script, cards, note, handout and the plan.
function everything(conditions: Array<[ConditionId, 'present']>, flags: SafetyFlag[]): string[] {
  const out: string[] = [];
  for (const length of SCRIPT_LENGTHS) {
    for (const activityLevel of [...ACTIVITY_LEVELS, undefined]) {
      const script = composeScript(ctx(conditions, flags), length, activityLevel ? { activityLevel } : {});
      const plan = makeActivityPlan({ activity: 'Short walk', mode: script.mode });
      out.push(scriptText(script), recordNote({ script, plan, handoutGiven: true }), handoutText(handout({ script, plan })), planText(plan));
    }
  }
  return out;
}

describe('eating-disorder and ME/CFS outputs never carry forbidden words', () => {
  for (const [group, id] of ONE_PER_GROUP) {
    it(`eating disorder with ${group}`, () => {
      for (const t of everything([['eating-disorder', 'present'], [id, 'present']], [])) {
        for (const word of ED_WORDS) expect(t, `${word} in:\n${t}`).not.toMatch(word);
      }
    });
    it(`ME/CFS with ${group}`, () => {
      for (const t of everything([['me-cfs', 'present'], [id, 'present']], [])) {
        for (const word of ME_WORDS) expect(t, `${word} in:\n${t}`).not.toMatch(word);
      }
    });
  }

  it('holds with every safety flag at once', () => {
    const flags: SafetyFlag[] = ['eating-disorder', 'me-cfs', 'pregnancy', 'postnatal', 'cardiac-symptoms', 'hypo-risk', 'falls', 'phq9-item9'];
    for (const t of everything([['copd', 'present'], ['obesity', 'present']], flags)) {
      for (const word of [...ED_WORDS, ...ME_WORDS]) expect(t, `${word} in:\n${t}`).not.toMatch(word);
    }
  });

  it('long COVID alone also keeps to pacing wording', () => {
    for (const t of everything([['long-covid', 'present'], ['coronary-heart-disease', 'present']], [])) {
      for (const word of ME_WORDS) expect(t).not.toMatch(word);
    }
  });
});
