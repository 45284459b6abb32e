import { describe, expect, it } from 'vitest';
import { composeScript } from '../../../utils/advice/compose-script.ts';
import type { ClinicalContext } from '../../../utils/context/schema.ts';

const with_ = (...ids: ClinicalContext['conditions'][number]['id'][]): ClinicalContext => ({
  conditions: ids.map((id) => ({ id, status: 'present' as const, text: id })),
  measures: {},
  flags: [],
});
const texts = (context: ClinicalContext) => composeScript(context, '2min').signposts.map((s) => s.text);

describe('signposts follow the conditions, not just their group', () => {
  it('high blood pressure alone gets no cardiac or stroke rehabilitation', () => {
    const signposts = texts(with_('hypertension'));
    expect(signposts.some((t) => /cardiac rehabilitation/i.test(t))).toBe(false);
    expect(signposts.some((t) => /stroke rehabilitation/i.test(t))).toBe(false);
  });

  it('heart disease gets cardiac rehabilitation; a stroke gets stroke rehabilitation', () => {
    expect(texts(with_('coronary-heart-disease'))).toContain('Cardiac rehabilitation via your GP or heart team');
    expect(texts(with_('stroke'))).toContain('Stroke rehabilitation or community exercise after stroke, via your GP');
  });

  it('pulmonary rehabilitation is for COPD, not asthma alone', () => {
    expect(texts(with_('copd'))).toContain('Pulmonary rehabilitation via your GP or respiratory nurse');
    expect(texts(with_('asthma'))).not.toContain('Pulmonary rehabilitation via your GP or respiratory nurse');
  });

  it('a signpost named by several groups appears once', () => {
    const signposts = texts(with_('copd', 'hypertension', 'chronic-pain'));
    expect(signposts.filter((t) => /We Are Undefeatable/.test(t))).toHaveLength(1);
  });
});
