import { DAYS, type Day } from '../../utils/directory/schema.ts';
import {
  COHORT_FILTERS,
  COST_FILTERS,
  DISTANCES,
  FORMAT_FILTERS,
  INTENSITY_FILTERS,
  TIMES_OF_DAY,
  type CohortFilter,
  type SearchFilters,
} from '../../utils/directory/search/filters.ts';

export interface QuickFiltersProps {
  filters: SearchFilters;
  onChange: (filters: SearchFilters) => void;
  // Prefix for input names and ids, so two panels on one page never share a radio group.
  idPrefix?: string;
  // Distance needs the person's district; without it the choice is shown but disabled.
  distanceAvailable?: boolean;
}

const DISTANCE_LABELS: Record<SearchFilters['distance'], string> = { walk: 'Walking distance (about 1.6 km)', bus: 'Short bus ride (about 5 km)', any: 'Any distance' };
const COST_LABELS: Record<SearchFilters['cost'], string> = { any: 'Any cost', free: 'Free', low: 'Low cost (up to £5)' };
const FORMAT_LABELS: Record<SearchFilters['format'], string> = { any: 'Any', 'in-person': 'In person', online: 'Online', home: 'At home' };
const INTENSITY_LABELS: Record<SearchFilters['intensity'], string> = { 'gentle-first': 'Gentle first', 'gentle-only': 'Gentle only', any: 'Any intensity' };
const TIME_LABELS: Record<SearchFilters['time'], string> = { any: 'Any time', morning: 'Morning', afternoon: 'Afternoon', evening: 'Evening' };
const DAY_LABELS: Record<Day | 'any', string> = { any: 'Any day', mon: 'Monday', tue: 'Tuesday', wed: 'Wednesday', thu: 'Thursday', fri: 'Friday', sat: 'Saturday', sun: 'Sunday' };
export const COHORT_LABELS: Record<CohortFilter, string> = {
  'women-only': 'Women only',
  'older-adults': 'Over 60s',
  'wheelchair-accessible': 'Wheelchair accessible',
  'long-term-conditions': 'Long-term-condition friendly',
  'mental-health': 'Mental-health friendly',
  beginners: 'Beginners',
};

interface RadioGroupProps<T extends string> {
  legend: string;
  name: string;
  options: readonly T[];
  labels: Record<T, string>;
  value: T;
  onChange: (value: T) => void;
  disabled?: boolean;
  hint?: string;
}

// Native radio groups: arrow keys move within a group, Tab moves between groups, and the legend
// names the group for screen readers.
function RadioGroup<T extends string>({ legend, name, options, labels, value, onChange, disabled = false, hint }: RadioGroupProps<T>) {
  return (
    <fieldset class="pa-filters__group" disabled={disabled} aria-describedby={hint ? `${name}-hint` : undefined}>
      <legend class="pa-filters__legend">{legend}</legend>
      {hint && (
        <p class="pa-hint" id={`${name}-hint`}>
          {hint}
        </p>
      )}
      <div class="pa-filters__options">
        {options.map((option) => (
          <label key={option} class="pa-filters__choice">
            <input type="radio" name={name} value={option} checked={value === option} onChange={() => onChange(option)} />
            <span>{labels[option]}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

export function QuickFilters({ filters, onChange, idPrefix = 'pa-filters', distanceAvailable = true }: QuickFiltersProps) {
  const set = <K extends keyof SearchFilters>(key: K, value: SearchFilters[K]) => onChange({ ...filters, [key]: value });
  const toggleCohort = (tag: CohortFilter, on: boolean) =>
    set('cohort', on ? COHORT_FILTERS.filter((t) => t === tag || filters.cohort.includes(t)) : filters.cohort.filter((t) => t !== tag));

  return (
    <form class="pa-filters" aria-label="Filter local options" onSubmit={(event) => event.preventDefault()}>
      <RadioGroup
        legend="How far"
        name={`${idPrefix}-distance`}
        options={DISTANCES}
        labels={DISTANCE_LABELS}
        value={filters.distance}
        onChange={(v) => set('distance', v)}
        disabled={!distanceAvailable}
        {...(distanceAvailable ? {} : { hint: 'Add their postcode district to sort by distance.' })}
      />
      <div class="pa-filters__group pa-filters__row">
        <label class="pa-filters__select">
          <span class="pa-filters__legend">Day</span>
          <select class="pa-input" value={filters.day} onChange={(e) => set('day', (e.currentTarget as HTMLSelectElement).value as SearchFilters['day'])}>
            {(['any', ...DAYS] as const).map((d) => (
              <option key={d} value={d}>
                {DAY_LABELS[d]}
              </option>
            ))}
          </select>
        </label>
        <label class="pa-filters__select">
          <span class="pa-filters__legend">Time of day</span>
          <select class="pa-input" value={filters.time} onChange={(e) => set('time', (e.currentTarget as HTMLSelectElement).value as SearchFilters['time'])}>
            {(['any', ...TIMES_OF_DAY] as const).map((t) => (
              <option key={t} value={t}>
                {TIME_LABELS[t]}
              </option>
            ))}
          </select>
        </label>
      </div>
      <RadioGroup legend="Cost" name={`${idPrefix}-cost`} options={COST_FILTERS} labels={COST_LABELS} value={filters.cost} onChange={(v) => set('cost', v)} />
      <RadioGroup legend="Format" name={`${idPrefix}-format`} options={FORMAT_FILTERS} labels={FORMAT_LABELS} value={filters.format} onChange={(v) => set('format', v)} />
      <RadioGroup legend="Intensity" name={`${idPrefix}-intensity`} options={INTENSITY_FILTERS} labels={INTENSITY_LABELS} value={filters.intensity} onChange={(v) => set('intensity', v)} />
      <fieldset class="pa-filters__group">
        <legend class="pa-filters__legend">Who it is for</legend>
        <div class="pa-filters__options">
          {COHORT_FILTERS.map((tag) => (
            <label key={tag} class="pa-filters__choice">
              <input type="checkbox" name={`${idPrefix}-cohort`} value={tag} checked={filters.cohort.includes(tag)} onChange={(e) => toggleCohort(tag, (e.currentTarget as HTMLInputElement).checked)} />
              <span>{COHORT_LABELS[tag]}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <label class="pa-filters__group pa-filters__text">
        <span class="pa-filters__legend">Activity</span>
        <span class="pa-hint">For example walking, yoga, swimming</span>
        <input class="pa-input" type="search" name={`${idPrefix}-text`} maxLength={100} value={filters.text} onInput={(e) => set('text', (e.currentTarget as HTMLInputElement).value)} autoComplete="off" />
      </label>
    </form>
  );
}
