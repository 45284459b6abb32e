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
