import type { ComponentChildren } from 'preact';
import type { OptionsState } from '../../utils/options/options-state.ts';
import { PrivacyStatement } from './PrivacyStatement.tsx';
import { SitesEditor } from './SitesEditor.tsx';
import { SourcesTable } from './SourcesTable.tsx';

export function OptionsPage({ state, importer }: { state: OptionsState; importer?: ComponentChildren }) {
  const settings = state.settings.value;
  const status = state.status.value;
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
        {settings ? (
          <SitesEditor
            sites={settings.sites.map((site) => ({ ...site, granted: state.granted.value[site.pattern] ?? false }))}
            onAdd={state.actions.addSite}
            onRemove={(pattern) => void state.actions.removeSite(pattern)}
            onGrant={(pattern) => void state.actions.grant(pattern)}
          />
        ) : (
          <p>Loading settings…</p>
        )}
        <PrivacyStatement />
      </main>
    </div>
  );
}
