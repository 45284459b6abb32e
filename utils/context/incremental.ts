import { GENERIC_ADAPTER } from './adapters/generic.ts';
import type { SiteAdapter } from './adapters/types.ts';
import { blockKey, findingsOf, seenBlocks, type SeenBlocks } from './block-findings.ts';
import { buildContext } from './build-context.ts';
import { contextualise, startMerge, type Merge } from './contextualise.ts';
import { buildDocumentTree, visibleRegions, type DocumentTree } from './document-seg.ts';
import type { Block } from './block.ts';
import type { BlockFindings } from './findings.ts';
import { prepareLexicon } from './scan.ts';
import type { ClinicalContext } from './schema.ts';
import { forEachBlock, type Seg } from './seg.ts';
import type { KeepsLines, Shown } from './dom-blocks.ts';

// Re-reading after a DOM edit touches only what changed: each mutation record is traced to the
// smallest container (block element, table row, table) that holds it; only those containers are
// walked again, and blocks whose text is unchanged keep their cached findings. The merge is then
// redone over the cached findings. `update` takes a whole batch of records, so a caller that
// collects a burst of edits (the content script debounces) pays for one read.

// Past this many blocks (about 100 KB of record), walking a whole region again takes long enough
// to be worth doing in slices.
const LONG_RECORD_BLOCKS = 2000;

// Attributes that can change what is visible or what a field shows, without style sheets to ask.
// `class` too: adapter selectors name classes. A watcher observes these and no others.
export const RELEVANT_ATTRIBUTES: readonly string[] = ['hidden', 'style', 'class', 'aria-hidden', 'open', 'data-pa-signpost-ui', 'colspan', 'value', 'checked', 'selected', 'type'];
const RELEVANT = new Set(RELEVANT_ATTRIBUTES);

// What changed: a MutationRecord, or the same said of a form field whose value the person edited
// (a property, which no MutationRecord reports): { type: 'attributes', attributeName: 'value' }.
export type Edit = Pick<MutationRecord, 'type' | 'target' | 'attributeName'>;

export type IncrementalReader = {
  read(): ClinicalContext;
  update(records: readonly Edit[]): ClinicalContext;
  // update(), unless the records need the whole page walked afresh (a region swapped, a class on
  // <body> with style sheets deciding): then undefined, and nothing is changed, so the caller can
  // start a new reader a slice at a time, seeded with findings().
  tryUpdate(records: readonly Edit[]): ClinicalContext | undefined;
  // What has been read so far, by block, to seed a new reader of the same page.
  findings(): Map<string, BlockFindings>;
  // Reads blocks not read yet for about `sliceMs`, then stops; true once every block is read, after
  // which read() only merges. Called once per task, a long record never holds the host page's
  // main thread in one long task; a short page is done in the first call.
  prepare(sliceMs?: number): boolean;
};

// What the blocks under `seg` have been read as, by block key.
function findingsIn(seg: Seg): Map<string, BlockFindings> {
  const found = new Map<string, BlockFindings>();
  forEachBlock(seg, (block) => {
    if (block.findings) found.set(blockKey(block), block.findings);
  });
  return found;
}

function reuse(seg: Seg, cache: ReadonlyMap<string, BlockFindings>): void {
  forEachBlock(seg, (block) => {
    const cached = cache.get(blockKey(block));
    if (cached) block.findings = cached;
  });
}

function blocksIn(segs: readonly Seg[]): number {
  let blocks = 0;
  for (const seg of segs) forEachBlock(seg, () => blocks++);
  return blocks;
}

function isAttached(seg: Seg, top: Seg): boolean {
  let s: Seg | undefined = seg;
  while (s && s !== top) {
    const parent: Seg | undefined = s.parent;
    if (!parent || !parent.items.includes(s)) return false;
    s = parent;
  }
  return s === top;
}

// One of the first two rows of its table: the header, or a row of dates under it.
function mayHead(row: Element): boolean {
  const table = row.closest('table');
  if (!table) return false;
  const rows = table.querySelectorAll('tr');
  return rows[0] === row || rows[1] === row;
}

function isHeaderRow(row: Element): boolean {
  if (row.parentElement?.localName === 'thead') return true;
  const cells = [...row.children].filter((c) => c.localName === 'td' || c.localName === 'th');
  return cells.length > 1 && cells.every((c) => c.localName === 'th');
}

// `shown`, `keepsLines`: see createDomWalker. `seed`: findings of an earlier reader of the same page (its
// findings()), so blocks it read are not read again.
export function createIncrementalReader(
  root: ParentNode,
  options: { adapter?: SiteAdapter; now?: Date; shown?: Shown; keepsLines?: KeepsLines; seed?: ReadonlyMap<string, BlockFindings> } = {},
): IncrementalReader {
  const adapter = options.adapter ?? GENERIC_ADAPTER;
  const { shown, keepsLines } = options;
  let seed = options.seed;
  // The walk itself is left to prepare() (a slice at a time) or to the first read or update.
  let tree: DocumentTree = buildDocumentTree(root, adapter, { lazy: true, shown, keepsLines });
  let walked = false;
  // Once the walk is done, blocks the seed has read take its findings (once: later walks reuse
  // the tree's own).
  const useSeed = () => {
    if (!seed) return;
    reuse(tree.root, seed);
    seed = undefined;
  };
  const finishWalk = () => {
    if (!walked) walked = tree.walker.advance(() => false);
    useSeed();
  };

  // A merge prepare() finished over the tree as it is: read() then only has to build the context.
  // Any update drops it.
  let merge: Merge | undefined;
  let merged: Merge | undefined;

  // What the last read merged: an update that changes nothing read builds the context from it
  // again rather than merging the whole page (a page can change attributes all the time).
  let lastEvidence: ReturnType<typeof contextualise> | undefined;

  const read = (): ClinicalContext => {
    finishWalk();
    const evidence = merged ? merged.evidence : contextualise(tree.root);
    merged = undefined;
    lastEvidence = evidence;
    return buildContext(evidence, options.now ?? new Date());
  };

  // The container to walk again for one record. Outside every container: 'all' when an element
  // was added or removed (a region may have come or gone), 'regions' when an attribute that hides
  // changed (on the root, a region or an element around one, which can show or hide a region).
  const affected = (record: Edit): Seg | 'all' | 'regions' | undefined => {
    // With `shown`, the page's style sheets decide what is visible, and they can key on any
    // attribute ("[aria-selected=true] + .panel"): every attribute counts.
    if (record.type === 'attributes' && !shown && !RELEVANT.has(record.attributeName ?? '')) return undefined;
    const target = record.target;
    // On a region or above one (a class on <body> or <html>), a style sheet can hide or show
    // anything inside it: everything is walked again, reusing what was read.
    if (shown && record.type === 'attributes' && tree.regions.some((region) => (target as Node).contains(region))) return 'all';
    let el: Element | null = target.nodeType === 1 ? (target as Element) : target.parentElement;
    if (record.type === 'attributes' && el) el = el.parentElement ?? el;
    if (!el || !el.isConnected) return undefined;
    // A cell is read as part of its row, or as blocks of its own when it holds block elements
    // ("<td>9<h2>...</h2></td>"): an edit inside one may turn the row from one to the other, so
    // the row is walked again, never the cell alone.
    if (el.localName === 'td' || el.localName === 'th') el = el.parentElement ?? el;
    else {
      const cell = el.closest('td, th');
      if (cell && cell.parentElement) el = cell.parentElement;
    }
    // An edit in a table's first rows may make them its header, or its header a row (a cell
    // hidden or added, a row of dates under it): the whole table is walked again.
    if (el.localName === 'tr' && (isHeaderRow(el) || mayHead(el))) el = el.closest('table') ?? el;
    for (let e: Element | null = el; e !== null; e = e.parentElement) {
      const seg = tree.walker.segOf.get(e);
      if (seg && isAttached(seg, tree.root)) return seg;
      if ((e as unknown) === root) break;
    }
    if (record.type === 'characterData') return undefined;
    if (!(root as Node).contains(target) && target !== root) return undefined;
    return record.type === 'childList' ? 'all' : 'regions';
  };

  const regionsChanged = (): boolean => {
    const now = visibleRegions(root, adapter, shown);
    return now.length !== tree.regions.length || now.some((el, i) => el !== tree.regions[i]);
  };

  const rewalk = (seg: Seg): void => {
    const el = seg.el;
    const parent = seg.parent;
    if (!el || !parent) return;
    const index = parent.items.indexOf(seg);
    if (index < 0) return;
    const cache = findingsIn(seg);
    tree.indexContexts(el);
    const fresh = el.isConnected ? tree.walker.walk(el) : { items: [] };
    fresh.parent = parent;
    reuse(fresh, cache);
    parent.items[index] = fresh;
  };

  // A fresh walk (a single-page app swapped its content, say) still reuses what was read before.
  const rebuild = (): ClinicalContext => {
    const cache = findingsIn(tree.root);
    tree = buildDocumentTree(root, adapter, { shown, keepsLines });
    walked = true;
    reuse(tree.root, cache);
    return read();
  };

  // Blocks still to read, listed on the first call; a tree changed in between only leaves blocks
  // for read() to do itself.
  let unread: { blocks: Block[]; next: number; seen: SeenBlocks } | undefined;
  const prepare = (sliceMs = 8): boolean => {
    const start = performance.now();
    const late = () => performance.now() - start > sliceMs;
    if (merged) return true;
    // The lexicon is compiled once per page, in steps like the rest.
    if (!prepareLexicon(late)) return false;
    if (!walked) {
      walked = tree.walker.advance(late);
      if (!walked) return false;
    }
    useSeed();
    if (!unread) {
      const blocks: Block[] = [];
      forEachBlock(tree.root, (block) => {
        if (!block.findings && block.kind !== 'blank') blocks.push(block);
      });
      unread = { blocks, next: 0, seen: seenBlocks() };
    }
    const { blocks, seen } = unread;
    while (unread.next < blocks.length) {
      findingsOf(blocks[unread.next++]!, seen);
      // The clock is read every 16 blocks: often enough for a slice to end near its length.
      if ((unread.next & 15) === 0 && unread.next < blocks.length && late()) return false;
    }
    merge ??= startMerge(tree.root);
    if (!merge.step(late)) return false;
    merged = merge;
    merge = undefined;
    unread = undefined;
    return true;
  };

  const tryUpdate = (records: readonly Edit[]): ClinicalContext | undefined => {
    finishWalk();
    // What prepare() had listed or merged is of the tree before this update.
    unread = undefined;
    merge = undefined;
    merged = undefined;
    const dirty = new Set<Seg>();
    let aroundRegions = false;
    for (const record of records) {
      const seg = affected(record);
      if (seg === 'all') return undefined;
      if (seg === 'regions') aroundRegions = true;
      else if (seg) dirty.add(seg);
    }
    // Checked once per batch: a page restyling its root (a dialog locking the scroll, say)
    // costs a look at the regions, not a fresh read.
    if (aroundRegions && regionsChanged()) return undefined;
    if (dirty.size === 0 && lastEvidence) return buildContext(lastEvidence, options.now ?? new Date());
    const outermost = [...dirty].filter((seg) => {
      for (let p = seg.parent; p; p = p.parent) if (dirty.has(p)) return false;
      return true;
    });
    // A whole region walked again at once (an edit straight under <body>, such as a dialog added
    // there) is one long task on a long record: a caller that can read in slices does so instead.
    if (blocksIn(outermost.filter((seg) => seg.parent === tree.root)) > LONG_RECORD_BLOCKS) return undefined;
    for (const seg of outermost) rewalk(seg);
    return read();
  };

  return {
    read,
    prepare,
    tryUpdate,
    update: (records) => tryUpdate(records) ?? rebuild(),
    findings() {
      finishWalk();
      return findingsIn(tree.root);
    },
  };
}
