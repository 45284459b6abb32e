import type { ComposedScript } from '../../utils/advice/compose-script.ts';
import type { Line } from '../../utils/advice/content-schema.ts';
import { SCRIPT_LENGTH_LABELS } from '../../utils/advice/content-schema.ts';
import { formatSource } from '../../utils/safety/source-schema.ts';
import { ConfirmBadge } from './ConfirmBadge.tsx';

function LineItem({ line }: { line: Line }) {
  return (
    <li>
      {line.text}
      {line.confirm ? <> <ConfirmBadge /></> : null}
    </li>
  );
}

// The words to say, stage by stage. Text only: content from packs is rendered as text, never markup.
export function ScriptView({ script }: { script: ComposedScript }) {
  const also = script.groups.filter((g) => !g.inScript);
  return (
    <section class="pa-advice-script" aria-labelledby="pa-advice-script-heading">
      <h3 id="pa-advice-script-heading">{SCRIPT_LENGTH_LABELS[script.length]} script</h3>
      {script.checks.length > 0 ? (
        <ul class="pa-advice-checks" aria-label="Check with the person">
          {script.checks.map((l) => (
            <LineItem key={l.text} line={l} />
          ))}
        </ul>
      ) : null}
      {script.sections.map((s) => (
        <div key={s.stage} class="pa-advice-stage">
          <h4 class="pa-advice-stage__heading">{s.heading}</h4>
          <ul class="pa-advice-stage__lines">
            {s.lines.map((l, i) => (
              <LineItem key={`${i}-${l.text}`} line={l} />
            ))}
          </ul>
        </div>
      ))}
      {also.length > 0 ? (
        <p class="pa-advice-also">Also on the record (in the 5-minute script): {also.map((g) => g.label).join(', ')}</p>
      ) : null}
      {script.signposts.length > 0 ? (
        <div class="pa-advice-signposts">
          <h4 class="pa-advice-stage__heading">Signposts</h4>
          <ul>
            {script.signposts.map((l) => (
              <LineItem key={l.text} line={l} />
            ))}
          </ul>
        </div>
      ) : null}
      <p class="pa-advice-source">Sources: {script.sources.map(formatSource).join('; ')}</p>
    </section>
  );
}
