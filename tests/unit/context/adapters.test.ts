import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { ADAPTERS, adapterFor, assertAdapter, checkAdapter, detectAdapter, GENERIC_ADAPTER, type SiteAdapter } from '../../../utils/context/adapters/index.ts';
import { matchesPattern } from '../../../utils/context/adapters/match-pattern.ts';
import { SiteAdapterSchema } from '../../../utils/context/adapters/types.ts';
import { readDocument } from '../../../utils/context/read-document.ts';
import type { ClinicalContext } from '../../../utils/context/schema.ts';
import { loadHtml } from './load-html.ts';

const NOW = new Date('2026-11-27T12:00:00Z');

// Each named adapter and the fixture page that proves its selectors, with what must be read.
const FIXTURES: Record<string, { file: string; expected: ClinicalContext }> = {
  'carenotes-tt': {
    file: 'tests/fixtures/context/carenotes-tt.html',
    expected: {
      conditions: [
        { id: 'panic-disorder', status: 'present', text: 'Panic disorder' },
        { id: 'coronary-heart-disease', status: 'present', text: 'Angina' },
        { id: 'type-2-diabetes', status: 'present', text: 'Type 2 diabetes' },
        { id: 'copd', status: 'negated', text: 'COPD' },
        { id: 'stroke', status: 'family', text: 'father had a stroke' },
      ],
      measures: {
        phq9: { value: 8, band: 'mild', date: '2026-11-02', item9: 0 },
        gad7: { value: 15, band: 'severe', date: '2026-11-02' },
      },
      flags: [],
      ageYears: 67,
      postcodeDistrict: 'NW5',
    },
  },
  hartwell: {
    file: 'tests/fixtures/context/hartwell.html',
    expected: {
      conditions: [
        { id: 'heart-failure', status: 'present', text: 'Heart failure' },
        { id: 'type-1-diabetes', status: 'present', text: '46635009' },
        { id: 'depression', status: 'present', text: 'Recurrent depression' },
        { id: 'parkinsons', status: 'family', text: "Parkinson's disease" },
        { id: 'copd', status: 'family', text: 'COPD' },
        { id: 'frailty', status: 'negated', text: 'No falls' },
      ],
      measures: {
        phq9: { value: 12, band: 'moderate', date: '2026-11-09', item9: 0 },
        gad7: { value: 11, band: 'moderate', date: '2026-11-09' },
      },
      flags: ['hypo-risk'],
      ageYears: 51,
      postcodeDistrict: 'N1',
    },
  },
};

describe('site adapters', () => {
  it('are valid data, one fixture page each', () => {
    for (const adapter of [GENERIC_ADAPTER, ...ADAPTERS]) expect(v.safeParse(SiteAdapterSchema, adapter).issues).toBeUndefined();
    expect(ADAPTERS.map((a) => a.id).sort()).toEqual(Object.keys(FIXTURES).sort());
  });

  describe.each(ADAPTERS.map((a) => [a.id, a] as const))('%s', (id, adapter) => {
    const fixture = FIXTURES[id]!;

    it('matches every selector on its fixture page', () => {
      const doc = loadHtml(fixture.file);
      expect(checkAdapter(adapter, doc)).toEqual([]);
      expect(detectAdapter(doc).id).toBe(id);
    });

    it('reads its fixture page as a clinician would', () => {
      expect(readDocument(loadHtml(fixture.file), { adapter, now: NOW })).toEqual(fixture.expected);
    });

    it('fails loudly when the layout changes', () => {
      const doc = loadHtml(fixture.file);
      const selector = adapter.expect![adapter.expect!.length - 1]!;
      for (const el of doc.querySelectorAll(selector)) el.remove();
      expect(() => assertAdapter(adapter, doc)).toThrow(`adapter ${id}: expected selector ${selector} to match, found nothing`);
    });
  });

  it('names a broken selector', () => {
    const broken: SiteAdapter = { ...GENERIC_ADAPTER, id: 'broken', regions: ['div[['] };
    expect(checkAdapter(broken, loadHtml(FIXTURES.hartwell!.file))).toEqual(['adapter broken: expected a valid CSS selector, found "div[["']);
  });

  it('the Hartwell layout needs its adapter: "Home" and "Relatives" say nothing to a generic reading', () => {
    const generic = readDocument(loadHtml(FIXTURES.hartwell!.file), { now: NOW });
    expect(generic.postcodeDistrict).toBeUndefined();
    expect(generic.conditions.find((c) => c.id === 'parkinsons')?.status).toBe('present');
    expect(generic.conditions.find((c) => c.id === 'irritable-bowel-syndrome')?.status).toBe('possible');
  });

  it('ignores the letterhead, footer, hidden rows, aria-hidden text and our own sidebar', () => {
    const context = readDocument(loadHtml(FIXTURES.hartwell!.file), { now: NOW });
    const ids = context.conditions.map((c) => c.id);
    expect(ids).not.toContain('epilepsy');
    expect(ids).not.toContain('asthma');
    expect(ids).not.toContain('pregnancy');
    expect(ids).not.toContain('multiple-sclerosis');
    expect(context.postcodeDistrict).not.toBe('EC1A');
  });

  it('falls back to the whole page when the regions are gone', () => {
    const doc = loadHtml(FIXTURES.hartwell!.file);
    for (const el of doc.querySelectorAll('.hcm-client-card, .hcm-main')) el.replaceWith(...el.childNodes);
    const context = readDocument(doc, { adapter: ADAPTERS.find((a) => a.id === 'hartwell')!, now: NOW });
    expect(context.measures.phq9?.value).toBe(12);
  });

  it.each([
    ['https://*.hartwell-case.example/*', 'https://trust1.hartwell-case.example/client/42?tab=summary', true],
    ['https://*.hartwell-case.example/*', 'https://hartwell-case.example/', true],
    ['https://*.hartwell-case.example/*', 'https://evil-hartwell-case.example/', false],
    ['https://*.hartwell-case.example/*', 'http://trust1.hartwell-case.example/', false],
    ['*://*/demo/*', 'http://127.0.0.1:8080/demo/x.html', true],
    ['*://*/demo/*', 'file:///demo/x.html', false],
    ['http://127.0.0.1/demo/*', 'http://127.0.0.1:4173/demo/aisha-rahman.html', true],
    ['file:///*/demo/*', 'file:///home/me/public/demo/tom.html', true],
    ['http://127.0.0.1/demo/*', 'not a url', false],
  ])('pattern %s matches %s: %s', (pattern, url, expected) => {
    expect(matchesPattern(pattern, url)).toBe(expected);
  });

  it('picks the generic adapter when none matches', () => {
    expect(adapterFor('https://example.org/')).toBe(GENERIC_ADAPTER);
    expect(adapterFor('https://trust1.hartwell-case.example/client/1').id).toBe('hartwell');
  });
});
