import { useState } from 'preact/hooks';
import type { ImportIssue } from '../../utils/directory/import-result.ts';
import { summarise } from '../../utils/directory/summarise.ts';
import type { ImportFlow, ImportStep } from '../../utils/options/import-flow.ts';

export interface ImportPanelProps {
  flow: ImportFlow;
  // Fields a CSV column can be mapped to, for columns that were not recognised.
  mappableFields: string[];
  onChooseFile(file: File): void;
  onDownloadTemplate(kind: 'blank' | 'example'): void;
}

const SHOWN_ISSUES = 50;

export function ImportPanel({ flow, mappableFields, onChooseFile, onDownloadTemplate }: ImportPanelProps) {
  const state = flow.step.value;
  const [url, setUrl] = useState('');
  return (
    <section class="pa-card" aria-labelledby="pa-import-h">
      <h2 id="pa-import-h">Load a directory</h2>
      <div aria-live="polite">
        {state.step === 'reading' && <Progress label={`Checking ${state.label}`} done={state.done} total={state.total} onCancel={flow.actions.cancel} />}
        {state.step === 'publishing' && <Progress label="Publishing" done={state.done} total={state.total} onCancel={flow.actions.cancel} />}
        {state.step === 'done' && <p class="pa-info" data-testid="import-done">{state.message}</p>}
        {state.step === 'failed' && (
          <p class="pa-error-message" role="alert" data-testid="import-failed">
            {state.message} The current directory has not changed.
          </p>
        )}
      </div>
      {(state.step === 'idle' || state.step === 'done' || state.step === 'failed') && (
        <>
          <p>
            A CSV spreadsheet, a region pack (.json) or an OpenActive feed. You will see a report before anything is
            published, and the current directory stays until you publish.
          </p>
          <div class="pa-field">
            <label class="pa-label" for="pa-import-file">Choose a file</label>
            <p class="pa-hint" id="pa-import-file-hint">CSV (UTF-8 or Excel), a region pack (.json), or a postcode-district table (outcode,latitude,longitude)</p>
            <input
              id="pa-import-file"
              type="file"
              accept=".csv,.json,text/csv,application/json"
              aria-describedby="pa-import-file-hint"
              onChange={(e) => {
                const file = (e.target as HTMLInputElement).files?.[0];
                if (file) onChooseFile(file);
                (e.target as HTMLInputElement).value = '';
              }}
            />
          </div>
          <form
            class="pa-inline-form"
            onSubmit={(e) => {
              e.preventDefault();
              if (url.trim()) void flow.actions.readUrl(url.trim());
            }}
          >
            <div>
              <label class="pa-label" for="pa-import-url">Or load from a web address</label>
              <p class="pa-hint" id="pa-import-url-hint">A region pack or OpenActive feed URL. It can be refreshed later.</p>
              <input id="pa-import-url" class="pa-input" type="url" value={url} aria-describedby="pa-import-url-hint" onInput={(e) => setUrl((e.target as HTMLInputElement).value)} />
            </div>
            <button type="submit" class="pa-button pa-button--secondary">Load</button>
          </form>
          <p>
            CSV template:{' '}
            <button type="button" class="pa-button pa-button--quiet" onClick={() => onDownloadTemplate('blank')}>download blank</button>{' '}
            <button type="button" class="pa-button pa-button--quiet" onClick={() => onDownloadTemplate('example')}>download example</button>
          </p>
        </>
      )}
      {state.step === 'review' && <Review flow={flow} review={state} mappableFields={mappableFields} />}
    </section>
  );
}

function Progress({ label, done, total, onCancel }: { label: string; done: number; total: number; onCancel(): void }) {
  return (
    <div class="pa-progress" data-testid="import-progress">
      <label class="pa-label" for="pa-progress-bar">{label}</label>
      <progress id="pa-progress-bar" max={total || 1} value={total ? done : undefined}>
        {total ? `${done} of ${total}` : 'working'}
      </progress>
      <p class="pa-hint">{total ? `${done.toLocaleString('en-GB')} of ${total.toLocaleString('en-GB')}` : 'Working…'}</p>
      <button type="button" class="pa-button pa-button--secondary" onClick={onCancel}>Cancel</button>
    </div>
  );
}

function Review({ flow, review, mappableFields }: { flow: ImportFlow; review: Extract<ImportStep, { step: 'review' }>; mappableFields: string[] }) {
  const { result, input } = review;
  const [name, setName] = useState(result.header?.name ?? input.name.replace(/\.[a-z]+$/i, ''));
  const [publisher, setPublisher] = useState(result.header?.publisher ?? '');
  const [licence, setLicence] = useState(result.header?.licence ?? '');
  const errors = result.issues.filter((i) => i.level === 'error');
  const unknownColumns = result.unknownColumns ?? [];
  const districtsOnly = result.activities.length === 0 ? Object.keys(result.districts).length : 0;
  const ready = name.trim() && publisher.trim() && licence.trim() && (result.activities.length > 0 || districtsOnly > 0);
  return (
    <div data-testid="import-review">
      <h3>Report for {input.name}</h3>
      <p data-testid="import-summary">{summarise(result)}</p>
      {result.issues.length > 0 && (
        <>
          <table class="pa-table" data-testid="import-issues">
            <caption>Problems found{result.issues.length > SHOWN_ISSUES ? ` (first ${SHOWN_ISSUES} of ${result.issues.length})` : ''}</caption>
            <thead>
              <tr><th scope="col">Level</th><th scope="col">Row</th><th scope="col">Field</th><th scope="col">Value</th><th scope="col">Message</th></tr>
            </thead>
            <tbody>
              {result.issues.slice(0, SHOWN_ISSUES).map((issue, index) => <IssueRow issue={issue} key={index} />)}
            </tbody>
          </table>
          <button type="button" class="pa-button pa-button--secondary" onClick={flow.actions.downloadReport}>Download report (CSV)</button>
        </>
      )}
      {unknownColumns.length > 0 && (
        <fieldset class="pa-fieldset">
          <legend>Columns not recognised</legend>
          <p class="pa-hint">Map a column to a field and check again, or leave it to ignore it.</p>
          {unknownColumns.map((column, index) => (
            <div class="pa-field" key={column}>
              <label class="pa-label" for={`pa-map-${index}`}>{column}</label>
              <select id={`pa-map-${index}`} value={flow.map.value[column] ?? ''} onChange={(e) => flow.actions.setMapping(column, (e.target as HTMLSelectElement).value)}>
                <option value="">Ignore</option>
                {mappableFields.map((f) => <option value={f} key={f}>{f}</option>)}
              </select>
            </div>
          ))}
          <button type="button" class="pa-button pa-button--secondary" onClick={flow.actions.reread}>Check again with this mapping</button>
        </fieldset>
      )}
      {errors.length > 0 && result.activities.length === 0 && districtsOnly === 0 && <p class="pa-error-message">No row can be published. Fix the file and load it again.</p>}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (ready) void flow.actions.publish({ name: name.trim(), publisher: publisher.trim(), licence: licence.trim(), attribution: result.header?.attribution });
        }}
      >
        <div class="pa-field">
          <label class="pa-label" for="pa-source-name">Directory name</label>
          <p class="pa-hint" id="pa-source-name-hint">Loading again under the same name replaces that directory (the old one is kept for rollback).</p>
          <input id="pa-source-name" class="pa-input" required value={name} aria-describedby="pa-source-name-hint" onInput={(e) => setName((e.target as HTMLInputElement).value)} />
        </div>
        <div class="pa-field">
          <label class="pa-label" for="pa-source-publisher">Publisher</label>
          <input id="pa-source-publisher" class="pa-input" required value={publisher} onInput={(e) => setPublisher((e.target as HTMLInputElement).value)} />
        </div>
        <div class="pa-field">
          <label class="pa-label" for="pa-source-licence">Licence</label>
          <input id="pa-source-licence" class="pa-input" required value={licence} onInput={(e) => setLicence((e.target as HTMLInputElement).value)} />
        </div>
        <div class="pa-actions">
          <button type="submit" class="pa-button" disabled={!ready}>
            {districtsOnly > 0 ? `Publish ${districtsOnly} postcode districts` : `Publish ${result.activities.length} valid listings`}
          </button>
          <button type="button" class="pa-button pa-button--secondary" onClick={flow.actions.cancel}>Cancel</button>
        </div>
      </form>
    </div>
  );
}

function IssueRow({ issue }: { issue: ImportIssue }) {
  return (
    <tr>
      <td>{issue.level === 'error' ? <strong class="pa-tag pa-tag--red">Error</strong> : <span class="pa-tag pa-tag--yellow">Warning</span>}</td>
      <td>{issue.row ?? issue.item ?? ''}</td>
      <td>{issue.field ?? ''}</td>
      <td>{issue.value ?? ''}</td>
      <td>{issue.message}</td>
    </tr>
  );
}
