import type { SiteAdapter } from './adapters/types.ts';
import { createDomWalker, isSkipped, type DomWalker, type KeepsLines, type Shown } from './dom-blocks.ts';
import type { RegionContext, Seg } from './seg.ts';

// The page (or the adapter's regions of it) as a tree of containers, plus the walker that built
// it so an incremental reader can rebuild one container at a time.

export type DocumentTree = {
  root: Seg;
  regions: Element[];
  walker: DomWalker;
  // Indexes the context entries of a subtree added or rebuilt since the first read, anew.
  indexContexts(subtree: Element): void;
};

function topElements(root: ParentNode): Element[] {
  const doc = root as Document;
  if (doc.nodeType === 9) {
    const top = doc.body ?? doc.documentElement;
    return top ? [top] : [];
  }
  if ((root as Node).nodeType === 1) return [root as Element];
  const out: Element[] = [];
  for (let child = root.firstElementChild; child !== null; child = child.nextElementSibling) out.push(child);
  return out;
}

function selectAll(root: ParentNode, selector: string, adapter: SiteAdapter): Element[] {
  try {
    return [...root.querySelectorAll(selector)];
  } catch {
    throw new Error(`adapter ${adapter.id}: expected a valid CSS selector, found "${selector}"`);
  }
}

// Regions in document order, leaving out any inside another. None found: read the whole page
// rather than nothing, so a changed layout degrades to the generic reading.
function regionsOf(root: ParentNode, adapter: SiteAdapter): Element[] {
  if (adapter.regions.length === 0) return topElements(root);
  const found = new Set<Element>();
  for (const selector of adapter.regions) for (const el of selectAll(root, selector, adapter)) found.add(el);
  const sorted = [...found].sort((a, b) => (a.compareDocumentPosition(b) & 4 ? -1 : 1));
  const regions = sorted.filter((el) => !sorted.some((other) => other !== el && other.contains(el)));
  return regions.length > 0 ? regions : topElements(root);
}

function hiddenAbove(el: Element, stop: ParentNode): boolean {
  for (let p = el.parentElement; p !== null && p !== stop; p = p.parentElement) if (isSkipped(p)) return true;
  return false;
}

// The regions a read covers: those not hidden themselves or by an element between them and the
// root. An incremental reader compares these before and after an edit around the regions.
// `shown` (see createDomWalker) looks at the region's ancestors itself, as the page renders them.
export function visibleRegions(root: ParentNode, adapter: SiteAdapter, shown?: Shown): Element[] {
  return regionsOf(root, adapter).filter((el) => !isSkipped(el) && !hiddenAbove(el, root) && (shown === undefined || shown(el)));
}

// `lazy`: only begin the walk of each region, leaving its containers to `walker.advance`.
export function buildDocumentTree(
  root: ParentNode,
  adapter: SiteAdapter,
  { lazy = false, shown, keepsLines }: { lazy?: boolean; shown?: Shown; keepsLines?: KeepsLines } = {},
): DocumentTree {
  const contexts = new Map<Element, RegionContext[]>();
  const add = (el: Element, context: RegionContext) => {
    const list = contexts.get(el);
    if (list) {
      if (!list.includes(context)) list.push(context);
    } else contexts.set(el, [context]);
  };
  // Indexed afresh for a rebuilt subtree: an element whose class changed may no longer match, and
  // one removed from the page is forgotten rather than kept for the life of the page.
  const indexContexts = (subtree: ParentNode) => {
    for (const el of contexts.keys()) if (!el.isConnected || (subtree as Node).contains(el)) contexts.delete(el);
    for (const { selector, context } of adapter.contexts ?? []) {
      if ((subtree as Node).nodeType === 1 && (subtree as Element).matches(selector)) add(subtree as Element, context);
      for (const el of selectAll(subtree, selector, adapter)) add(el, context);
    }
  };
  indexContexts(root);
  const walker = createDomWalker((el) => contexts.get(el), shown, keepsLines);
  const regions = visibleRegions(root, adapter, shown);
  const top: Seg = { items: [] };
  for (const region of regions) {
    const seg = lazy ? walker.begin(region) : walker.walk(region);
    seg.parent = top;
    top.items.push(seg);
  }
  return { root: top, regions, walker, indexContexts };
}
