import type { ClinicalContext } from '../context/schema.ts';
import { createIncrementalReader, RELEVANT_ATTRIBUTES, type Edit } from '../context/incremental.ts';
import { adapterFor } from '../context/adapters/index.ts';
import type { KeepsLines, Shown } from '../context/dom-blocks.ts';
import type { BlockFindings } from '../context/findings.ts';
import { isOwnNode } from './dock.ts';
import { FIELD_EVENTS, fieldEdits } from './field-edits.ts';

export interface Timers {
  setTimeout(fn: () => void, ms: number): number;
  clearTimeout(id: number): void;
}

export interface PageContextUpdate {
  context: ClinicalContext;
  adapter: string;
  pageKey: string;
}

// Past this many mutation records in one burst a full re-read is cheaper than sorting them out,
// and keeps the work per burst bounded whatever the page does.
const MAX_RECORDS_PER_BURST = 2000;

// A first read of a long record is done in slices of about this long, one per task, so the host
// page never has a task of ours over 50 ms (DESIGN.md) and stays responsive while it is read.
const SLICE_MS = 8;

// Reads the page once, then again after each burst of DOM edits (one read per burst) and after
// single-page-app navigation. Reports only when what was read actually changed.
// `shown`: whether the page renders an element, `keepsLines`: whether it keeps an element's line
// breaks (see createDomWalker); the content script passes isRendered and keepsLinesByStyle.
export function watchPageContext(
  doc: Document,
  timers: Timers,
  onChange: (update: PageContextUpdate) => void,
  { delayMs = 150, shown, keepsLines }: { delayMs?: number; shown?: Shown; keepsLines?: KeepsLines } = {},
) {
  let url = '';
  let adapterId = 'generic';
  let reader: ReturnType<typeof createIncrementalReader> | undefined;
  // The body the current reader reads. A page can swap in a new <body> (Turbo Drive does, on
  // each visit): edits in it mean nothing to a reader of the old one, which then reads afresh.
  let readBody: HTMLElement | null = null;
  let lastSent = '';
  let pending: Edit[] = [];
  let overflow = false;
  let timer: number | undefined;
  // A fresh reader still reading its page a slice at a time; edits meanwhile wait in `pending`.
  let preparing: ReturnType<typeof createIncrementalReader> | undefined;
  let slice: number | undefined;

  const pageKey = () => url.split('#')[0] ?? url;
  // Still the page the reader reads: the same address and the same <body>.
  const samePage = () => (doc.location?.href ?? '') === url && doc.body === readBody;

  const emit = (context: ClinicalContext) => {
    const key = `${pageKey()}\n${JSON.stringify(context)}`;
    if (key === lastSent) return;
    lastSent = key;
    onChange({ context, adapter: adapterId, pageKey: pageKey() });
  };

  // `seed`: what the last reader of this page read, so a fresh walk (a region swapped in place,
  // a class on <body>) re-reads only blocks it has not seen, a slice at a time like a first read.
  const restart = (seed?: Map<string, BlockFindings>) => {
    url = doc.location?.href ?? '';
    const adapter = adapterFor(url);
    adapterId = adapter.id;
    reader = undefined;
    if (slice !== undefined) timers.clearTimeout(slice);
    slice = undefined;
    readBody = doc.body;
    preparing = createIncrementalReader(doc.body, { adapter, shown, keepsLines, ...(seed ? { seed } : {}) });
    prepareSlice(true);
  };

  // One slice of the first read; a short page is read and sent at once, in the same task. A long
  // one is merged in a task of its own once every block is read, as the merge spans the page.
  const prepareSlice = (first = false) => {
    slice = undefined;
    const fresh = preparing;
    if (!fresh) return;
    let done = false;
    safely(() => {
      done = fresh.prepare(SLICE_MS);
    });
    if (preparing !== fresh) return;
    if (!done) slice = timers.setTimeout(() => prepareSlice(), 0);
    else if (first) finish(fresh);
    else slice = timers.setTimeout(() => finish(fresh), 0);
  };

  const finish = (fresh: ReturnType<typeof createIncrementalReader>) => {
    slice = undefined;
    if (preparing !== fresh) return;
    preparing = undefined;
    // Navigated (or a new body swapped in) while reading: what was read may mix two pages, so
    // read the new one instead.
    if (!samePage()) {
      overflow = true;
      schedule();
      return;
    }
    safely(() => {
      emit(fresh.read());
      reader = fresh;
    });
    // Edits made meanwhile are dealt with now.
    if (reader && (pending.length > 0 || overflow)) schedule();
  };

  // A page the reader cannot read must not stop the watching: the failure is logged, nothing is
  // sent, and the next burst tries a full read again.
  const safely = (read: () => void) => {
    try {
      read();
    } catch (error) {
      reader = undefined;
      preparing = undefined;
      // The error's name only: a message could quote page text.
      console.warn(`PA Signpost could not read this page (${error instanceof Error ? error.name : 'error'})`);
    }
  };

  const flush = () => {
    timer = undefined;
    // Edits during a first read wait for it: records stay relative to the tree it walked, and a
    // page that never stops changing (a clock, say) cannot keep restarting it.
    if (preparing && samePage()) return;
    const batch = pending;
    const full = overflow || !reader || !samePage();
    pending = [];
    overflow = false;
    if (full) safely(() => restart());
    else
      safely(() => {
        const current = reader!;
        const context = current.tryUpdate(batch);
        if (context) emit(context);
        // The whole page to walk again: in slices, not in one long task on the host page.
        else restart(current.findings());
      });
  };

  const schedule = () => {
    if (timer === undefined) timer = timers.setTimeout(flush, delayMs);
  };

  // What the reader reads is the body: edits in it, and a new body swapped in. The <head> changes
  // nothing it reads; nor do the <html> element's own attributes, unless the page's style sheets
  // decide what is shown (`shown`), when a class there can hide or show anything.
  const concerns = (record: Edit): boolean => {
    if (isOwnNode(record.target)) return false;
    if (record.target === doc.documentElement) return record.type === 'childList' ? doc.body !== readBody : shown !== undefined;
    const body = doc.body;
    return body !== null && (record.target === body || body.contains(record.target));
  };

  const take = (edits: readonly Edit[]) => {
    const relevant = edits.filter(concerns);
    if (relevant.length === 0) return;
    if (!overflow) {
      if (pending.length + relevant.length > MAX_RECORDS_PER_BURST) {
        overflow = true;
        pending = [];
      } else pending.push(...relevant);
    }
    schedule();
  };

  const observer = new MutationObserver(take);
  // A score typed into a field or a box ticked changes what the page shows without a DOM edit.
  // Captured at the document, so a page that stops the event on its way up still reports it.
  const onFieldEvent = (event: Event) => take(fieldEdits(event));
  for (const type of FIELD_EVENTS) doc.addEventListener(type, onFieldEvent, { capture: true, passive: true });

  safely(restart);
  // The whole document, not just the body, so a swapped-in body is seen (and edits in it).
  observer.observe(doc.documentElement, {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
    // Style sheets can key on any attribute ("[aria-selected=true] + .panel"); without them, only
    // the reader's own list can hide, show or fill in anything.
    ...(shown ? {} : { attributeFilter: [...RELEVANT_ATTRIBUTES] }),
  });

  return {
    // Navigation without DOM edits (pushState) still deserves a fresh read.
    navigated: () => {
      overflow = true;
      schedule();
    },
    resend: () => {
      lastSent = '';
      flush();
    },
    stop: () => {
      observer.disconnect();
      for (const type of FIELD_EVENTS) doc.removeEventListener(type, onFieldEvent, { capture: true });
      if (timer !== undefined) timers.clearTimeout(timer);
      if (slice !== undefined) timers.clearTimeout(slice);
      preparing = undefined;
    },
  };
}
