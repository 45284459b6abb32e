import { finaliseActivity, toLookup, type FinaliseOptions } from '../finalise-activity.ts';
import { countIssues, emptyResult, shortValue, type ImportIssue, type ImportResult } from '../import-result.ts';
import { makeIssue } from '../issue-location.ts';
import { stableId } from '../stable-id.ts';
import type { Activity } from '../schema.ts';
import { idOf, isJson, typeOf, type Json } from './oa-values.ts';
import { opportunityToDraft } from './opportunity-to-draft.ts';

export interface RpdePage {
  url: string;
  body: unknown;
  // File the page was read from, when it came from disk (named in messages instead of the URL).
  file?: string;
}

export interface RpdeImportOptions extends FinaliseOptions {
  // Name used in messages; defaults to each page's URL.
  file?: string;
}

// Opportunity types that become an Activity, and child types that only add dates to a parent.
const PARENT_TYPES = new Set(['SessionSeries', 'FacilityUse', 'IndividualFacilityUse', 'Event', 'CourseInstance', 'Course', 'HeadlineEvent', 'OnDemandEvent', 'EventSeries']);
const CHILD_TYPES = new Set(['ScheduledSession', 'Slot']);

interface Entry {
  itemId: string;
  kind?: string;
  state: 'updated' | 'deleted';
  data?: Json;
  page: string;
}

type Order = { modified: number | string; id: string };

function compareOrder(a: Order, b: Order): number {
  if (a.modified !== b.modified) {
    if (typeof a.modified === 'number' && typeof b.modified === 'number') return a.modified - b.modified;
    return String(a.modified) < String(b.modified) ? -1 : 1;
  }
  return a.id === b.id ? 0 : a.id < b.id ? -1 : 1;
}

function parentRef(child: Json): string | Json | undefined {
  const ref = child.superEvent ?? child.facilityUse ?? child.parent;
  return isJson(ref) ? ref : typeof ref === 'string' ? ref : undefined;
}

// The id an Activity gets: the opportunity's own @id (a URL), else the RPDE item id; hashed when
// too long for the store.
function activityId(data: Json, itemId: string): string {
  const id = idOf(data) ?? itemId;
  return id.length <= 200 ? id : stableId(id);
}

// RPDE pages (already fetched) to Activities. Later items replace earlier ones with the same id;
// deleted items are dropped. Pages are checked against the RPDE rules: items in (modified, id)
// order, each page's `next` leading to the following page, and the feed ending on an empty page
// whose `next` is its own URL.
export function importRpdePages(pages: readonly RpdePage[], options: RpdeImportOptions = {}): ImportResult {
  const result = emptyResult();
  const issues: ImportIssue[] = result.issues;
  const entries = new Map<string, Entry>();
  let previous: (Order & { page: string }) | undefined;


  pages.forEach((page, index) => {
    const file = page.file ?? options.file ?? page.url;
    const pageIssue = (level: ImportIssue['level'], message: string, item?: string) => issues.push(makeIssue({ file, item }, level, message));
    const body = page.body;
    if (!isJson(body) || !Array.isArray(body.items)) {
      pageIssue('error', `expected an RPDE page ({ "items": [...], "next": "..." }), found ${shortValue(body, 60) ?? 'nothing'}`);
      return;
    }
    const next = typeof body.next === 'string' ? body.next : undefined;
    if (!next) pageIssue('error', 'expected a "next" URL on every RPDE page, found none');
    const following = pages[index + 1];
    let nextUrl: string | undefined;
    try {
      nextUrl = next ? new URL(next, page.url).href : undefined;
    } catch {
      pageIssue('error', `expected "next" to be a URL, found "${shortValue(next, 60)}"`);
    }
    if (following && nextUrl && following.url !== nextUrl && new URL(following.url, page.url).href !== nextUrl) {
      pageIssue('warning', `expected the next page to be ${nextUrl}, found ${following.url}; pages may be missing`);
    }
    if (!following && body.items.length > 0) {
      pageIssue('warning', 'the last page read still has items: the feed was not read to its end');
    }
    if (!following && body.items.length === 0 && nextUrl && nextUrl !== new URL(page.url).href) {
      pageIssue('warning', `the last page read is empty but its "next" (${nextUrl}) is not its own URL: the feed was not read to its end`);
    }
    for (const raw of body.items) {

      if (!isJson(raw)) {
        pageIssue('error', `expected an RPDE item object, found ${shortValue(raw, 40)}`);
        continue;
      }
      const itemId = typeof raw.id === 'string' || typeof raw.id === 'number' ? String(raw.id) : undefined;
      const state = raw.state;
      if (itemId === undefined || (state !== 'updated' && state !== 'deleted')) {
        pageIssue('error', `expected an item with an id and state "updated" or "deleted", found id ${shortValue(raw.id, 40) ?? 'none'} and state ${shortValue(state, 20) ?? 'none'}`, itemId);
        continue;
      }
      const modified = typeof raw.modified === 'number' || typeof raw.modified === 'string' ? raw.modified : undefined;
      if (modified !== undefined) {
        const order = { modified: typeof modified === 'string' && /^\d+$/.test(modified) ? Number(modified) : modified, id: itemId };
        if (previous && compareOrder(order, previous) < 0) {
          pageIssue('warning', `expected items in order of modified then id, found item ${itemId} (modified ${modified}) after item ${previous.id} (modified ${previous.modified})${previous.page !== page.url ? ` on ${previous.page}` : ''}; updates may be lost`, itemId);
        }
        previous = { ...order, page: page.url };
      }
      const kind = typeof raw.kind === 'string' ? raw.kind : undefined;
      const key = `${kind ?? ''}|${itemId}`;
      if (state === 'deleted') {
        entries.set(key, { itemId, kind, state, page: file });
      } else if (!isJson(raw.data)) {
        pageIssue('error', `expected "data" on an updated item, found ${shortValue(raw.data, 40) ?? 'none'}`, itemId);
      } else {
        entries.set(key, { itemId, kind, state, data: raw.data, page: file });
      }
    }
  });

  // Parents by @id, children grouped under their parent's @id.
  const parents = new Map<string, Entry>();
  const children = new Map<string, Json[]>();
  const orphans: Entry[] = [];
  for (const entry of entries.values()) {
    if (entry.state !== 'updated' || !entry.data) continue;
    const type = typeOf(entry.data) ?? entry.kind;
    if (type && CHILD_TYPES.has(type)) {
      const ref = parentRef(entry.data);
      const refId = typeof ref === 'string' ? ref : idOf(ref);
      if (refId) children.set(refId, [...(children.get(refId) ?? []), entry.data]);
      if (isJson(ref) || !refId) orphans.push(entry);
    } else if (type && PARENT_TYPES.has(type)) {
      parents.set(idOf(entry.data) ?? entry.itemId, entry);
    } else {
      issues.push(makeIssue({ file: entry.page, item: entry.itemId }, 'warning', `expected an opportunity type (SessionSeries, ScheduledSession, FacilityUse, Slot, Event, CourseInstance), found ${shortValue(type ?? 'none', 40)}; skipped`));
    }
  }

  const lookup = toLookup(options.districts);
  const seen = new Set<string>();
  let candidates = 0;
  const add = (entry: Entry, data: Json, parent: Json | undefined, occurrences: Json[]) => {
    candidates++;
    const id = activityId(parent ?? data, entry.itemId);
    if (seen.has(id)) return;
    seen.add(id);
    const ctx = { file: entry.page, item: shortValue(id, 120)! };
    const draft = opportunityToDraft({ entity: data, parent, occurrences, id }, ctx, issues);
    const activity: Activity | undefined = finaliseActivity(draft, ctx, { ...options, lookup }, issues);
    if (activity) result.activities.push(activity);
  };
  for (const [id, entry] of parents) add(entry, entry.data!, undefined, children.get(id) ?? []);
  // A child whose parent is embedded (or missing from the feed) stands for its series.
  for (const entry of orphans) {
    const ref = parentRef(entry.data!);
    const parent = isJson(ref) ? ref : undefined;
    const refId = parent ? idOf(parent) : undefined;
    if (refId && parents.has(refId)) continue;
    add(entry, entry.data!, parent, refId ? (children.get(refId) ?? []) : []);
  }
  for (const [refId, list] of children) {
    if (!parents.has(refId) && !orphans.some((o) => idOf(parentRef(o.data!)) === refId)) {
      issues.push(makeIssue({ file: options.file ?? pages[0]?.url ?? 'feed' }, 'warning', `${list.length} session${list.length > 1 ? 's' : ''} refer to ${shortValue(refId, 80)}, which is not in the pages read (is it in another feed?); skipped`));
    }
  }
  result.stats = { rows: candidates, valid: result.activities.length, ...countIssues(issues) };
  return result;
}
