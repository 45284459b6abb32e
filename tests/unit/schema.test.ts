import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { ClinicalContextSchema } from '../../utils/context/schema.ts';
import { ActivitySchema } from '../../utils/directory/schema.ts';
import { isSafeLink } from '../../utils/directory/safe-url.ts';

describe('contracts', () => {
  it('accepts the ClinicalContext example from the design', () => {
    const example = {
      conditions: [{ id: 'type-2-diabetes', status: 'present', text: 'T2DM' }],
      measures: { phq9: { value: 16, band: 'moderately severe', date: '2026-10-01' }, gad7: { value: 12, band: 'moderate' } },
      ageYears: 54,
      postcodeDistrict: 'N7',
      flags: [],
    };
    expect(v.safeParse(ClinicalContextSchema, example).success).toBe(true);
  });

  it('refuses a full postcode where a district belongs', () => {
    const result = v.safeParse(ClinicalContextSchema, { conditions: [], measures: {}, flags: [], postcodeDistrict: 'N7 6PA' });
    expect(result.success).toBe(false);
  });

  it('refuses an impossible PHQ-9 total', () => {
    const result = v.safeParse(ClinicalContextSchema, { conditions: [], measures: { phq9: { value: 28, band: 'severe' } }, flags: [] });
    expect(result.success).toBe(false);
  });

  it.each([
    ['https://example.org/walks', true],
    ['http://example.org', true],
    ['tel:02071234567', true],
    ['mailto:walks@example.org', true],
    ['javascript:alert(1)', false],
    ['JavaScript:alert(1)', false],
    ['java\tscript:alert(1)', false],
    ['data:text/html,<script>alert(1)</script>', false],
    ['vbscript:msgbox', false],
    ['not a url', false],
  ])('link %s allowed: %s', (link, allowed) => {
    expect(isSafeLink(link)).toBe(allowed);
  });

  it('an activity with a javascript: url fails validation naming the field', () => {
    const result = v.safeParse(ActivitySchema, {
      id: 'a1', name: 'Walk', activities: ['Walking'], mode: 'in-person', schedule: [], cost: { type: 'free' },
      suitableFor: [], conditions: [], url: 'javascript:alert(1)',
    });
    expect(result.success).toBe(false);
    expect(v.flatten(result.issues!).nested).toHaveProperty('url');
  });
});
