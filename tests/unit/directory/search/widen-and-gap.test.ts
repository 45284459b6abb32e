import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { createSearchIndex } from '../../../../utils/directory/search/create-search-index.ts';
import { ProvisionGapSchema } from '../../../../utils/directory/search/provision-gap.ts';
import { activity, ctx, DISTRICTS, northOfN7, NOW } from './fixtures.ts';

const opts = { now: NOW };
const index = createSearchIndex(
  [
    activity({ id: 'near-free', venue: northOfN7(1) }),
    activity({ id: 'bus-1', venue: northOfN7(3) }),
    activity({ id: 'bus-2', venue: northOfN7(4) }),
    activity({ id: 'bus-3', venue: northOfN7(4.5), cost: { type: 'paid', amount: 12 } }),
    activity({ id: 'near-paid', venue: northOfN7(0.5), cost: { type: 'paid', amount: 7 } }),
    activity({ id: 'near-paid-2', venue: northOfN7(0.6), cost: { type: 'paid', amount: 3 } }),
  ],
  DISTRICTS,
);

describe('widen hints', () => {
  it('counts what relaxing each filter would add, biggest first', () => {
    const out = index.search(ctx(), { distance: 'walk', cost: 'free' }, opts);
    expect(out.total).toBe(1);
    expect(out.widen).toEqual(['2 more within a short bus ride', '2 more if you include paid options', '1 more if you include low-cost options (up to £5)']);
    expect(out.widenHints[0]).toMatchObject({ filter: 'distance', count: 2, patch: { distance: 'bus' } });
  });

  it('says nothing when the best set is full', () => {
    const out = index.search(ctx(), { distance: 'any' }, opts);
    expect(out.widen).toEqual([]);
    expect(out.gap).toBeUndefined();
  });

  it('names cohort and text filters', () => {
    const out = index.search(ctx(), { distance: 'walk', cohort: ['women-only'], text: 'yoga' }, opts);
    expect(out.total).toBe(0);
    expect(out.widen).toEqual([]);
    const idx = createSearchIndex([activity({ id: 'w', suitableFor: ['women-only'] }), activity({ id: 'x' })], DISTRICTS);
    expect(idx.search(ctx(), { cohort: ['women-only'] }, opts).widen).toEqual(['1 more without "women only"']);
  });
});

describe('provision gap', () => {
  it('records district, condition group and the filter that would help most, nothing else', () => {
    const out = index.search(ctx([['copd', 'present'], ['depression', 'present']], { ageYears: 61 }), { distance: 'walk', cost: 'free' }, opts);
    expect(out.gap).toEqual({ district: 'N7', conditionGroup: 'respiratory', filter: 'distance' });
    expect(Object.keys(out.gap!).sort()).toEqual(['conditionGroup', 'district', 'filter']);
  });

  it('holds no identifiers or free text even when the context and filters carry some', () => {
    const context = ctx([['copd', 'present']], { postcodeDistrict: 'N7', ageYears: 61 });
    context.conditions[0]!.text = 'Jane Doe NHS 943 476 5919 COPD';
    const out = index.search(context, { distance: 'walk', text: 'Jane Doe' }, opts);
    const serialised = JSON.stringify(out.gap);
    expect(serialised).not.toMatch(/Jane|943|61|yoga/);
    expect(v.is(ProvisionGapSchema, out.gap)).toBe(true);
  });

  it('says "none" when no single change would help and "unknown" without a district', () => {
    const out = createSearchIndex([], DISTRICTS).search(ctx([], { postcodeDistrict: undefined }), {}, opts);
    expect(out.gap).toEqual({ district: 'unknown', conditionGroup: 'none', filter: 'none' });
  });

  it('refuses anything beyond the three fields', () => {
    expect(v.is(ProvisionGapSchema, { district: 'N7', conditionGroup: 'respiratory', filter: 'cost', note: 'x' })).toBe(false);
    expect(v.is(ProvisionGapSchema, { district: 'N7 6QQ', conditionGroup: 'respiratory', filter: 'cost' })).toBe(false);
  });
});
