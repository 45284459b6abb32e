import { BANDS } from './lexicon/measures.ts';
import type { MeasureId } from './roles.ts';

export function bandOf(measure: MeasureId, value: number): string {
  for (const [max, band] of BANDS[measure]) if (value <= max) return band;
  throw new Error(`expected a ${measure} total within its range, found ${value}`);
}
