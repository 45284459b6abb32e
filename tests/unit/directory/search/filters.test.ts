import { describe, expect, it } from 'vitest';
import { defaultFilters, parseFilters } from '../../../../utils/directory/search/filters.ts';

describe('search filters', () => {
  it('fills every default', () => {
    expect(defaultFilters()).toEqual({ distance: 'bus', day: 'any', time: 'any', cost: 'any', format: 'any', intensity: 'gentle-first', cohort: [], text: '' });
  });

  it('keeps what was given', () => {
    expect(parseFilters({ distance: 'walk', cohort: ['women-only'], text: ' yoga ' })).toMatchObject({ distance: 'walk', cohort: ['women-only'], text: 'yoga' });
  });

  it('fails loudly on a value outside the lists', () => {
    expect(() => parseFilters({ distance: 'car' })).toThrow(/expected a valid distance, found "car"/);
    expect(() => parseFilters({ cohort: ['vip'] })).toThrow(/cohort/);
  });
});
