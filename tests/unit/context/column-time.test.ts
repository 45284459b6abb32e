import { describe, expect, it } from 'vitest';
import { columnTime, laterColumn, notScoreColumn, runsNewestFirst } from '../../../utils/context/column-time.ts';

describe('columnTime', () => {
  it('orders the course of treatment', () => {
    const order = ['Assessment', 'Session 2', 'Session 10', 'Review', 'Discharge', 'Review 1', 'Latest'].map(columnTime);
    expect(order.every((t, k) => t !== undefined && (k === 0 || t > order[k - 1]!))).toBe(true);
  });
  it('reads numbered columns and leaves other headers alone', () => {
    expect(columnTime('Wk 6')).toBe(7);
    expect(columnTime('session 3 of 8')).toBe(4);
    expect(columnTime('Score')).toBeUndefined();
    expect(columnTime('Notes')).toBeUndefined();
    expect(columnTime('01/10/2026')).toBeUndefined();
  });
  it('reads the time since the start in weeks, whether written in figures or words', () => {
    expect(columnTime('6/52')).toBe(columnTime('6 weeks'));
    expect(columnTime('6/52')).toBe(columnTime('Week 6'));
    expect(columnTime('3/12')).toBe(columnTime('Month 3'));
    expect(columnTime('3/12')).toBeGreaterThan(columnTime('12/52')!);
    expect(columnTime('24 months')).toBeLessThan(columnTime('Review')!);
    expect(columnTime('3/11')).toBeUndefined();
  });
  it('reads a column named against another as the earlier one', () => {
    expect(laterColumn(t0('Previous'), t0('Latest'), false)).toBe(true);
    expect(laterColumn(t0('Before'), t0('After'), false)).toBe(true);
    expect(runsNewestFirst(['Latest', 'Previous'].map(columnTime))).toBe(true);
    expect(laterColumn(t0('Pre-therapy'), t0('Post-therapy'), false)).toBe(true);
    expect(laterColumn(t0('Last session'), t0('This session'), false)).toBe(true);
    expect(laterColumn(t0('Last week'), t0('This week'), false)).toBe(true);
    expect(runsNewestFirst(['This week', 'Last week'].map(columnTime))).toBe(true);
  });
  it('knows the columns that hold no score', () => {
    for (const h of ['Change', 'Target', 'Cut-off', 'Max score', 'Notes:', 'Normal range', '% change', 'Recovery threshold', 'Out of']) expect(notScoreColumn(h), h).toBe(true);
    for (const h of ['Score', 'Session 4', 'PHQ-9', 'Total']) expect(notScoreColumn(h), h).toBe(false);
  });
});
const t0 = (h: string) => columnTime(h)!;

describe('laterColumn and runsNewestFirst', () => {
  const t = (h: string) => columnTime(h)!;
  const first = (...hs: string[]) => runsNewestFirst(hs.map(columnTime));
  it('finds tables that run newest first', () => {
    expect(first('Session 6', 'Session 5', 'Session 4')).toBe(true);
    expect(first('Session 8', 'Review', 'Assessment')).toBe(true);
    expect(first('Latest', 'Session 2')).toBe(true);
    expect(first('Assessment', 'Session 4', 'Session 8')).toBe(false);
    expect(first('S1', 'S6', 'S1', 'S5')).toBe(false);
    expect(first('Discharge', 'Review 1')).toBe(false);
    expect(first('Assessment', 'Review 1', 'Session 12')).toBe(false);
    expect(first('Follow-up', 'Session 8')).toBe(true);
    expect(first('Assessment', 'Session 8', 'Current', 'Follow-up')).toBe(false);
  });
  it('lets the start and now decide, and otherwise the direction', () => {
    expect(laterColumn(t('Latest'), t('Assessment'), false)).toBe(false);
    expect(laterColumn(t('Assessment'), t('Session 2'), true)).toBe(true);
    expect(laterColumn(t('Session 12'), t('Review'), false)).toBe(true);
    expect(laterColumn(t('Session 6'), t('Session 5'), true)).toBe(false);
  });
  it('reads follow-ups, reviews after the end and bracketed now', () => {
    expect(columnTime('Follow-up')).toBeDefined();
    expect(columnTime('Review 1')! > columnTime('Discharge')!).toBe(true);
    expect(columnTime('Session 6 (today)')).toBe(columnTime('Today'));
    expect(columnTime('6th session')).toBe(columnTime('Session 6'));
  });
});
