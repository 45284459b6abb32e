import { buildContext } from './build-context.ts';
import { contextualise } from './contextualise.ts';
import type { ClinicalContext } from './schema.ts';
import { textToSeg } from './text-blocks.ts';

// Reads plain text (a pasted note, a letter, a CLI file) into a ClinicalContext.
export function readText(text: string, options: { now?: Date } = {}): ClinicalContext {
  return buildContext(contextualise(textToSeg(text)), options.now ?? new Date());
}
