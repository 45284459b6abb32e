import type { ImportIssue } from './import-result.ts';

export interface IssueContext {
  file: string;
  row?: number;
  item?: string;
}

// "walks.csv row 5" / "feed.json item abc": where a spreadsheet user or feed owner looks.
export function issueLocation(ctx: IssueContext): string {
  const parts = [ctx.file];
  if (ctx.row !== undefined) parts.push(`row ${ctx.row}`);
  if (ctx.item !== undefined) parts.push(`item ${ctx.item}`);
  return parts.join(' ');
}

export function makeIssue(
  ctx: IssueContext,
  level: ImportIssue['level'],
  message: string,
  field?: string,
  value?: string,
): ImportIssue {
  const issue: ImportIssue = { file: ctx.file, level, message: `${issueLocation(ctx)}${field ? `, ${field}` : ''}: ${message}` };
  if (ctx.row !== undefined) issue.row = ctx.row;
  if (ctx.item !== undefined) issue.item = ctx.item;
  if (field !== undefined) issue.field = field;
  if (value !== undefined) issue.value = value;
  return issue;
}
