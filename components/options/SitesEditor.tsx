import { TextField } from '../common/TextField.tsx';
import { useState } from 'preact/hooks';
import type { Site } from '../../utils/settings/schema.ts';

export interface SiteRow extends Site {
  granted: boolean;
  // Set by the organisation's policy: shown, but not removable here.
  managed?: boolean;
}

export interface SitesEditorProps {
  sites: SiteRow[];
  // The whole list is set by policy: no adding or removing.
  locked?: boolean;
  onAdd(pattern: string): Promise<string | undefined>;
  onRemove(pattern: string): void;
  onGrant(pattern: string): void;
}

// Clinical sites where the sidebar opens by itself. Each needs the browser's permission for that site.
export function SitesEditor({ sites, locked = false, onAdd, onRemove, onGrant }: SitesEditorProps) {
  const [pattern, setPattern] = useState('');
  const [error, setError] = useState<string | undefined>();
  return (
    <section class="pa-card" aria-labelledby="pa-sites-h">
      <h2 id="pa-sites-h">Clinical sites</h2>
      <p>
        The sidebar opens by itself on these sites. Anywhere else, use the toolbar button or Alt+Shift+P: that needs no
        permission for the site.
      </p>
      {locked && (
        <p class="pa-hint" data-testid="sites-locked">
          <span class="pa-tag pa-tag--grey">Set by your organisation</span> Your organisation's policy sets this list.
        </p>
      )}
      <table class="pa-table">
        <caption class="pa-visually-hidden">Sites where the sidebar opens by itself</caption>
        <thead>
          <tr><th scope="col">Site</th><th scope="col">Permission</th><th scope="col"><span class="pa-visually-hidden">Actions</span></th></tr>
        </thead>
        <tbody>
          {sites.map((site) => (
            <tr key={site.pattern}>
              <td><code>{site.pattern}</code></td>
              <td>
                {site.granted ? (
                  <span class="pa-tag pa-tag--blue">Granted</span>
                ) : (
                  <button type="button" class="pa-button pa-button--secondary" onClick={() => onGrant(site.pattern)}>
                    Grant permission<span class="pa-visually-hidden"> for {site.pattern}</span>
                  </button>
                )}
              </td>
              <td>
                {site.managed || locked ? (
                  <span class="pa-tag pa-tag--grey">Set by your organisation</span>
                ) : (
                  <button type="button" class="pa-button pa-button--quiet" onClick={() => onRemove(site.pattern)}>
                    Remove<span class="pa-visually-hidden"> {site.pattern}</span>
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {!locked && (
        <form
          class="pa-inline-form"
          onSubmit={async (event) => {
            event.preventDefault();
            const problem = await onAdd(pattern.trim());
            setError(problem);
            if (!problem) setPattern('');
          }}
        >
          <TextField
            id="pa-site"
            label="Add a site"
            hint="A match pattern, e.g. https://records.example.nhs.uk/*"
            {...(error ? { error } : {})}
            value={pattern}
            onInput={setPattern}
          />
          <button class="pa-button" type="submit">Add site</button>
        </form>
      )}
    </section>
  );
}
