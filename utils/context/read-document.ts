import { GENERIC_ADAPTER } from './adapters/generic.ts';
import type { SiteAdapter } from './adapters/types.ts';
import { buildContext } from './build-context.ts';
import { contextualise } from './contextualise.ts';
import { buildDocumentTree } from './document-seg.ts';
import type { KeepsLines, Shown } from './dom-blocks.ts';
import type { ClinicalContext } from './schema.ts';

// Reads a page (or part of one) through DOM APIs only, so the same code runs in the content
// script and under Node on happy-dom. `shown`, `keepsLines`: see createDomWalker.
export function readDocument(root: ParentNode, options: { adapter?: SiteAdapter; now?: Date; shown?: Shown; keepsLines?: KeepsLines } = {}): ClinicalContext {
  const tree = buildDocumentTree(root, options.adapter ?? GENERIC_ADAPTER, { shown: options.shown, keepsLines: options.keepsLines });
  return buildContext(contextualise(tree.root), options.now ?? new Date());
}
