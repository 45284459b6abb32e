import { useEffect, useRef, useState } from 'preact/hooks';
import { MEASURE_LABELS } from '../../utils/pilot/pilot-measures.ts';
import type { PilotSummary } from '../../utils/pilot/summarise-pilot-counts.ts';

export interface PilotPanelProps {
  enabled: boolean;
  // Set by the organisation's policy: the switch shows the value but cannot change it.
  locked: boolean;
  summary: PilotSummary;
  busy?: boolean;
  onToggle(enabled: boolean): void;
  onDownloadCsv(): void;
  onReset(): void;
}

// Anonymous usage counts for a pilot's evaluation: what they hold, a two-week chart, totals,
// export and reset.
export function PilotPanel({ enabled, locked, summary, busy = false, onToggle, onDownloadCsv, onReset }: PilotPanelProps) {
  const [confirming, setConfirming] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const resetRef = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);
  useEffect(() => {
    // Focus follows the question, and returns to the button that asked it.
    if (confirming) confirmRef.current?.focus();
    else if (wasConfirming.current) resetRef.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);
  const total = summary.totals.reduce((sum, t) => sum + t.count, 0);
  return (
    <section class="pa-card" aria-labelledby="pa-pilot-h" data-testid="pilot-panel">
      <h2 id="pa-pilot-h">Pilot counts</h2>
      <p>
        Daily totals to help evaluate a pilot: how often the sidebar is opened, which advice scripts are shown (by length
        and condition group), which kinds of activity are signposted, record notes copied, handouts printed and where
        searches found too little (postcode district, condition group and filter).
      </p>
      <p>
        <strong>Never counted:</strong> names, NHS numbers, dates of birth, full postcodes, addresses, notes or anything
        typed; nothing per person or per record, and no times of day. Counts stay in this browser until you download them.
      </p>
      <div class="pa-field pa-checkbox">
        <input
          id="pa-pilot-toggle"
          type="checkbox"
          checked={enabled}
          disabled={locked || busy}
          aria-describedby={locked ? 'pa-pilot-locked' : 'pa-pilot-toggle-hint'}
          onChange={(e) => onToggle((e.target as HTMLInputElement).checked)}
        />
        <label class="pa-label" for="pa-pilot-toggle">Keep pilot counts</label>
        {locked ? (
          <p class="pa-hint" id="pa-pilot-locked">
            <span class="pa-tag pa-tag--grey">Set by your organisation</span> Your organisation's policy has turned pilot counts{' '}
            {enabled ? 'on' : 'off'}.
          </p>
        ) : (
          <p class="pa-hint" id="pa-pilot-toggle-hint">Off unless you turn it on.</p>
        )}
      </div>

      <table class="pa-table pa-pilot-chart" data-testid="pilot-chart">
        <caption>Sidebar opens, last 14 days</caption>
        <thead>
          <tr><th scope="col">Day</th><th scope="col">Opens</th></tr>
        </thead>
        <tbody>
          {summary.opensByDay.map(({ day, count }) => {
            const max = Math.max(1, ...summary.opensByDay.map((d) => d.count));
            return (
              <tr key={day}>
                <th scope="row">{formatDay(day)}</th>
                <td>
                  <div class="pa-bar-cell">
                    <span class="pa-bar-count">{count}</span>
                    <span class="pa-bar" aria-hidden="true" style={{ width: `${(count / max) * 100}%` }} />
                  </div>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>

      <table class="pa-table" data-testid="pilot-totals">
        <caption>Totals over {summary.days} {summary.days === 1 ? 'day' : 'days'} kept</caption>
        <thead>
          <tr><th scope="col">Measure</th><th scope="col">Total</th><th scope="col">Breakdown</th></tr>
        </thead>
        <tbody>
          {summary.totals.map((t) => (
            <tr key={t.measure}>
              <th scope="row">{MEASURE_LABELS[t.measure]}</th>
              <td>{t.count}</td>
              <td>{t.keys.length > 1 || (t.keys[0] && t.keys[0].key !== 'all') ? t.keys.map((k) => `${k.key.split('|').join(' · ')}: ${k.count}`).join(', ') : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <div class="pa-actions">
        <button type="button" class="pa-button pa-button--secondary" disabled={busy} onClick={onDownloadCsv}>Download CSV</button>
        {!confirming && (
          <button type="button" ref={resetRef} class="pa-button pa-button--warning" disabled={busy || total === 0} onClick={() => setConfirming(true)}>
            Reset counts
          </button>
        )}
      </div>
      {confirming && (
        <div class="pa-warning-callout" role="group" aria-labelledby="pa-pilot-reset-q" data-testid="pilot-reset-confirm">
          <p id="pa-pilot-reset-q">
            <strong>Delete all pilot counts from this browser?</strong> This cannot be undone. Download the CSV first if you
            need them.
          </p>
          <div class="pa-actions">
            <button
              type="button"
              ref={confirmRef}
              class="pa-button pa-button--warning"
              onClick={() => {
                setConfirming(false);
                onReset();
              }}
            >
              Yes, delete all counts
            </button>
            <button type="button" class="pa-button pa-button--secondary" onClick={() => setConfirming(false)}>Cancel</button>
          </div>
        </div>
      )}
    </section>
  );
}

function formatDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y!, m! - 1, d!).toLocaleDateString('en-GB', { weekday: 'short', day: 'numeric', month: 'short' });
}
