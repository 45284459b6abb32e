import * as v from 'valibot';

export interface ContentError {
  path: string;
  message: string;
}

// valibot issues as "path + message" pairs an admin can act on. Union failures hide the useful detail in
// nested issues, so those are flattened to the deepest ones.
export function formatIssues(issues: readonly v.BaseIssue<unknown>[]): ContentError[] {
  const out: ContentError[] = [];
  for (const issue of issues) {
    if (issue.issues && issue.issues.length > 0 && issue.type === 'union') {
      out.push(...formatIssues(issue.issues));
      continue;
    }
    const path = v.getDotPath(issue) ?? '(root)';
    const received = issue.received ? `, found ${issue.received}` : '';
    out.push({ path, message: `${issue.message}${issue.message.includes('found') ? '' : received}` });
  }
  return out;
}
