import { describe, expect, it } from 'vitest';
import { judgeActivity } from '../../../utils/safety/activity-rules.ts';
import { activity, ctx } from './fixtures.ts';

const gym = activity({ id: 'gym', name: 'Leisure centre fitness suite', activities: ['Gym'], intensity: 'moderate' });
const slimming = activity({ id: 'slim', name: 'Healthy weight club', description: 'Weight loss and calorie tips', activities: ['Walking'] });
const bootcamp = activity({ id: 'boot', name: 'Park bootcamp', activities: ['Bootcamp'] });
const vigorous = activity({ id: 'vig', name: 'Running club', activities: ['Running'], intensity: 'vigorous' });
const walk = activity({ id: 'walk', name: 'Wellbeing walk', activities: ['Walking'], intensity: 'gentle' });
const c25k = activity({ id: 'c25k', name: 'Couch to 5K group', activities: ['Running'], intensity: 'moderate' });
const graded = activity({ id: 'graded', name: 'Get moving', description: 'A 12-week programme that increases a little each week', activities: ['Circuit training'] });
const pacing = activity({ id: 'pace', name: 'Fatigue and pacing group', description: 'Energy management', activities: ['Chair-based exercise'] });
const cardiacRehab = activity({ id: 'rehab', name: 'Cardiac rehabilitation', activities: ['Exercise class'], referral: 'professional-referral' });
const balance = activity({ id: 'bal', name: 'Steady on your feet', activities: ['Strength and balance'], suitableFor: ['older-adults'] });
const taiChi = activity({ id: 'tai', name: 'Tai chi for beginners', activities: ['Tai Chi'] });
const boxing = activity({ id: 'box', name: 'Boxing fitness', activities: ['Boxing'] });
const yoga = activity({ id: 'yoga', name: 'Gentle yoga', activities: ['Yoga'], intensity: 'gentle' });
const aquanatal = activity({ id: 'aqua', name: 'Aquanatal swim', activities: ['Swimming'] });
const buggy = activity({ id: 'buggy', name: 'Buggy walk', activities: ['Walking'] });

describe('judgeActivity', () => {
  it('says nothing when no rule applies', () => {
    expect(judgeActivity(ctx([['depression', 'present']]), gym)).toEqual({});
  });

  describe('eating disorder', () => {
    const ed = ctx([['eating-disorder', 'present']]);
    it.each([gym, slimming, bootcamp, vigorous])('excludes gym, weight-focused or vigorous: $id', (a) => {
      expect(judgeActivity(ed, a).exclude).toMatch(/eating disorder/);
    });
    it('fires from the flag alone', () => {
      expect(judgeActivity(ctx([], ['eating-disorder']), gym).exclude).toBeDefined();
    });
    it('lets a gentle walk through with a caution deferring to the team', () => {
      const verdict = judgeActivity(ed, walk);
      expect(verdict.exclude).toBeUndefined();
      expect(verdict.caution).toMatch(/eating-disorder team/);
    });
    it.each(['negated', 'family', 'possible'] as const)('stays quiet for a %s mention', (status) => {
      expect(judgeActivity(ctx([['eating-disorder', status]]), gym)).toEqual({});
    });
    it('does not read "mood lifting" as weight lifting', () => {
      const a = activity({ name: 'Mood lifting walk', activities: ['Walking'] });
      expect(judgeActivity(ed, a).exclude).toBeUndefined();
    });
  });

  describe('ME/CFS', () => {
    const me = ctx([['me-cfs', 'present']]);
    it.each([c25k, graded, vigorous])('excludes graded, progressive or vigorous: $id', (a) => {
      expect(judgeActivity(me, a).exclude).toMatch(/ME\/CFS/);
    });
    it('excludes "build up" wording', () => {
      const a = activity({ name: 'Walk and build up', activities: ['Walking'] });
      expect(judgeActivity(me, a).exclude).toMatch(/graded/);
    });
    it('prefers pacing-based options', () => {
      expect(judgeActivity(me, pacing)).toEqual({ prefer: 'built around pacing and energy management' });
    });
    it('cautions other activities to stay within energy limits', () => {
      expect(judgeActivity(me, walk).caution).toMatch(/energy limits/);
    });
    it('fires from the flag alone', () => {
      expect(judgeActivity(ctx([], ['me-cfs']), c25k).exclude).toBeDefined();
    });
    it.each(['negated', 'family', 'possible'] as const)('stays quiet for a %s mention', (status) => {
      expect(judgeActivity(ctx([['me-cfs', status]]), c25k)).toEqual({});
    });
  });

  describe('long COVID', () => {
    const lc = ctx([['long-covid', 'present']]);
    it('excludes graded programmes and marks it to confirm', () => {
      expect(judgeActivity(lc, c25k).exclude).toMatch(/confirm locally/);
    });
    it('cautions vigorous activity rather than excluding it', () => {
      const verdict = judgeActivity(lc, activity({ name: 'Spin', activities: ['Cycling'], intensity: 'vigorous' }));
      expect(verdict.exclude).toBeUndefined();
      expect(verdict.caution).toMatch(/pace/);
    });
  });

  describe('cardiac symptoms', () => {
    const cardiac = ctx([], ['cardiac-symptoms']);
    it('prefers supervised and rehabilitation options', () => {
      const verdict = judgeActivity(cardiac, cardiacRehab);
      expect(verdict.prefer).toMatch(/supervised or rehabilitation/);
      expect(verdict.caution).toMatch(/seek medical review before increasing activity/);
    });
    it('excludes vigorous activity', () => {
      expect(judgeActivity(cardiac, vigorous).exclude).toMatch(/heart symptoms/);
      expect(judgeActivity(cardiac, bootcamp).exclude).toMatch(/heart symptoms/);
    });
    it('cautions everything else with the review message, marked confirm', () => {
      expect(judgeActivity(cardiac, walk).caution).toMatch(/medical review.*confirm locally/);
    });
    it('does not fire for a stable heart condition without the symptom flag', () => {
      expect(judgeActivity(ctx([['coronary-heart-disease', 'present']]), vigorous)).toEqual({});
    });
  });

  describe('falls, frailty and dementia', () => {
    it.each([
      ['falls flag', ctx([], ['falls'])],
      ['frailty present', ctx([['frailty', 'present']])],
      ['dementia present', ctx([['dementia', 'present']])],
    ])('%s prefers strength and balance', (_label, c) => {
      expect(judgeActivity(c, balance).prefer).toMatch(/strength and balance/);
      expect(judgeActivity(c, taiChi).prefer).toMatch(/strength and balance/);
    });
    it('prefers supervised options when not strength and balance', () => {
      expect(judgeActivity(ctx([], ['falls']), cardiacRehab).prefer).toBe('supervised');
    });
    it('cautions vigorous or high-impact activity', () => {
      expect(judgeActivity(ctx([['frailty', 'present']]), vigorous).caution).toMatch(/balance/);
    });
    it('prefers dementia-friendly options for dementia', () => {
      const a = activity({ name: 'Dementia-friendly swim', activities: ['Swimming'] });
      expect(judgeActivity(ctx([['dementia', 'present']]), a).prefer).toMatch(/dementia-friendly/);
    });
    it.each(['negated', 'family', 'possible'] as const)('stays quiet for a %s frailty or dementia mention', (status) => {
      expect(judgeActivity(ctx([['frailty', status], ['dementia', status]]), balance)).toEqual({});
    });
  });

  describe('pregnancy and after birth', () => {
    const pregnant = ctx([['pregnancy', 'present']]);
    it('excludes contact sports', () => {
      expect(judgeActivity(pregnant, boxing).exclude).toMatch(/contact sport/);
      expect(judgeActivity(ctx([], ['pregnancy']), boxing).exclude).toMatch(/contact sport/);
    });
    it('cautions vigorous activity and lying flat after 16 weeks', () => {
      expect(judgeActivity(pregnant, vigorous).caution).toMatch(/vigorous/);
      expect(judgeActivity(pregnant, yoga).caution).toMatch(/16 weeks/);
    });
    it('prefers pregnancy classes', () => {
      expect(judgeActivity(pregnant, aquanatal).prefer).toMatch(/pregnancy/);
    });
    it('postnatal prefers buggy walks and cautions high impact', () => {
      const postnatal = ctx([['postnatal', 'present']]);
      expect(judgeActivity(postnatal, buggy).prefer).toMatch(/after birth/);
      expect(judgeActivity(postnatal, vigorous).caution).toMatch(/confirm locally/);
    });
    it.each(['negated', 'family', 'possible'] as const)('stays quiet for a %s mention', (status) => {
      expect(judgeActivity(ctx([['pregnancy', status]]), boxing)).toEqual({});
    });
  });

  describe('hypo risk', () => {
    it('cautions to carry fast-acting sugar, marked confirm', () => {
      expect(judgeActivity(ctx([], ['hypo-risk']), walk).caution).toMatch(/fast-acting sugar.*confirm locally/);
    });
    it('applies for type 1 diabetes present', () => {
      expect(judgeActivity(ctx([['type-1-diabetes', 'present']]), walk).caution).toMatch(/fast-acting sugar/);
    });
    it('does not apply for type 2 diabetes alone, or type 1 in the family', () => {
      expect(judgeActivity(ctx([['type-2-diabetes', 'present']]), walk)).toEqual({});
      expect(judgeActivity(ctx([['type-1-diabetes', 'family']]), walk)).toEqual({});
    });
  });

  describe('combinations', () => {
    it('keeps every exclusion reason, most serious first, and drops prefer when excluded', () => {
      const c = ctx([['eating-disorder', 'present'], ['frailty', 'present']], ['cardiac-symptoms']);
      const verdict = judgeActivity(c, activity({ name: 'Balance bootcamp', activities: ['Bootcamp', 'Balance'] }));
      expect(verdict.exclude).toMatch(/^not suggested with new or exertional heart symptoms.*; not suggested with an eating disorder/);
      expect(verdict.prefer).toBeUndefined();
    });
    it('joins cautions without repeating them', () => {
      const c = ctx([['type-1-diabetes', 'present']], ['hypo-risk']);
      const verdict = judgeActivity(c, walk);
      expect(verdict.caution?.split(';')).toHaveLength(1);
    });
    it('matches on suitableFor and conditions, not only the name', () => {
      const a = activity({ name: 'Tuesday session', activities: ['Exercise class'], conditions: ['obesity'] });
      expect(judgeActivity(ctx([['eating-disorder', 'present']]), a).exclude).toBeDefined();
    });
  });
});
