import { describe, expect, it } from 'vitest';
import { columnTime } from '../../../utils/context/column-time.ts';

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
