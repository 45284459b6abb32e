import { describe, expect, it } from 'vitest';
import { createSearchIndex } from '../../../../utils/directory/search/create-search-index.ts';
import { activity, ctx, DISTRICTS, ids, NOW } from './fixtures.ts';

const opts = { now: NOW, limit: 10 };
const index = createSearchIndex(
  [
    activity({ id: 'hatha', name: 'Morning stretch', activities: ['Hatha Yoga'] }),
    activity({ id: 'chair', name: 'Chair yoga at the library', activities: ['Chair-Based Exercise'] }),
    activity({ id: 'walk', name: 'Health walk', activities: ['Health Walks'] }),
    activity({ id: 'tai', name: 'Tai-Chi for arthritis', activities: ['Tai Chi'] }),
    activity({ id: 'swim', name: 'Aquafit', activities: ['Aqua Aerobics'], description: 'Gentle exercise in the pool' }),
  ],
  DISTRICTS,
);

describe('activity text search', () => {
  it('"yoga" finds Hatha Yoga through the Activity List', () => {
    expect(ids(index.search(ctx(), { text: 'yoga' }, opts).local).sort()).toEqual(['chair', 'hatha']);
  });

  it('narrower terms: "walking" finds health walks; synonyms: "taichi" finds Tai Chi', () => {
    expect(ids(index.search(ctx(), { text: 'walking' }, opts).local)).toEqual(['walk']);
    expect(ids(index.search(ctx(), { text: 'taichi' }, opts).local)).toEqual(['tai']);
  });

  it('"swimming" finds aqua aerobics (narrower) and ignores case and spacing', () => {
    expect(ids(index.search(ctx(), { text: '  SWIMMING ' }, opts).local)).toEqual(['swim']);
  });

  it('an unknown word matches names and descriptions directly', () => {
    expect(ids(index.search(ctx(), { text: 'library' }, opts).local)).toEqual(['chair']);
    expect(index.search(ctx(), { text: 'curling' }, opts).total).toBe(0);
  });
});
