import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OptionsPanel } from '../../../components/options-list/OptionsPanel.tsx';
import { QuickFilters } from '../../../components/options-list/QuickFilters.tsx';
import { ResultCard } from '../../../components/options-list/ResultCard.tsx';
import type { Activity } from '../../../utils/directory/schema.ts';
import { createSearchIndex } from '../../../utils/directory/search/create-search-index.ts';
import { defaultFilters, type SearchFilters } from '../../../utils/directory/search/filters.ts';
import type { SearchResult } from '../../../utils/directory/search/search-result.ts';
import { activity, ctx, DISTRICTS, northOfN7, NOW } from '../directory/search/fixtures.ts';

afterEach(cleanup);

function result(overrides: Partial<Activity> = {}, extra: Partial<SearchResult> = {}): SearchResult {
  return {
    activity: activity({
      id: 'walk-1',
      name: 'Wellbeing walk',
      url: 'https://example.org/walks',
      organiser: { name: 'Walk club', phone: '020 7946 0000', email: 'walks@example.org' },
      venue: { name: 'Park gate', postcode: 'N7 6QQ', ...northOfN7(1) },
      schedule: [{ days: ['tue'], start: '10:00', end: '11:00' }],
      ...overrides,
    }),
    scope: 'local',
    distanceKind: 'km',
    distanceKm: 1.2,
    distanceText: '1.2 km',
    why: 'gentle, free, 1.2 km, designed for people with COPD',
    score: 1,
    ...extra,
  };
}

describe('ResultCard', () => {
  it('shows name, when, where, distance, cost, contact and why', () => {
    render(<ResultCard result={result()} onAdd={() => {}} />);
    const card = screen.getByRole('article', { name: /Wellbeing walk/ });
    expect(within(card).getByText('gentle, free, 1.2 km, designed for people with COPD')).toBeTruthy();
    expect(within(card).getByText('Tue 10:00–11:00')).toBeTruthy();
    expect(within(card).getByText('Park gate, N7 6QQ')).toBeTruthy();
    expect(within(card).getByText('1.2 km')).toBeTruthy();
    expect(within(card).getByText('Free')).toBeTruthy();
    expect(within(card).getByRole('link', { name: '020 7946 0000' }).getAttribute('href')).toBe('tel:02079460000');
  });

  it('opens safe web links in a new tab without opener or referrer', () => {
    render(<ResultCard result={result()} onAdd={() => {}} />);
    const link = screen.getByRole('link', { name: /Wellbeing walk/ });
    expect(link.getAttribute('href')).toBe('https://example.org/walks');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('renders unsafe links as inert text', () => {
    // Built past the schema on purpose: the card must not trust its input either.
    const bad = result({ url: 'javascript:alert(1)', organiser: { name: 'Sneaky', url: 'data:text/html,<script>x</script>' } });
    const { container } = render(<ResultCard result={bad} onAdd={() => {}} />);
    expect(screen.getByText('Wellbeing walk').closest('a')).toBeNull();
    expect(screen.getByText('Sneaky').closest('a')).toBeNull();
    for (const a of container.querySelectorAll('a')) expect(a.getAttribute('href')).toMatch(/^(https?:|tel:|mailto:)/);
    expect(container.innerHTML).not.toContain('javascript:');
  });

  it('emits Add to note and Add to handout with the activity', () => {
    const onAdd = vi.fn();
    const r = result();
    render(<ResultCard result={r} onAdd={onAdd} />);
    fireEvent.click(screen.getByRole('button', { name: 'Add to note' }));
    fireEvent.click(screen.getByRole('button', { name: 'Add to handout' }));
    expect(onAdd).toHaveBeenNthCalledWith(1, r.activity, 'note');
    expect(onAdd).toHaveBeenNthCalledWith(2, r.activity, 'handout');
  });

  it('labels national options and shows the caution', () => {
    render(<ResultCard result={result({}, { scope: 'national', kindLabel: 'National app', caution: 'eating disorder: agree first' })} onAdd={() => {}} />);
    expect(screen.getByText('National app')).toBeTruthy();
    expect(screen.getByText('eating disorder: agree first')).toBeTruthy();
    expect(screen.queryByText('Distance')).toBeNull();
  });
});

describe('QuickFilters', () => {
  it('groups every filter under a legend', () => {
    render(<QuickFilters filters={defaultFilters()} onChange={() => {}} />);
    for (const name of ['How far', 'Cost', 'Format', 'Intensity', 'Who it is for']) expect(screen.getByRole('group', { name })).toBeTruthy();
    expect(screen.getByRole('radio', { name: /Short bus ride/ })).toHaveProperty('checked', true);
  });

  it('emits the whole new filter set on a change', () => {
    const onChange = vi.fn();
    render(<QuickFilters filters={defaultFilters()} onChange={onChange} />);
    fireEvent.click(screen.getByRole('radio', { name: 'Free' }));
    expect(onChange).toHaveBeenLastCalledWith({ ...defaultFilters(), cost: 'free' });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Women only' }));
    expect(onChange).toHaveBeenLastCalledWith({ ...defaultFilters(), cohort: ['women-only'] });
    fireEvent.change(screen.getByRole('combobox', { name: 'Day' }), { target: { value: 'wed' } });
    expect(onChange).toHaveBeenLastCalledWith({ ...defaultFilters(), day: 'wed' });
    fireEvent.input(screen.getByRole('searchbox', { name: /Activity/ }), { target: { value: 'yoga' } });
    expect(onChange).toHaveBeenLastCalledWith({ ...defaultFilters(), text: 'yoga' });
  });

  it('disables distance with a reason when there is no district', () => {
    render(<QuickFilters filters={defaultFilters()} onChange={() => {}} distanceAvailable={false} />);
    expect(screen.getByRole('group', { name: 'How far' })).toHaveProperty('disabled', true);
    expect(screen.getByText(/Add their postcode district/)).toBeTruthy();
  });
});

describe('OptionsPanel', () => {
  const index = createSearchIndex(
    [activity({ id: 'near', name: 'Near walk', venue: northOfN7(1) }), activity({ id: 'bus', name: 'Bus walk', venue: northOfN7(4) }), activity({ id: 'gym', name: 'Gym floor', activities: ['Gym'], venue: northOfN7(1.1) })],
    DISTRICTS,
  );
  const context = ctx([['eating-disorder', 'present']]);

  function Harness({ onAdd = () => {} }: { onAdd?: (a: Activity, t: 'note' | 'handout') => void }) {
    const [filters, setFilters] = useState<SearchFilters>({ ...defaultFilters(), distance: 'walk' });
    return <OptionsPanel filters={filters} onFiltersChange={setFilters} outcome={index.search(context, filters, { now: NOW })} onAdd={onAdd} />;
  }

  it('announces the result count in a live region and lists local then national options', () => {
    render(<Harness />);
    const status = screen.getByRole('status');
    expect(status.textContent).toBe('1 local option found.');
    expect(within(screen.getByRole('list', { name: 'Local options' })).getByText('Near walk')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'National and online options' })).toBeTruthy();
    expect(within(screen.getByRole('list', { name: 'National and online options' })).getAllByRole('article').length).toBeGreaterThan(0);
  });

  it('says how many were left out for safety and why', () => {
    render(<Harness />);
    expect(screen.getByText(/options? not shown for safety/)).toBeTruthy();
    expect(screen.getByText(/not suggested with an eating disorder/)).toBeTruthy();
  });

  it('widens the search from a hint and announces the new count', () => {
    render(<Harness />);
    fireEvent.click(screen.getByRole('button', { name: '1 more within a short bus ride' }));
    expect(screen.getByRole('status').textContent).toBe('2 local options found.');
    expect(screen.getByRole('radio', { name: /Short bus ride/ })).toHaveProperty('checked', true);
  });

  it('passes Add intents up from the cards', () => {
    const onAdd = vi.fn();
    render(<Harness onAdd={onAdd} />);
    const card = screen.getByRole('article', { name: 'Near walk' });
    fireEvent.click(within(card).getByRole('button', { name: 'Add to handout' }));
    expect(onAdd).toHaveBeenCalledWith(expect.objectContaining({ id: 'near' }), 'handout');
  });

  it('works with no directory loaded', () => {
    render(<OptionsPanel filters={defaultFilters()} onFiltersChange={() => {}} outcome={undefined} onAdd={() => {}} />);
    expect(screen.getByRole('status').textContent).toMatch(/No directory loaded/);
  });
});
