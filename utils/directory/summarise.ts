import type { ImportResult } from './import-result.ts';

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

// One plain paragraph for the admin: "812 rows: 790 ready to publish, 22 with errors (not
// imported), 41 warnings."
export function summarise(result: Pick<ImportResult, 'stats' | 'issues'>): string {
  const { rows, valid } = result.stats;
  const errors = result.issues.filter((i) => i.level === 'error');
  const warnings = result.issues.length - errors.length;
  const rejected = Math.max(0, rows - valid);
  const fileErrors = errors.filter((i) => i.row === undefined && i.item === undefined).length;
  const parts = [`${plural(rows, 'row')}: ${valid.toLocaleString('en-GB')} ready to publish`];
  if (rejected > 0) parts.push(`${rejected.toLocaleString('en-GB')} with errors (not imported)`);
  parts.push(plural(warnings, 'warning'));
  let text = `${parts.join(', ')}.`;
  if (fileErrors > 0) text += ` ${plural(fileErrors, 'problem')} with the file itself${rows === 0 ? ' stopped the import' : ''}.`;
  if (rows > 0 && valid === 0) text += ' Nothing can be published from this file.';
  return text;
}
