import type { Block } from './block.ts';

// What a named adapter can say about a region of a known layout.
export const REGION_CONTEXTS = ['patient', 'patient-address', 'org-address', 'family', 'medications', 'problems', 'measures', 'allergies'] as const;
export type RegionContext = (typeof REGION_CONTEXTS)[number];

// A container (a block-level element, or the whole text) holding blocks and nested containers in
// document order. Headings and labels apply within their container.
export type Seg = {
  items: (Block | Seg)[];
  contexts?: readonly RegionContext[];
  el?: Element;
  parent?: Seg;
};

export function isSeg(item: Block | Seg): item is Seg {
  return (item as Seg).items !== undefined;
}

// Every block under `root`, in document order. A loop, not recursion: containers nest as deep as
// the page's block elements do, which can be thousands deep.
export function forEachBlock(root: Seg, visit: (block: Block) => void): void {
  const stack: (Block | Seg)[] = [root];
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    if (!isSeg(item)) {
      visit(item);
      continue;
    }
    for (let i = item.items.length - 1; i >= 0; i--) stack.push(item.items[i]!);
  }
}
