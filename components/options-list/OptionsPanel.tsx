import type { Activity } from '../../utils/directory/schema.ts';
import type { SearchFilters } from '../../utils/directory/search/filters.ts';
import type { SearchOutcome } from '../../utils/directory/search/search-result.ts';
import { QuickFilters } from './QuickFilters.tsx';
import { ResultCard, type AddTarget } from './ResultCard.tsx';
import './options-list.css';

export interface OptionsPanelProps {
  filters: SearchFilters;
  onFiltersChange: (filters: SearchFilters) => void;
  // The search answer for these filters; undefined while there is no directory loaded.
  outcome: SearchOutcome | undefined;
  onAdd: (activity: Activity, target: AddTarget) => void;
  idPrefix?: string;
}

export function countText(outcome: SearchOutcome | undefined): string {
  if (!outcome) return 'No directory loaded: national options only.';
  const { local, total } = outcome;
  if (total === 0) return 'No local options match these filters.';
  if (local.length < total) return `Showing the best ${local.length} of ${total} local options.`;
  return `${total} local option${total === 1 ? '' : 's'} found.`;
}

// The local-options panel: filters, the best local matches, how to widen the search, and national
// options beside them. It only shows what it is given and reports what the therapist asks for.
export function OptionsPanel({ filters, onFiltersChange, outcome, onAdd, idPrefix = 'pa-options' }: OptionsPanelProps) {
  const excluded = outcome?.excludedForSafety;
  return (
    <section class="pa-options" aria-labelledby={`${idPrefix}-heading`}>
      <h2 id={`${idPrefix}-heading`}>Local options</h2>
      <QuickFilters filters={filters} onChange={onFiltersChange} idPrefix={idPrefix} distanceAvailable={outcome?.located !== 'none'} />
      <p class="pa-options__count" role="status" aria-live="polite" aria-atomic="true">
        {countText(outcome)}
      </p>
      {outcome?.located === 'district-only' && <p class="pa-hint">Distances unavailable for this district: venues in the same district are listed first.</p>}
      {excluded && excluded.count > 0 && (
        <details class="pa-options__excluded">
          <summary>
            {excluded.count} option{excluded.count === 1 ? '' : 's'} not shown for safety
          </summary>
          <ul>
            {excluded.reasons.map((r) => (
              <li key={r.reason}>
                {r.reason} ({r.count})
              </li>
            ))}
          </ul>
        </details>
      )}
      {outcome && outcome.local.length > 0 && (
        <ul class="pa-options__list" aria-label="Local options">
          {outcome.local.map((result) => (
            <li key={result.activity.id}>
              <ResultCard result={result} onAdd={onAdd} />
            </li>
          ))}
        </ul>
      )}
      {outcome && outcome.widenHints.length > 0 && (
        <div class="pa-options__widen">
          <h3 class="pa-options__subheading">Widen the search</h3>
          <ul>
            {outcome.widenHints.map((hint) => (
              <li key={hint.text}>
                <button type="button" class="pa-button pa-button--quiet" onClick={() => onFiltersChange({ ...filters, ...hint.patch })}>
                  {hint.text}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      {outcome && outcome.national.length > 0 && (
        <section class="pa-options__national" aria-labelledby={`${idPrefix}-national`}>
          <h3 id={`${idPrefix}-national`} class="pa-options__subheading">
            National and online options
          </h3>
          <p class="pa-hint">Not local services: apps, online classes and national programmes.</p>
          <ul class="pa-options__list" aria-label="National and online options">
            {outcome.national.map((result) => (
              <li key={result.activity.id}>
                <ResultCard result={result} onAdd={onAdd} headingLevel={4} />
              </li>
            ))}
          </ul>
        </section>
      )}
    </section>
  );
}
