import type { Block } from './block.ts';

// Two blocks with the same key read the same on their own, so one reading serves both: within
// a read (a record repeats template lines across hundreds of sessions) and across re-reads.
export function blockKey(block: Block): string {
  return `${block.kind}\u0000${block.text}\u0000${block.headers?.join('\u0001') ?? ''}\u0000${block.rowHeader ? 1 : 0}`;
}
