import { describe, expect, it } from 'vitest';
import { toCdsCards } from '../../../utils/widget/cds-cards.ts';
import type { ClinicalContext } from '../../../utils/context/schema.ts';
import type { SearchResult } from '../../../utils/directory/search/search-result.ts';

const base: ClinicalContext = { conditions: [{ id: 'copd', status: 'present', text: 'COPD' }], measures: {}, flags: [] };
const result = (name: string, url?: string): SearchResult => ({
  activity: { id: name, name, activities: [], mode: 'in-person', schedule: [], cost: { type: 'free' }, suitableFor: [], conditions: [], ...(url ? { url } : {}) },
  scope: 'local',
  distanceKind: 'km',
  distanceKm: 1.2,
  distanceText: '1.2 km',
  why: 'gentle, free, 1.2 km, designed for people with COPD',
  score: 1,
});

describe('toCdsCards', () => {
  it('gives a warning card first for a safety rule, with its source', () => {
    const cards = toCdsCards({ ...base, flags: ['cardiac-symptoms'] }, []);
    expect(cards[0]!.indicator).toBe('warning');
    expect(cards[0]!.source.label).toMatch(/PA Signpost: .*20\d\d/);
    expect(cards.every((c) => c.summary.length < 140)).toBe(true);
  });

  it('gives an info card per option with a link only for http(s)', () => {
    const cards = toCdsCards(base, [result('Breathe Easy', 'https://example.org/be'), result('Walk', 'javascript:alert(1)'), result('x'.repeat(300))]);
    expect(cards.map((c) => c.indicator)).toEqual(['info', 'info', 'info']);
    expect(cards[0]!.links).toEqual([{ label: 'Breathe Easy', url: 'https://example.org/be', type: 'absolute' }]);
    expect(cards[1]!.links).toBeUndefined();
    expect(cards[2]!.summary.length).toBeLessThan(140);
    expect(cards[0]!.detail).toContain('designed for people with COPD');
  });

  it('is quiet for a negated condition: no safety card', () => {
    expect(toCdsCards({ conditions: [{ id: 'eating-disorder', status: 'negated', text: 'no eating disorder' }], measures: {}, flags: [] })).toEqual([]);
  });
});
