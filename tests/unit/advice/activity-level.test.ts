import { describe, expect, it } from 'vitest';
import { ACTIVITY_LEVEL_MAPPING, ACTIVITY_QUESTION, activityLevelFromDays, activityLevelFromGppaq } from '../../../utils/advice/activity-level.ts';

describe('activity level', () => {
  it('maps days to Active Lives-style bands', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 7].map(activityLevelFromDays)).toEqual([
      'inactive', 'fairly-active', 'fairly-active', 'fairly-active', 'fairly-active', 'active', 'active', 'active',
    ]);
  });
  it('fails loudly outside 0-7', () => {
    expect(() => activityLevelFromDays(8)).toThrow(/expected a whole number of days from 0 to 7, found 8/);
    expect(() => activityLevelFromDays(2.5)).toThrow(/found 2.5/);
    expect(() => activityLevelFromDays(-1)).toThrow(RangeError);
  });
  it('documents the mapping as an approximation with its sources', () => {
    expect(ACTIVITY_LEVEL_MAPPING.approximation).toBe(true);
    expect(ACTIVITY_LEVEL_MAPPING.sources.map((s) => s.year)).toContain(2011);
    expect(ACTIVITY_QUESTION).toMatch(/30 minutes or more/);
  });
  it('folds GPPAQ levels into the same bands', () => {
    expect(activityLevelFromGppaq('active')).toBe('active');
    expect(activityLevelFromGppaq('moderately-inactive')).toBe('fairly-active');
    expect(activityLevelFromGppaq('inactive')).toBe('inactive');
  });
});
