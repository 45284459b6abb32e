import { describe, expect, it } from 'vitest';
import { contextFromAttributes } from '../../../utils/widget/context-from-attributes.ts';

describe('contextFromAttributes', () => {
  it('reads conditions, scores with bands, age and district', () => {
    const { context, problems } = contextFromAttributes({ conditions: 'copd, type-2-diabetes;copd', phq9: '16', 'phq9-date': '2026-10-01', gad7: '12', age: '54', district: 'n7 6rt' });
    expect(problems).toEqual([]);
    expect(context).toEqual({
      conditions: [
        { id: 'copd', status: 'present', text: 'copd' },
        { id: 'type-2-diabetes', status: 'present', text: 'type-2-diabetes' },
      ],
      measures: { phq9: { value: 16, band: 'moderately severe', date: '2026-10-01' }, gad7: { value: 12, band: 'moderate' } },
      ageYears: 54,
      postcodeDistrict: 'N7',
      flags: [],
    });
  });

  it('reports what is wrong and keeps the rest', () => {
    const { context, problems } = contextFromAttributes({ conditions: 'copd,sugar', phq9: '28', gad7: 'x', age: '-1', district: 'London' });
    expect(context.conditions.map((c) => c.id)).toEqual(['copd']);
    expect(context.measures).toEqual({});
    expect(problems.map((p) => p.attribute)).toEqual(['conditions', 'phq9', 'gad7', 'age', 'district']);
    expect(problems[1]!.message).toBe('expected a whole number from 0 to 27, found "28"');
  });
});
