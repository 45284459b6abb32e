import type { BlockFindings } from './findings.ts';

// A unit of page text that trigger scopes never leave: a paragraph, a line, a list item, a label,
// or a table row (whose cells are separate spans that keep their column headers).
export type BlockKind = 'text' | 'heading' | 'item' | 'label' | 'row' | 'blank';

export type Block = {
  kind: BlockKind;
  text: string;
  cells?: string[];
  headers?: (string | undefined)[];
  // The row's first cell is a header cell (<th scope="row">).
  rowHeader?: boolean;
  findings?: BlockFindings;
};
