import { countIssues, emptyResult, type ImportResult } from '../import-result.ts';
import { makeIssue } from '../issue-location.ts';
import { throwIfAborted } from '../yield-to-event-loop.ts';
import { importRpdePages, type RpdeImportOptions, type RpdePage } from './import-rpde-pages.ts';
import { isJson } from './oa-values.ts';

export interface CrawlOptions extends RpdeImportOptions {
  maxPages?: number;
  signal?: AbortSignal;
  // Pages fetched so far, and an estimate of the total (done + 1 until the last page is seen).
  onProgress?: (done: number, total: number) => void;
}

export interface CrawlResult extends ImportResult {
  pages: RpdePage[];
}

// Follows an RPDE feed from startUrl until the last-page rule holds (an empty page whose `next` is
// its own URL) or maxPages is reached. Fetching is injected so the browser uses its own fetch and
// tests use a fake; it returns the parsed JSON body of a page.
export async function crawlRpde(startUrl: string, fetchPage: (url: string) => Promise<unknown>, options: CrawlOptions = {}): Promise<CrawlResult> {
  const maxPages = options.maxPages ?? 1000;
  const pages: RpdePage[] = [];
  const visited = new Set<string>();
  const stops: ReturnType<typeof makeIssue>[] = [];
  let url = startUrl;
  for (;;) {
    throwIfAborted(options.signal);
    if (pages.length >= maxPages) {
      stops.push(makeIssue({ file: startUrl }, 'warning', `stopped after ${maxPages} pages; the feed has more`));
      break;
    }
    let body: unknown;
    try {
      body = await fetchPage(url);
    } catch (error) {
      throwIfAborted(options.signal);
      stops.push(makeIssue({ file: url }, 'error', `expected an RPDE page, found a failed request: ${error instanceof Error ? error.message : String(error)}`));
      break;
    }
    pages.push({ url, body });
    visited.add(url);
    const items = isJson(body) && Array.isArray(body.items) ? body.items : undefined;
    const next = isJson(body) && typeof body.next === 'string' ? body.next : undefined;
    let nextUrl: string | undefined;
    try {
      nextUrl = next ? new URL(next, url).href : undefined;
    } catch {
      nextUrl = undefined;
    }
    const last = items !== undefined && items.length === 0 && (nextUrl === url || nextUrl === new URL(url).href);
    options.onProgress?.(pages.length, last ? pages.length : pages.length + 1);
    if (last || !items || !nextUrl) break;
    if (visited.has(nextUrl)) {
      stops.push(makeIssue({ file: url }, 'error', `expected "next" to move forward, found a page already read (${nextUrl}); stopped`));
      break;
    }
    url = nextUrl;
  }
  const result = pages.length > 0 ? importRpdePages(pages, options) : emptyResult();
  result.issues.push(...stops);
  result.stats = { ...result.stats, ...countIssues(result.issues) };
  return { ...result, pages };
}
