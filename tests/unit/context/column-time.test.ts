import { describe, expect, it } from 'vitest';
import { columnTime, laterColumn } from '../../../utils/context/column-time.ts';

describe('columnTime', () => {
  it('orders the course of treatment', () => {
    const order = ['Assessment', 'Session 2', 'Session 10', 'Review', 'Discharge', 'Latest'].map(columnTime);
    expect(order.every((t, k) => t !== undefined && (k === 0 || t > order[k - 1]!))).toBe(true);
  });
  it('reads numbered columns and leaves other headers alone', () => {
    expect(columnTime('Wk 6')).toBe(7);
    expect(columnTime('session 3 of 8')).toBe(4);
    expect(columnTime('Score')).toBeUndefined();
    expect(columnTime('Notes')).toBeUndefined();
    expect(columnTime('01/10/2026')).toBeUndefined();
  });
});

describe('laterColumn', () => {
  const t = (h: string) => columnTime(h)!;
  it('reads numbered sessions by number, either way round', () => {
    expect(laterColumn(t('Session 4'), t('Session 8'))).toBe(true);
    expect(laterColumn(t('Session 6'), t('Session 5'))).toBe(false);
  });
  it('lets the start and now decide, and a review go by position', () => {
    expect(laterColumn(t('Latest'), t('Assessment'))).toBe(false);
    expect(laterColumn(t('Assessment'), t('Session 2'))).toBe(true);
    expect(laterColumn(t('Session 12'), t('Review'))).toBe(true);
  });
});
