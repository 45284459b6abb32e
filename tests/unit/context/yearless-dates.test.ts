import { describe, expect, it } from 'vitest';
import { resolveYearless, yearlessDate } from '../../../utils/context/dates.ts';

describe('a day and month with no year', () => {
  it('reads only a real day of a month', () => {
    expect(yearlessDate('27/11 - PHQ-9 12')).toBe('0000-11-27');
    expect(yearlessDate('6/1 Session 2')).toBe('0000-01-06');
    expect(yearlessDate('09.05 Phone review')).toBeUndefined();
    expect(yearlessDate('2/52 - review')).toBeUndefined();
    expect(yearlessDate('31/11 - PHQ-9 12')).toBeUndefined();
    expect(yearlessDate('29/02 - PHQ-9 12')).toBe('0000-02-29');
    expect(yearlessDate('27/11/2026')).toBeUndefined();
  });

  it('takes the latest year that puts it no later than today', () => {
    expect(resolveYearless('0000-11-27', '2026-11-27')).toBe('2026-11-27');
    expect(resolveYearless('0000-12-15', '2026-11-27')).toBe('2025-12-15');
    expect(resolveYearless('0000-01-20', '2026-11-27')).toBe('2026-01-20');
    expect(resolveYearless('0000-02-29', '2026-11-27')).toBe('2024-02-29');
    expect(resolveYearless('2026-10-01', '2026-11-27')).toBe('2026-10-01');
  });
});
