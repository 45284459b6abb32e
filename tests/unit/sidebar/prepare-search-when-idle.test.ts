import { describe, expect, it } from 'vitest';
import { createSearchIndex, type SearchIndex } from '../../../utils/directory/search/create-search-index.ts';
import type { Activity } from '../../../utils/directory/schema.ts';
import { emptyContext, type ClinicalContext } from '../../../utils/context/schema.ts';
import { prepareSearchWhenIdle } from '../../../utils/sidebar/prepare-search-when-idle.ts';
import { createSidebarState } from '../../../utils/sidebar/sidebar-state.ts';

// An idle scheduler the test runs by hand.
function manualIdle() {
  const queue: (() => void)[] = [];
  const idle = (work: () => void) => {
    queue.push(work);
    return () => {
      const at = queue.indexOf(work);
      if (at >= 0) queue.splice(at, 1);
    };
  };
  const runAll = () => {
    let runs = 0;
    while (queue.length > 0 && runs < 1000) {
      queue.shift()!();
      runs++;
    }
    return runs;
  };
  return { idle, queue, runAll };
}

// An index whose prepare needs `slices` calls per person, recording whom it prepared.
function fakeIndex(slices: number) {
  const calls: string[] = [];
  const left = new Map<string, number>();
  const index = {
    size: 0,
    prepare(context: ClinicalContext) {
      const who = context.conditions.map((c) => c.id).join(',');
      calls.push(who);
      const n = (left.get(who) ?? slices) - 1;
      left.set(who, n);
      return n <= 0;
    },
    search: () => ({}),
  } as unknown as SearchIndex;
  return { index, calls };
}

const copd: ClinicalContext = { ...emptyContext(), conditions: [{ id: 'copd', status: 'present', text: 'COPD' }] };
const asthma: ClinicalContext = { ...emptyContext(), conditions: [{ id: 'asthma', status: 'present', text: 'asthma' }] };

describe('preparing the search in idle time', () => {
  it('waits for a directory and a page, then prepares in slices until done', () => {
    const state = createSidebarState();
    const { idle, queue, runAll } = manualIdle();
    const stop = prepareSearchWhenIdle(state, idle);
    const { index, calls } = fakeIndex(3);
    state.actions.setIndex(index);
    expect(queue).toHaveLength(0);
    state.actions.receivePage({ context: copd, adapter: 'generic', pageKey: 'a' });
    expect(runAll()).toBe(3);
    expect(calls).toEqual(['copd', 'copd', 'copd']);
    stop();
  });

  it('starts again for a new person and drops the slices left for the last one', () => {
    const state = createSidebarState();
    const { idle, queue, runAll } = manualIdle();
    const stop = prepareSearchWhenIdle(state, idle);
    const { index, calls } = fakeIndex(2);
    state.actions.setIndex(index);
    state.actions.receivePage({ context: copd, adapter: 'generic', pageKey: 'a' });
    queue.shift()!();
    state.actions.receivePage({ context: asthma, adapter: 'generic', pageKey: 'b' });
    expect(queue).toHaveLength(1);
    runAll();
    expect(calls).toEqual(['copd', 'asthma', 'asthma']);
    stop();
  });

  it('keeps each slice within the idle time the browser offers', () => {
    const state = createSidebarState();
    const queue: ((idleMs?: number) => void)[] = [];
    const stop = prepareSearchWhenIdle(state, (work) => (queue.push(work), () => undefined));
    const budgets: (number | undefined)[] = [];
    state.actions.setIndex({ size: 0, prepare: (_c: ClinicalContext, budget?: number) => (budgets.push(budget), false), search: () => ({}) } as unknown as SearchIndex);
    state.actions.receivePage({ context: copd, adapter: 'generic', pageKey: 'a' });
    for (const idleMs of [2, 50, 0, undefined]) queue.shift()!(idleMs);
    expect(budgets).toEqual([2, 8, 1, 8]);
    stop();
  });

  it('cancels what is scheduled when stopped', () => {
    const state = createSidebarState();
    const { idle, queue } = manualIdle();
    const stop = prepareSearchWhenIdle(state, idle);
    state.actions.setIndex(fakeIndex(5).index);
    state.actions.receivePage({ context: copd, adapter: 'generic', pageKey: 'a' });
    expect(queue).toHaveLength(1);
    stop();
    expect(queue).toHaveLength(0);
  });

  it('leaves a real index answering as an unprepared one does, text filter included', () => {
    const activities: Activity[] = Array.from({ length: 1500 }, (_, i) => ({
      id: `a${i}`,
      name: i % 3 === 0 ? `Chair yoga ${i}` : `Health walk ${i}`,
      activities: [i % 3 === 0 ? 'Chair Yoga' : 'Walking'],
      mode: 'in-person',
      venue: { postcode: 'N7 6RT', lat: 51.55 + (i % 50) / 1000, lng: -0.12 + (i % 30) / 1000 },
      schedule: [],
      cost: { type: 'free' },
      suitableFor: [],
      conditions: i % 7 === 0 ? ['copd'] : [],
    }));
    const districts = { N7: { lat: 51.553, lng: -0.118 } };
    const person = { ...copd, postcodeDistrict: 'N7', flags: ['cardiac-symptoms' as const] };
    const prepared = createSearchIndex(activities, districts);
    let slices = 1;
    while (!prepared.prepare(person, 0)) slices++;
    expect(slices).toBeGreaterThan(1);
    const fresh = createSearchIndex(activities, districts);
    const now = Date.UTC(2026, 10, 27);
    for (const filters of [{}, { text: 'yoga' }, { text: 'walk', distance: 'any' as const }]) {
      expect(prepared.search(person, filters, { now })).toEqual(fresh.search(person, filters, { now }));
    }
  });
});
