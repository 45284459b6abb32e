import type { SourceRecord } from '../../utils/directory/store/db.ts';

export interface SourcesTableProps {
  sources: SourceRecord[];
  busy: boolean;
  onRollback(id: string): void;
  onRefresh(id: string): void;
  onDelete(id: string): void;
  onExport(id: string, format: 'pack' | 'csv'): void;
}

// The directories loaded in this browser, newest data first, with what an admin can do to each.
export function SourcesTable({ sources, busy, onRollback, onRefresh, onDelete, onExport }: SourcesTableProps) {
  if (sources.length === 0) return <p data-testid="no-sources">No directory is loaded yet.</p>;
  return (
    <table class="pa-table" data-testid="sources">
      <caption class="pa-visually-hidden">Loaded directories</caption>
      <thead>
        <tr>
          <th scope="col">Directory</th>
          <th scope="col">Listings</th>
          <th scope="col">Loaded</th>
          <th scope="col"><span class="pa-visually-hidden">Actions</span></th>
        </tr>
      </thead>
      <tbody>
        {sources.map((source) => (
          <tr key={source.id} data-source-id={source.id}>
            <td>
              <strong>{source.name}</strong> {source.sample && <span class="pa-tag pa-tag--yellow">Sample data</span>}
              <br />
              <span class="pa-muted">{source.publisher} · {source.licence}</span>
              {source.origin.kind === 'url' && (
                <p class="pa-muted">
                  From {source.origin.url}. Last good copy:{' '}
                  {new Date(source.refresh?.lastSuccess ?? source.active.importedAt).toLocaleString('en-GB')}
                </p>
              )}
              {source.refresh?.lastError && (
                <p class="pa-error-message" data-testid="refresh-error">Last refresh failed: {source.refresh.lastError}. Showing the last good copy.</p>
              )}
            </td>
            <td data-testid="source-count">{source.active.count}</td>
            <td>{new Date(source.active.importedAt).toLocaleString('en-GB')}</td>
            <td>
              <div class="pa-actions">
                <button type="button" class="pa-button pa-button--secondary" disabled={busy} onClick={() => onExport(source.id, 'pack')}>
                  Export pack<span class="pa-visually-hidden"> of {source.name}</span>
                </button>
                <button type="button" class="pa-button pa-button--secondary" disabled={busy} onClick={() => onExport(source.id, 'csv')}>
                  Export CSV<span class="pa-visually-hidden"> of {source.name}</span>
                </button>
                {source.origin.kind === 'url' && (
                  <button type="button" class="pa-button pa-button--secondary" disabled={busy} onClick={() => onRefresh(source.id)}>
                    Refresh now<span class="pa-visually-hidden"> {source.name}</span>
                  </button>
                )}
                {source.previous && (
                  <button type="button" class="pa-button pa-button--secondary" disabled={busy} onClick={() => onRollback(source.id)}>
                    Roll back<span class="pa-visually-hidden"> {source.name}</span> to {source.previous.count} listings
                  </button>
                )}
                <button type="button" class="pa-button pa-button--warning" disabled={busy} onClick={() => onDelete(source.id)}>
                  Delete<span class="pa-visually-hidden"> {source.name}</span>
                </button>
              </div>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
