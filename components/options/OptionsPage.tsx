import type { ComponentChildren } from 'preact';
import type { OptionsState } from '../../utils/options/options-state.ts';
import type { PilotState } from '../../utils/options/pilot-state.ts';
import { PilotPanel } from '../pilot/PilotPanel.tsx';
import { PrivacyStatement } from './PrivacyStatement.tsx';
import { SafetyStatement } from './SafetyStatement.tsx';
import { SitesEditor } from './SitesEditor.tsx';
import { SourcesTable } from './SourcesTable.tsx';

export interface OptionsPageProps {
  state: OptionsState;
  importer?: ComponentChildren;
  contentPack?: ComponentChildren;
  pilot?: { state: PilotState; onDownloadCsv(): void; onReset(): void };
}

export function OptionsPage({ state, importer, contentPack, pilot }: OptionsPageProps) {
  const settings = state.settings.value;
  const status = state.status.value;
  const locked = state.locked.value;
  const policyIssues = state.policyIssues.value;
  return (
    <div class="pa-admin">
      <header class="pa-admin__header">
        <h1>PA Signpost settings</h1>
        <p>For service leads and admins: load the regional activity directory and choose the clinical sites.</p>
      </header>
      <main class="pa-admin__body">
        <div aria-live="polite" role="status">
          {status && <p class={status.kind === 'error' ? 'pa-error-message' : 'pa-info'}>{status.text}</p>}
        </div>
        {policyIssues.length > 0 && (
          <div class="pa-warning-callout" data-testid="policy-issues">
            <p><strong>Some entries in your organisation's policy were ignored:</strong></p>
            <ul>{policyIssues.map((issue) => <li key={issue}>{issue}</li>)}</ul>
          </div>
        )}
        <section class="pa-card" aria-labelledby="pa-directory-h">
          <h2 id="pa-directory-h">Activity directories</h2>
          <SourcesTable
            sources={state.sources.value}
            busy={state.busy.value}
            onRollback={state.actions.rollback}
            onRefresh={(id) => void state.actions.refresh(id)}
            onDelete={state.actions.remove}
            onExport={state.actions.exportSource}
          />
        </section>
        {importer}
        {contentPack}
        {settings ? (
          <SitesEditor
            sites={settings.sites.map((site) => ({ ...site, granted: state.granted.value[site.pattern] ?? false, managed: state.managedSites.value.has(site.pattern) }))}
            locked={locked.has('sites')}
            onAdd={state.actions.addSite}
            onRemove={(pattern) => void state.actions.removeSite(pattern)}
            onGrant={(pattern) => void state.actions.grant(pattern)}
          />
        ) : (
          <p>Loading settings…</p>
        )}
        {settings && pilot && (
          <PilotPanel
            enabled={settings.pilotCounts}
            locked={locked.has('pilotCounts')}
            summary={pilot.state.summary.value}
            busy={state.busy.value}
            onToggle={(on) => void state.actions.setPilotCounts(on)}
            onDownloadCsv={pilot.onDownloadCsv}
            onReset={pilot.onReset}
          />
        )}
        <PrivacyStatement />
        <SafetyStatement />
      </main>
    </div>
  );
}
