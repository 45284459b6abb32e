import { describe, expect, it } from 'vitest';
import { createSearchIndex } from '../../../../utils/directory/search/create-search-index.ts';
import { KIND_LABELS, NATIONAL_OPTIONS } from '../../../../utils/directory/search/national-options.ts';
import { isSafeLink } from '../../../../utils/directory/safe-url.ts';
import { ctx, DISTRICTS, ids, NOW } from './fixtures.ts';

const index = createSearchIndex([], DISTRICTS);
const all = { now: NOW, nationalLimit: 20 };

describe('national and digital options', () => {
  it('lists the brief’s options, each marked for link checking, with safe links', () => {
    const names = NATIONAL_OPTIONS.map((o) => o.activity.name);
    for (const name of ['NHS Couch to 5K', 'NHS Active 10', 'NHS Fitness Studio', 'We Are Undefeatable', 'parkrun', 'Ramblers Wellbeing Walks', 'Pulmonary rehabilitation', 'Cardiac rehabilitation', 'Breathe Easy support groups', 'NHS Diabetes Prevention Programme', 'ESCAPE-pain', 'Exercise referral through the GP']) {
      expect(names).toContain(name);
    }
    for (const option of NATIONAL_OPTIONS) {
      expect(option.verify).toBe(true);
      if (option.activity.url) expect(isSafeLink(option.activity.url)).toBe(true);
    }
  });

  it('labels national results so they are never mistaken for local ones', () => {
    const out = index.search(ctx(), {}, all);
    expect(out.national.length).toBeGreaterThan(0);
    for (const r of out.national) {
      expect(r.scope).toBe('national');
      expect(r.kindLabel).toBe(KIND_LABELS[r.kind!]);
      expect(r.verify).toBe(true);
    }
    expect(out.total).toBe(0);
  });

  it('shows condition programmes only to people with those conditions', () => {
    expect(ids(index.search(ctx(), {}, all).national)).not.toContain('national:pulmonary-rehabilitation');
    const copd = index.search(ctx([['copd', 'present']]), {}, all).national;
    expect(ids(copd).slice(0, 2).sort()).toEqual(['national:breathe-easy', 'national:pulmonary-rehabilitation']);
    expect(ids(index.search(ctx([['prediabetes', 'present']]), {}, all).national)).toContain('national:nhs-diabetes-prevention-programme');
    expect(ids(index.search(ctx([['heart-failure', 'present']]), {}, all).national)[0]).toBe('national:cardiac-rehabilitation');
  });

  it.each(['me-cfs', 'eating-disorder'] as const)('excludes Couch to 5K for %s and counts it', (id) => {
    const out = index.search(ctx([[id, 'present']]), {}, all);
    expect(ids(out.national)).not.toContain('national:nhs-couch-to-5k');
    expect(out.excludedForSafety.count).toBeGreaterThan(0);
    expect(ids(index.search(ctx(), {}, all).national)).toContain('national:nhs-couch-to-5k');
  });

  it('applies format and text filters to national options too', () => {
    expect(index.search(ctx(), { format: 'online' }, all).national.every((r) => r.activity.mode === 'online')).toBe(true);
    expect(ids(index.search(ctx(), { text: 'running' }, all).national)).toEqual(expect.arrayContaining(['national:nhs-couch-to-5k', 'national:parkrun']));
  });
});
