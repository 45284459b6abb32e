import { describe, expect, it } from 'vitest';
import { createSidebarState } from '../../../utils/sidebar/sidebar-state.ts';
import type { ClinicalContext } from '../../../utils/context/schema.ts';

const context: ClinicalContext = {
  conditions: [
    { id: 'copd', status: 'present', text: 'COPD' },
    { id: 'atrial-fibrillation', status: 'possible', text: '?AF' },
  ],
  measures: { phq9: { value: 9, band: 'mild', date: '2026-11-02' } },
  ageYears: 67,
  postcodeDistrict: 'NW5',
  flags: [],
};

describe('sidebar state', () => {
  it('starts empty and not connected', () => {
    const state = createSidebarState();
    expect(state.connected.value).toBe(false);
    expect(state.context.value.conditions).toEqual([]);
  });

  it('applies the therapist corrections on top of the page', () => {
    const state = createSidebarState();
    state.actions.receivePage({ context, adapter: 'generic', pageKey: 'a' });
    state.actions.removeCondition('copd');
    state.actions.addCondition('depression');
    expect(state.context.value.conditions.map((c) => [c.id, c.status])).toEqual([
      ['atrial-fibrillation', 'possible'],
      ['depression', 'present'],
    ]);
  });

  it('an added condition replaces a possible mention of it', () => {
    const state = createSidebarState();
    state.actions.receivePage({ context, adapter: 'generic', pageKey: 'a' });
    state.actions.addCondition('atrial-fibrillation');
    expect(state.context.value.conditions.filter((c) => c.id === 'atrial-fibrillation')).toEqual([
      { id: 'atrial-fibrillation', status: 'present', text: 'added by therapist' },
    ]);
  });

  it('keeps corrections while the page updates, drops them on another record', () => {
    const state = createSidebarState();
    state.actions.receivePage({ context, adapter: 'generic', pageKey: 'a' });
    state.actions.removeCondition('copd');
    state.actions.receivePage({ context: { ...context, ageYears: 68 }, adapter: 'generic', pageKey: 'a' });
    expect(state.context.value.conditions.some((c) => c.id === 'copd')).toBe(false);
    state.actions.receivePage({ context, adapter: 'generic', pageKey: 'b' });
    expect(state.context.value.conditions.some((c) => c.id === 'copd')).toBe(true);
  });

  it('takes only the district from a full postcode and refuses nonsense', () => {
    const state = createSidebarState();
    state.actions.receivePage({ context, adapter: 'generic', pageKey: 'a' });
    expect(state.actions.setDistrict('n7 6rt')).toBeUndefined();
    expect(state.context.value.postcodeDistrict).toBe('N7');
    expect(state.actions.setDistrict('hello world')).toMatch(/expected a postcode district such as N7, found "hello world"/);
    expect(state.context.value.postcodeDistrict).toBe('N7');
    expect(state.actions.setDistrict('')).toBeUndefined();
    expect(state.context.value.postcodeDistrict).toBeUndefined();
  });
});

describe('chosen activities', () => {
  const walk = { id: 'w', name: 'Walk', activities: [], mode: 'in-person' as const, schedule: [], cost: { type: 'free' as const }, suitableFor: [], conditions: [] };
  it('adding to the note and then the handout keeps one entry; remove takes it out', () => {
    const state = createSidebarState();
    expect(state.actions.choose(walk)).toBe(true);
    expect(state.actions.choose(walk)).toBe(false);
    expect(state.chosen.value).toEqual([walk]);
    state.actions.unchoose(walk);
    expect(state.chosen.value).toEqual([]);
  });

  it('another record clears what was chosen for the last person', () => {
    const state = createSidebarState();
    state.actions.receivePage({ context, adapter: 'generic', pageKey: 'a' });
    state.actions.choose(walk);
    state.actions.setActivityDays(3);
    state.actions.receivePage({ context, adapter: 'generic', pageKey: 'b' });
    expect(state.chosen.value).toEqual([]);
    expect(state.activityDays.value).toBeUndefined();
  });
});
