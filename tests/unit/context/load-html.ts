import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { applyDefaultSelections } from '../../../utils/cli/default-selections.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

export function projectPath(relativePath: string): string {
  return resolve(ROOT, relativePath);
}

// Parses a page of this project into a fresh document of the test environment (happy-dom).
export function loadHtml(relativePath: string): Document {
  return parseHtml(readFileSync(projectPath(relativePath), 'utf8'));
}

// Stylesheet links and scripts are dropped first: the reader needs neither, and the test DOM would
// try to fetch them.
export function parseHtml(html: string): Document {
  const markup = html.replace(/<link\b[^>]*>/gi, '').replace(/<script\b[^>]*>[^<]*<\/script>/gi, '');
  const doc = new DOMParser().parseFromString(markup, 'text/html');
  applyDefaultSelections(doc);
  return doc;
}
