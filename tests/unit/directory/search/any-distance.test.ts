import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSearchIndex } from '../../../../utils/directory/search/create-search-index.ts';
import type { Activity } from '../../../../utils/directory/schema.ts';
import { activity, ctx, DISTRICTS, NOW } from './fixtures.ts';

// At any distance the search scores only what could still reach the best set. The best few must be
// exactly those an exhaustive ranking puts first.
function directory(seed: number): Activity[] {
  let a = seed;
  const random = () => ((a = (a * 1103515245 + 12345) % 2147483648) / 2147483648);
  return Array.from({ length: 400 }, (_, i) =>
    activity({
      id: `a${String(i).padStart(3, '0')}`,
      venue: random() < 0.9 ? { lat: 51.3 + random() * 0.6, lng: -0.6 + random() * 0.9 } : { postcode: 'N7 1AA' },
      mode: random() < 0.93 ? 'in-person' : 'online',
      intensity: (['gentle', 'moderate', 'vigorous', undefined] as const)[Math.floor(random() * 4)],
      cost: random() < 0.5 ? { type: 'free' } : { type: 'paid', amount: Math.floor(random() * 10) },
      conditions: random() < 0.1 ? ['copd'] : random() < 0.1 ? ['depression'] : [],
      suitableFor: random() < 0.2 ? ['older-adults', 'beginners'] : [],
      activities: random() < 0.1 ? ['Gym'] : ['Walking'],
      updated: random() < 0.3 ? '2025-01-01' : '2026-05-01',
    }),
  );
}

describe('any distance', () => {
  it('returns the same best set as exhaustive ranking', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.constantFrom<Array<[Parameters<typeof ctx>[0], Parameters<typeof ctx>[1]]>>(
          [[], {}],
          [[['copd', 'present']], { ageYears: 70 }],
          [[['depression', 'present']], { flags: ['eating-disorder'] }],
          [[], { flags: ['falls'], ageYears: 80 }],
        ),
        fc.constantFrom('gentle-first', 'any'),
        fc.integer({ min: 1, max: 6 }),
        (seed, [conditions, extra], intensity, limit) => {
          const index = createSearchIndex(directory(seed), DISTRICTS);
          const context = ctx(conditions, extra);
          const filters = { distance: 'any', intensity } as const;
          const pruned = index.search(context, filters, { now: NOW, limit });
          const full = index.search(context, filters, { now: NOW, limit: 1000 });
          expect(pruned.total).toBe(full.total);
          expect(pruned.local.map((r) => r.activity.id)).toEqual(full.local.slice(0, limit).map((r) => r.activity.id));
        },
      ),
      { numRuns: 40 },
    );
  });
});
