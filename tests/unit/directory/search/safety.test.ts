import { describe, expect, it } from 'vitest';
import { judgeActivity } from '../../../../utils/safety/activity-rules.ts';
import { createSearchIndex } from '../../../../utils/directory/search/create-search-index.ts';
import { activity, ctx, DISTRICTS, ids, northOfN7, NOW } from './fixtures.ts';

const opts = { now: NOW };
const gym = activity({ id: 'gym', name: 'Leisure centre gym', activities: ['Gym'], intensity: 'moderate', venue: northOfN7(0.2) });
const c25k = activity({ id: 'c25k', name: 'Couch to 5K group', activities: ['Running'], intensity: 'moderate', venue: northOfN7(0.3) });
const hiit = activity({ id: 'hiit', name: 'Park HIIT', activities: ['HIIT'], intensity: 'vigorous', venue: northOfN7(0.3) });
const rehab = activity({ id: 'rehab', name: 'Cardiac rehabilitation', activities: ['Cardiac Rehabilitation'], referral: 'professional-referral', intensity: 'moderate', venue: northOfN7(2) });
const balance = activity({ id: 'balance', name: 'Steady on your feet', activities: ['Strength and Balance'], intensity: 'moderate', venue: northOfN7(2) });
const walk = activity({ id: 'walk', name: 'Wellbeing walk', activities: ['Walking'], venue: northOfN7(0.5) });
const index = createSearchIndex([gym, c25k, hiit, rehab, balance, walk], DISTRICTS);

describe('safety verdicts in search (judgeActivity)', () => {
  it('eating disorder: gym, weight-focused and vigorous activities are removed and counted with the reason', () => {
    const out = index.search(ctx([['eating-disorder', 'present']]), {}, opts);
    expect(ids(out.local)).not.toContain('gym');
    expect(ids(out.local)).not.toContain('hiit');
    const local = out.excludedForSafety.reasons.find((r) => /eating disorder/.test(r.reason));
    expect(local!.count).toBeGreaterThanOrEqual(2);
    expect(out.local.every((r) => r.caution !== undefined)).toBe(true);
  });

  it('ME/CFS: graded programmes such as Couch to 5K are removed', () => {
    const out = index.search(ctx([['me-cfs', 'present']]), {}, opts);
    expect(ids(out.local)).not.toContain('c25k');
    expect(out.excludedForSafety.reasons.map((r) => r.reason).join()).toMatch(/ME\/CFS/);
  });

  it('cardiac symptoms: vigorous removed, supervised rehabilitation boosted above nearer options', () => {
    const out = index.search(ctx([], { flags: ['cardiac-symptoms'] }), {}, opts);
    expect(ids(out.local)).not.toContain('hiit');
    expect(ids(out.local)[0]).toBe('rehab');
    expect(out.local[0]!.why).toContain('supervised or rehabilitation option');
    expect(out.local[0]!.caution).toMatch(/medical review/);
  });

  it('falls: strength and balance first', () => {
    const out = index.search(ctx([], { flags: ['falls'] }), {}, opts);
    expect(ids(out.local)[0]).toBe('balance');
    expect(out.local[0]!.why).toContain('strength and balance');
  });

  it('reports exactly what judgeActivity says, for every activity it meets', () => {
    const context = ctx([['eating-disorder', 'present'], ['me-cfs', 'present']]);
    const out = index.search(context, { distance: 'any' }, { ...opts, nationalLimit: 0, limit: 10 });
    const expectedLocal = [gym, c25k, hiit, rehab, balance, walk].filter((a) => judgeActivity(context, a).exclude);
    const shownIds = ids(out.local);
    for (const a of expectedLocal) expect(shownIds).not.toContain(a.id);
    expect(out.total).toBe(6 - expectedLocal.length);
    for (const r of out.local) expect(r.caution).toBe(judgeActivity(context, r.activity).caution);
  });

  it('keeps verdicts per person: a second person is judged afresh', () => {
    expect(ids(index.search(ctx([['eating-disorder', 'present']]), {}, opts).local)).not.toContain('gym');
    expect(ids(index.search(ctx(), { distance: 'any' }, { ...opts, limit: 10 }).local)).toContain('gym');
    expect(index.search(ctx(), {}, opts).excludedForSafety.count).toBe(0);
  });
});
