import { analyseBlock } from './analyse-block.ts';
import type { Block } from './block.ts';
import type { BlockFindings } from './findings.ts';

// Two blocks with the same key read the same on their own, so one reading serves both: within
// a read (a record repeats template lines across hundreds of sessions) and across re-reads.
export function blockKey(block: Block): string {
  return `${block.kind}\u0000${block.text}\u0000${block.headers?.join('\u0001') ?? ''}\u0000${block.rowHeader ? 1 : 0}`;
}

// Findings already made in one pass, by key. Plain lines are keyed by their text alone, which
// saves building and hashing a copy of every line of a long page.
export type SeenBlocks = { lines: Map<string, BlockFindings>; others: Map<string, BlockFindings> };

export function seenBlocks(): SeenBlocks {
  return { lines: new Map(), others: new Map() };
}

// The block's findings: cached on it, shared with an identical block read earlier, or read now.
// Findings are never changed once made, so sharing them is safe.
export function findingsOf(block: Block, seen: SeenBlocks): BlockFindings {
  if (block.findings) return block.findings;
  const line = block.kind === 'text';
  const map = line ? seen.lines : seen.others;
  const key = line ? block.text : blockKey(block);
  const known = map.get(key);
  if (known) {
    block.findings = known;
    return known;
  }
  const findings = analyseBlock(block);
  map.set(key, findings);
  return findings;
}
