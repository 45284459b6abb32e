import type { MeasureId } from './roles.ts';

// A PHQ-9 or GAD-7 item by its words, as a form prints it without its number: "Feeling nervous,
// anxious or on edge | 2". The words are each item's own in the published questionnaires (Kroenke
// et al. 2001; Spitzer et al. 2006); a few words of each are enough, and none is shared.
const WORDED: readonly (readonly [RegExp, MeasureId, number])[] = [
  [/little interest or pleasure/i, 'phq9', 1],
  [/feeling down,? depressed,? or hopeless/i, 'phq9', 2],
  [/trouble falling or staying asleep|sleeping too much/i, 'phq9', 3],
  [/feeling tired or having little energy/i, 'phq9', 4],
  [/poor appetite or overeating/i, 'phq9', 5],
  [/feeling bad about yourself/i, 'phq9', 6],
  [/trouble concentrating/i, 'phq9', 7],
  [/moving or speaking so slowly|so fidgety or restless/i, 'phq9', 8],
  [/better off dead/i, 'phq9', 9],
  [/nervous,? anxious,? or on edge/i, 'gad7', 1],
  [/not being able to stop or control worrying/i, 'gad7', 2],
  [/worrying too much about different things/i, 'gad7', 3],
  [/trouble relaxing/i, 'gad7', 4],
  [/so restless that it is hard to sit still/i, 'gad7', 5],
  [/easily annoyed or irritable/i, 'gad7', 6],
  [/afraid,? as if something awful might happen/i, 'gad7', 7],
];

// Only a cell that is the item's words and no more than a question's length.
const MAX_ITEM = 160;

export function wordedItem(cell: string): { measure: MeasureId; item: number } | undefined {
  if (cell.length > MAX_ITEM) return undefined;
  for (const [words, measure, item] of WORDED) if (words.test(cell)) return { measure, item };
  return undefined;
}
