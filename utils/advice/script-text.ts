import { formatSource } from '../safety/source-schema.ts';
import type { ComposedScript } from './compose-script.ts';
import { SCRIPT_LENGTH_LABELS, type Line } from './content-schema.ts';

export const CONFIRM_LABEL = 'Confirm locally';

export function lineText(l: Line): string {
  return l.confirm ? `${l.text} [${CONFIRM_LABEL}]` : l.text;
}

// The composed script as plain text, safety first, for reading aloud or copying.
export function scriptText(script: ComposedScript): string {
  const out: string[] = [];
  if (script.safety.length > 0) {
    out.push('Safety first:');
    for (const card of script.safety) {
      out.push(`- ${card.title}${card.confirm ? ` [${CONFIRM_LABEL}]` : ''}: ${card.whatToDo}`);
    }
    out.push('');
  }
  for (const check of script.checks) out.push(`Check: ${lineText(check)}`);
  if (script.checks.length > 0) out.push('');
  out.push(`${SCRIPT_LENGTH_LABELS[script.length]} script`);
  for (const s of script.sections) {
    out.push(`${s.heading}:`);
    for (const l of s.lines) out.push(`- ${lineText(l)}`);
  }
  if (script.signposts.length > 0) {
    out.push('', 'Signposts:');
    for (const l of script.signposts) out.push(`- ${lineText(l)}`);
  }
  out.push('', `Sources: ${script.sources.map(formatSource).join('; ')}`);
  return out.join('\n');
}
