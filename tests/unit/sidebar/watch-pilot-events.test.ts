import { describe, expect, it } from 'vitest';
import { createSidebarState } from '../../../utils/sidebar/sidebar-state.ts';
import { watchPilotEvents } from '../../../utils/sidebar/watch-pilot-events.ts';
import type { PilotEvent } from '../../../utils/pilot/pilot-event.ts';
import type { SearchIndex } from '../../../utils/directory/search/create-search-index.ts';

const context = { conditions: [{ id: 'copd' as const, status: 'present' as const, text: 'COPD' }, { id: 'asthma' as const, status: 'negated' as const, text: 'no asthma' }], measures: {}, flags: [], postcodeDistrict: 'NW5' };

describe('watchPilotEvents', () => {
  it('records one script per record and length, with present condition groups only', () => {
    const state = createSidebarState();
    const events: PilotEvent[] = [];
    watchPilotEvents(state, (e) => events.push(e));
    expect(events).toEqual([]);
    state.actions.receivePage({ context, adapter: 'generic', pageKey: 'a' });
    state.actions.receivePage({ context: { ...context, ageYears: 60 }, adapter: 'generic', pageKey: 'a' });
    state.actions.setLength('5min');
    state.actions.receivePage({ context, adapter: 'generic', pageKey: 'b' });
    expect(events).toEqual([
      { type: 'script-shown', length: '2min', groups: ['respiratory'] },
      // The therapist's chosen length carries over to the next record.
      { type: 'script-shown', length: '5min', groups: ['respiratory'] },
      { type: 'script-shown', length: '5min', groups: ['respiratory'] },
    ]);
  });

  it('records a provision gap once per record', () => {
    const state = createSidebarState();
    const events: PilotEvent[] = [];
    const gap = { district: 'NW5', conditionGroup: 'respiratory', filter: 'distance' } as const;
    state.actions.setIndex({ search: () => ({ local: [], national: [], total: 0, excludedForSafety: { count: 0, reasons: [] }, widen: [], widenHints: [], gap, located: 'centroid' }) } as unknown as SearchIndex);
    watchPilotEvents(state, (e) => events.push(e));
    state.actions.receivePage({ context, adapter: 'generic', pageKey: 'a' });
    state.actions.setFilters({ ...state.filters.value, cost: 'free' });
    expect(events.filter((e) => e.type === 'provision-gap')).toEqual([{ type: 'provision-gap', gap }]);
  });
});
