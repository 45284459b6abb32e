import * as v from 'valibot';
import { ContentSchema, type Content } from './content-schema.ts';
import { RAW_CONTENT } from './content/index.ts';
import { formatIssues } from './format-issues.ts';

let cached: Content | undefined;

// Validated once, on first use. Built-in content that fails its own schema is a build error, so this throws.
export function baseContent(): Content {
  if (cached) return cached;
  const result = v.safeParse(ContentSchema, RAW_CONTENT);
  if (!result.success) {
    const detail = formatIssues(result.issues).map((e) => `${e.path}: ${e.message}`).join('; ');
    throw new Error(`expected valid built-in advice content, found: ${detail}`);
  }
  cached = result.output as Content;
  return cached;
}
