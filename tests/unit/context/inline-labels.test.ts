import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inlineLabels } from '../../../utils/context/inline-labels.ts';

// The pattern inlineLabels replaces, kept here as its oracle.
const PATTERN = /(?:^|[.;!?]\s+)([A-Za-z][A-Za-z '-]{0,30}[A-Za-z]):/g;

function byPattern(text: string) {
  return [...text.matchAll(PATTERN)].map((m) => ({ label: m[1]!, at: m.index + m[0].length }));
}

describe('labels inside a block', () => {
  it('finds a label at the start and after each sentence end', () => {
    expect(inlineLabels('FH: mother had a stroke. Plan: walk. PMH:\tasthma')).toEqual([
      { label: 'FH', at: 3 },
      { label: 'Plan', at: 30 },
      { label: 'PMH', at: 41 },
    ]);
    expect(inlineLabels('Seen today.\u00a0 Family history: IHD')).toEqual([{ label: 'Family history', at: 28 }]);
  });

  it('ignores colons that follow no sentence end, a label too long, or a label not starting with a letter', () => {
    expect(inlineLabels('Session 12: reviewed goals')).toEqual([]);
    expect(inlineLabels('Time 10:30. x-ray: clear')).toEqual([{ label: 'x-ray', at: 18 }]);
    expect(inlineLabels(`Done. ${'a'.repeat(33)}: no`)).toEqual([]);
    expect(inlineLabels('Done. -Plan: walk')).toEqual([]);
    expect(inlineLabels('Done.Plan: walk')).toEqual([]);
  });

  it('agrees with the pattern it replaces on any text', () => {
    const alphabet = fc.constantFrom(...'aBz Z-\'.;!?:\t\n\u00a0\u2003x1,'.split(''));
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 80 }).map((chars) => chars.join('')), (text) => {
        expect(inlineLabels(text)).toEqual(byPattern(text));
      }),
      { numRuns: 5000 },
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (text) => {
        expect(inlineLabels(text)).toEqual(byPattern(text));
      }),
      { numRuns: 2000 },
    );
  });
});
