import { describe, expect, it } from 'vitest';
import { createSearchIndex } from '../../../../utils/directory/search/create-search-index.ts';
import { activity, ctx, DISTRICTS, ids, northOfN7, NOW } from './fixtures.ts';

const opts = { now: NOW };

describe('ranking by distance', () => {
  it('puts the nearer of two otherwise equal activities first', () => {
    const index = createSearchIndex([activity({ id: 'far', venue: northOfN7(3) }), activity({ id: 'near', venue: northOfN7(0.4) })], DISTRICTS);
    const out = index.search(ctx(), {}, opts);
    expect(ids(out.local)).toEqual(['near', 'far']);
    expect(out.local[0]!.distanceText).toBe('0.4 km');
    expect(out.local[0]!.distanceKm).toBeCloseTo(0.4, 1);
  });

  it('breaks exact ties by id, whatever the input order', () => {
    const same = northOfN7(1);
    const a = createSearchIndex([activity({ id: 'b', venue: same }), activity({ id: 'a', venue: same }), activity({ id: 'c', venue: same })], DISTRICTS);
    const b = createSearchIndex([activity({ id: 'c', venue: same }), activity({ id: 'a', venue: same }), activity({ id: 'b', venue: same })], DISTRICTS);
    expect(ids(a.search(ctx(), {}, opts).local)).toEqual(['a', 'b', 'c']);
    expect(ids(b.search(ctx(), {}, opts).local)).toEqual(['a', 'b', 'c']);
  });

  it('applies the distance filter: walk ≈ 1.6 km, short bus ride ≈ 5 km, any', () => {
    const index = createSearchIndex(
      [activity({ id: 'k1', venue: northOfN7(1) }), activity({ id: 'k3', venue: northOfN7(3) }), activity({ id: 'k12', venue: northOfN7(12) })],
      DISTRICTS,
    );
    expect(index.search(ctx(), { distance: 'walk' }, opts).total).toBe(1);
    expect(index.search(ctx(), { distance: 'bus' }, opts).total).toBe(2);
    expect(index.search(ctx(), { distance: 'any' }, opts).total).toBe(3);
  });

  it('returns a small best set (4 by default) and the total count', () => {
    const many = Array.from({ length: 9 }, (_, i) => activity({ id: `a${i}`, venue: northOfN7(0.1 * (i + 1)) }));
    const out = createSearchIndex(many, DISTRICTS).search(ctx(), {}, opts);
    expect(out.local).toHaveLength(4);
    expect(out.total).toBe(9);
    expect(ids(out.local)).toEqual(['a0', 'a1', 'a2', 'a3']);
    expect(createSearchIndex(many, DISTRICTS).search(ctx(), {}, { ...opts, limit: 2 }).local).toHaveLength(2);
  });

  it('is deterministic: the same query gives the same answer', () => {
    const index = createSearchIndex([activity({ id: 'x' }), activity({ id: 'y', cost: { type: 'paid', amount: 3 } })], DISTRICTS);
    expect(index.search(ctx(), {}, opts)).toEqual(index.search(ctx(), {}, opts));
  });
});

describe('missing coordinates', () => {
  it('uses the centroid of the venue postcode district, marked as approximate', () => {
    const index = createSearchIndex([activity({ id: 'pc', venue: { postcode: 'N19 5AB' } })], DISTRICTS);
    const [hit] = index.search(ctx(), {}, opts).local;
    expect(hit!.distanceText).toMatch(/^about 2\.\d km$/);
  });

  it('ranks activities with unknown distance after known near ones, and never crashes', () => {
    const index = createSearchIndex(
      [activity({ id: 'nowhere', venue: {} }), activity({ id: 'unknown-pc', venue: { postcode: 'ZZ9 9ZZ' } }), activity({ id: 'known', venue: northOfN7(4) })],
      DISTRICTS,
    );
    const out = index.search(ctx(), { distance: 'walk' }, opts);
    expect(ids(out.local)).toEqual(['nowhere', 'unknown-pc']);
    const any = index.search(ctx(), { distance: 'any' }, opts);
    expect(ids(any.local)[0]).toBe('known');
    expect(any.local[1]!.distanceText).toBe('distance not known');
  });

  it('falls back to the same district by venue postcode when the person has no centroid', () => {
    const index = createSearchIndex(
      [activity({ id: 'other', venue: { postcode: 'E1 6AN' } }), activity({ id: 'same', venue: { postcode: 'N7 6QQ' } })],
      {},
    );
    const out = index.search(ctx(), {}, opts);
    expect(out.located).toBe('district-only');
    expect(ids(out.local)).toEqual(['same', 'other']);
    expect(out.local[0]!.distanceText).toBe('in N7');
  });

  it('works with no district in the context and no centroids at all', () => {
    const index = createSearchIndex([activity({ id: 'a', venue: {} }), activity({ id: 'b' })], {});
    const out = index.search(ctx([], { postcodeDistrict: undefined }), { distance: 'walk' }, opts);
    expect(out.located).toBe('none');
    expect(out.total).toBe(2);
  });

  it('handles an empty directory', () => {
    const out = createSearchIndex([], DISTRICTS).search(ctx(), {}, opts);
    expect(out).toMatchObject({ local: [], total: 0 });
  });
});

describe('format, cost, intensity, time', () => {
  const online = activity({ id: 'online', mode: 'online', venue: undefined, activities: ['Chair-Based Exercise'] });
  const home = activity({ id: 'home', mode: 'home', venue: undefined });
  const inPerson = activity({ id: 'here' });
  const paid = activity({ id: 'paid', cost: { type: 'paid', amount: 8 } });
  const cheap = activity({ id: 'cheap', cost: { type: 'paid', amount: 4.5 } });
  const index = createSearchIndex([online, home, inPerson, paid, cheap], DISTRICTS);

  it('online only returns online activities, labelled online and never filtered by distance', () => {
    const out = index.search(ctx(), { format: 'online', distance: 'walk' }, opts);
    expect(ids(out.local)).toEqual(['online']);
    expect(out.local[0]!.distanceText).toBe('online');
    expect(out.local[0]!.distanceKind).toBe('remote');
  });

  it('at home returns home activities', () => {
    expect(ids(index.search(ctx(), { format: 'home' }, opts).local)).toEqual(['home']);
  });

  it('free and low cost (up to £5)', () => {
    expect(ids(index.search(ctx(), { cost: 'free', format: 'in-person' }, opts).local)).toEqual(['here']);
    expect(ids(index.search(ctx(), { cost: 'low', format: 'in-person' }, opts).local).sort()).toEqual(['cheap', 'here']);
    expect(index.search(ctx(), { format: 'in-person' }, opts).local.find((r) => r.activity.id === 'cheap')!.why).toContain('low cost (£4.50)');
  });

  it('gentle first ranks gentle above vigorous; gentle only drops the rest', () => {
    const idx = createSearchIndex([activity({ id: 'hard', intensity: 'vigorous' }), activity({ id: 'soft', intensity: 'gentle' }), activity({ id: 'unrated', intensity: undefined })], DISTRICTS);
    expect(ids(idx.search(ctx(), {}, opts).local)).toEqual(['soft', 'unrated', 'hard']);
    expect(ids(idx.search(ctx(), { intensity: 'gentle-only' }, opts).local)).toEqual(['soft']);
  });

  it('day and time of day: stated fits first, unknown times kept with "check times", clashes dropped', () => {
    const idx = createSearchIndex(
      [
        activity({ id: 'tue-am', schedule: [{ days: ['tue'], start: '10:00', end: '11:00' }] }),
        activity({ id: 'tue-pm', schedule: [{ days: ['tue'], start: '18:00' }] }),
        activity({ id: 'wed-am', schedule: [{ days: ['wed'], start: '10:00' }] }),
        activity({ id: 'unlisted', schedule: [] }),
      ],
      DISTRICTS,
    );
    const out = idx.search(ctx(), { day: 'tue', time: 'morning' }, opts);
    expect(ids(out.local)).toEqual(['tue-am', 'unlisted']);
    expect(out.local[0]!.why).toContain('Tuesday mornings');
    expect(out.local[1]!.why).toContain('check times');
    expect(ids(idx.search(ctx(), { time: 'evening' }, opts).local)).toEqual(['tue-pm', 'unlisted']);
    expect(ids(idx.search(ctx(), { day: 'wed' }, opts).local)).toEqual(['wed-am', 'unlisted']);
  });
});

describe('suitability, age and freshness', () => {
  it('puts activities designed for the person’s present conditions first and says so', () => {
    const idx = createSearchIndex(
      [
        activity({ id: 'generic', venue: northOfN7(0.2) }),
        activity({ id: 'breathe', name: 'Breathe Easy walk', venue: northOfN7(1.2), conditions: ['copd'] }),
        activity({ id: 'asthma', venue: northOfN7(1), conditions: ['asthma'] }),
      ],
      DISTRICTS,
    );
    const out = idx.search(ctx([['copd', 'present']]), {}, opts);
    expect(ids(out.local)).toEqual(['breathe', 'asthma', 'generic']);
    expect(out.local[0]!.why).toBe('gentle, free, 1.2 km, designed for people with COPD');
    expect(out.local[1]!.why).toContain('designed for people with lung conditions');
  });

  it('ignores negated, family and possible mentions', () => {
    const idx = createSearchIndex([activity({ id: 'generic', venue: northOfN7(0.2) }), activity({ id: 'copd', venue: northOfN7(1.2), conditions: ['copd'] })], DISTRICTS);
    for (const status of ['negated', 'family', 'possible'] as const) {
      expect(ids(idx.search(ctx([['copd', status]]), {}, opts).local)[0]).toBe('generic');
    }
  });

  it('drops activities outside the person’s age range and favours ones aimed at it', () => {
    const idx = createSearchIndex(
      [
        activity({ id: 'young', ageRange: { min: 16, max: 25 } }),
        activity({ id: 'fifty-plus', ageRange: { min: 50 } }),
        activity({ id: 'open' }),
      ],
      DISTRICTS,
    );
    const out = idx.search(ctx([], { ageYears: 54 }), {}, opts);
    expect(ids(out.local)).toEqual(['fifty-plus', 'open']);
    expect(out.local[0]!.why).toContain('for ages 50+');
    expect(idx.search(ctx(), {}, opts).total).toBe(3);
  });

  it('ranks stale details slightly lower and says when they were last checked', () => {
    const idx = createSearchIndex([activity({ id: 'old', updated: '2025-11-01' }), activity({ id: 'fresh', updated: '2026-05-20' })], DISTRICTS);
    const out = idx.search(ctx(), {}, opts);
    expect(ids(out.local)).toEqual(['fresh', 'old']);
    expect(out.local[1]!.staleText).toBe('details last checked 7 months ago');
    expect(out.local[0]!.staleText).toBeUndefined();
  });

  it('cohort filters keep only tagged activities', () => {
    const idx = createSearchIndex(
      [
        activity({ id: 'women', suitableFor: ['women-only'] }),
        activity({ id: 'older', suitableFor: ['older-adults', 'wheelchair-accessible'] }),
        activity({ id: 'plain' }),
      ],
      DISTRICTS,
    );
    expect(ids(idx.search(ctx(), { cohort: ['women-only'] }, opts).local)).toEqual(['women']);
    expect(ids(idx.search(ctx(), { cohort: ['older-adults', 'wheelchair-accessible'] }, opts).local)).toEqual(['older']);
    expect(idx.search(ctx(), { cohort: ['older-adults'] }, opts).local[0]!.why).toContain('for over 60s');
  });
});
