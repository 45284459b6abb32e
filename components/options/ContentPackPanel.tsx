import type { ContentError } from '../../utils/advice/format-issues.ts';

export interface ContentPackPanelProps {
  current?: { name: string; publisher: string };
  problem?: string;
  errors: ContentError[];
  onChooseFile(file: File): void;
  onRemove(): void;
}

// A service's own scripts, laid over the built-in ones. Safety rules cannot be changed by a pack.
export function ContentPackPanel({ current, problem, errors, onChooseFile, onRemove }: ContentPackPanelProps) {
  return (
    <section class="pa-card" aria-labelledby="pa-content-pack-h">
      <h2 id="pa-content-pack-h">Your service's advice scripts</h2>
      <p>
        A content pack (format <code>pa-signpost-content-pack</code>) adds or rewords scripts for condition groups. The
        safety rules always apply and cannot be changed by a pack.
      </p>
      {current ? (
        <p data-testid="content-pack-current">
          In use: <strong>{current.name}</strong> from {current.publisher}.{' '}
          <button type="button" class="pa-button pa-button--quiet" onClick={onRemove}>Remove and use the built-in scripts</button>
        </p>
      ) : (
        <p data-testid="content-pack-current">The built-in scripts are in use.</p>
      )}
      {problem && <p class="pa-error-message">{problem}</p>}
      {errors.length > 0 && (
        <div role="alert" class="pa-error-summary" data-testid="content-pack-errors">
          <p class="pa-error-message">The content pack was refused; the current scripts stay in use.</p>
          <ul>
            {errors.slice(0, 20).map((e, i) => (
              <li key={i}>
                <code>{e.path}</code>: {e.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      <div class="pa-field">
        <label class="pa-label" for="pa-content-pack-file">Load a content pack</label>
        <input
          id="pa-content-pack-file"
          type="file"
          accept=".json,application/json"
          onChange={(e) => {
            const file = (e.target as HTMLInputElement).files?.[0];
            if (file) onChooseFile(file);
            (e.target as HTMLInputElement).value = '';
          }}
        />
      </div>
    </section>
  );
}
