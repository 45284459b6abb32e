import type { Evidence } from './evidence.ts';
import type { BlockFindings, MeasureCandidate } from './findings.ts';
import { ITEM_COUNT } from './item-list.ts';
import { MAX_SCORE } from './lexicon/measures.ts';
import type { MeasureId } from './roles.ts';

// A questionnaire shown item by item over several blocks: its name (a heading, a caption, a line
// "PHQ-9"), a line or table row per item ("Item 3: 1", "Q3 | 3 | 2"), maybe a total ("Total: 14",
// "Total | 19 | 12"). They belong to the questionnaire named last. Per administration (one date),
// a total shown is the score and takes item 9 with it; with no total, the sum once every item is
// there. The run ends at another questionnaire, a heading, a score written with its name, or
// after blocks enough with no item.

type Entry = Evidence['measures'][number];
// `shown`: an item was, numbered or not.
type Administration = { scores: (number | undefined)[]; count: number; shown?: true; result?: Entry; summed?: true };
// `named`: the block before was the name alone (see BlockFindings.names).
export type ItemRun = { measure: MeasureId; date?: string; quiet: number; byDate: Map<string, Administration>; named?: true };

// Blocks with no item or total (an item's wording on a line of its own, an answer) a run goes on through.
const QUIET = 12;

// `push` turns a candidate into evidence as any score of the block is (dated by the entry it is
// under), `remove` takes back an entry; `own` is the evidence the block's own scores became.
export type RunSink = { push(m: MeasureCandidate): Entry; remove(e: Entry): void; dateHeading?: string; own: readonly Entry[] };

export function followRun(run: ItemRun | undefined, f: BlockFindings, sink: RunSink): ItemRun | undefined {
  if (f.names) {
    if (f.names.measure === 'other') return undefined;
    const named: ItemRun = { measure: f.names.measure, ...(f.names.date ? { date: f.names.date } : {}), ...(f.names.only ? { named: true as const } : {}), quiet: 0, byDate: new Map() };
    // "PHQ-9 today (total 15):": the total shown is the score of the items below it.
    for (const e of sink.own) if (e.measure === named.measure) administration(named, undefined, sink).result = e;
    return named;
  }
  // "<dt>PHQ-9</dt><dd>9</dd>": a bare score right under the questionnaire's name is its total.
  if (run?.named && f.valueScore !== undefined && run.byDate.size === 0 && run.quiet === 0 && f.mentions.length === 0) {
    if (f.valueScore <= MAX_SCORE[run.measure]) {
      administration(run, undefined, sink).result = sink.push({ measure: run.measure, value: f.valueScore, ...(f.valueScoreDate ?? run.date ? { date: f.valueScoreDate ?? run.date } : {}), offset: 0 });
    }
    return undefined;
  }
  let taken = false;
  for (const s of f.items ?? []) {
    const measure = s.measure ?? run?.measure;
    if (!measure) continue;
    if (!run || run.measure !== measure) run = { measure, quiet: 0, byDate: new Map() };
    taken = true;
    const date = s.date ?? run.date;
    let a = administration(run, date, sink, false, s.column);
    // A second total, or an item shown again: the next administration of the same date (or of none).
    if (s.item === 'total' ? a.result && !a.summed : a.scores[s.item] !== undefined) a = administration(run, date, sink, true, s.column);
    const dated = date ? { date } : {};
    if (s.item === 'total') {
      // "Total: 6" is this questionnaire's only right under its name or after its items, not after
      // "Sessions attended".
      if (s.value > MAX_SCORE[measure] || (!a.shown && run.quiet > 0 && !s.listed)) continue;
      if (a.summed) sink.remove(a.result!);
      delete a.summed;
      const item9 = measure === 'phq9' ? a.scores[9] : undefined;
      a.result = sink.push({ measure, value: s.value, ...dated, ...(item9 !== undefined ? { item9 } : {}), ...(s.nowColumn ? { timing: { nowColumn: true as const } } : {}), offset: s.offset });
      continue;
    }
    if (s.item > ITEM_COUNT[measure] || s.value > 3) continue;
    if (s.item === 0) {
      a.shown = true;
      continue;
    }
    // "9. Suicidal thoughts: 2" under "PHQ-9" raises the flag as "Item 9: 2" does.
    if (s.item === 9 && measure === 'phq9' && !sink.own.some((e) => e.measure === 'item9')) sink.push({ measure: 'item9', value: s.value, ...dated, offset: s.offset });
    takeItem(a, measure, s.item, s.value, dated, s.offset, sink);
  }
  if (!run) return undefined;
  let totals = false;
  for (const e of sink.own) {
    const a = administration(run, e.headingDate ? undefined : e.date, sink);
    // Item 9 by its own words ("Thoughts that you would be better off dead ...: 2").
    if (e.measure === 'item9' && run.measure === 'phq9' && a.scores[9] === undefined) {
      taken = true;
      takeItem(a, run.measure, 9, e.value, e.date ? { date: e.date } : {}, e.offset, sink);
    }
    if (e.measure !== 'phq9' && e.measure !== 'gad7') continue;
    totals = true;
    // "PHQ-9 total: 14" after the items: the total of the administration they were.
    if (e.measure !== run.measure) continue;
    if (a.summed) sink.remove(a.result!);
    delete a.summed;
    a.result = e;
    if (e.measure === 'phq9' && e.item9 === undefined && a.scores[9] !== undefined) e.item9 = a.scores[9];
  }
  if (totals || (f.heading && !taken)) return undefined;
  if (taken) run.quiet = 0;
  else if (++run.quiet > QUIET) return undefined;
  return run;
}

// The administration of a date (its own, the questionnaire's, or the entry's it is under) and of
// a table's column when each column is one; `next`: a new one in its place.
function administration(run: ItemRun, date: string | undefined, sink: RunSink, next = false, column?: number): Administration {
  const key = `${date ?? run.date ?? sink.dateHeading ?? ''}${column === undefined ? '' : `\u0000${column}`}`;
  let a = next ? undefined : run.byDate.get(key);
  if (!a) run.byDate.set(key, (a = { scores: [], count: 0 }));
  return a;
}

function takeItem(a: Administration, measure: MeasureId, item: number, value: number, dated: { date?: string }, offset: number, sink: RunSink): void {
  a.scores[item] = value;
  a.count++;
  a.shown = true;
  if (item === 9 && measure === 'phq9' && a.result && a.result.item9 === undefined) a.result.item9 = value;
  if (a.count < ITEM_COUNT[measure] || a.result) return;
  const sum = a.scores.reduce<number>((t, v) => t + (v ?? 0), 0);
  const item9 = measure === 'phq9' ? a.scores[9] : undefined;
  a.result = sink.push({ measure, value: sum, ...dated, ...(item9 !== undefined ? { item9 } : {}), offset });
  a.summed = true;
}
