import type { DirectoryStatus } from '../../utils/sidebar/sidebar-state.ts';

export const STALE_DAYS = 90;

// Where the local options come from, and a warning when that directory is sample data or old.
export function DirectoryNote({ status, now = new Date() }: { status: DirectoryStatus; now?: Date }) {
  if (status.state === 'loading') return <p class="pa-muted">Loading the local directory…</p>;
  if (status.state === 'error') return <p class="pa-error-message" role="alert">The local directory could not be read: {status.message}</p>;
  if (status.state === 'empty') return <p class="pa-warning-callout">No local directory is loaded. An admin can load one in PA Signpost's options.</p>;
  const ageDays = status.oldestImport ? Math.floor((now.getTime() - Date.parse(status.oldestImport)) / 86_400_000) : 0;
  return (
    <div>
      <p class="pa-muted" data-testid="directory-note">
        Local options from {status.sourceNames.join(', ')} ({status.count} listings).{' '}
        {status.sample && <strong class="pa-tag pa-tag--yellow">Sample data</strong>}
      </p>
      {ageDays > STALE_DAYS && (
        <p class="pa-warning-callout" role="note">
          This directory was loaded {ageDays} days ago. Details may be out of date: check before signposting.
        </p>
      )}
    </div>
  );
}
