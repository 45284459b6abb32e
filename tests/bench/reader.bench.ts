import { build } from 'esbuild';
import { Window } from 'happy-dom';
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CONDITION_IDS } from '../../utils/context/condition-ids.ts';
import { CONDITION_TERMS } from '../../utils/context/lexicon/conditions.ts';
import { MEDICATIONS } from '../../utils/context/lexicon/medications.ts';
import { TRIGGERS } from '../../utils/context/lexicon/triggers.ts';
import { findChromium } from '../tools/launch-extension.ts';
import { median, sample } from './timing.ts';

type Reader = typeof import('./reader-entry.ts');

// The reader as it ships: one minified bundle, as in the content script. Run straight from
// TypeScript, every use of an imported table goes through a module getter, which made one scan of
// 1 MB take 170 ms instead of 18 ms: figures for code no user runs.
async function bundledReader(format: 'esm' | 'iife'): Promise<string> {
  const bundle = await build({
    entryPoints: [fileURLToPath(new URL('./reader-entry.ts', import.meta.url))],
    bundle: true,
    minify: true,
    format,
    globalName: format === 'iife' ? 'paSignpostReader' : undefined,
    platform: 'neutral',
    write: false,
    logLevel: 'silent',
  });
  return bundle.outputFiles[0]!.text;
}

async function shippedReader(): Promise<Reader> {
  const dir = mkdtempSync(join(tmpdir(), 'pa-signpost-reader-'));
  const file = join(dir, 'reader.mjs');
  writeFileSync(file, await bundledReader('esm'));
  try {
    return (await import(pathToFileURL(file).href)) as Reader;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// The same bundle and pages in Chromium, whose JavaScript engine is the one that runs the reader
// for a user (Node's is an older V8). A plain page: no extension is needed to time the reader.
async function inChromium(pages: Record<string, string>, now: Date): Promise<Record<string, number>> {
  const browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'] });
  try {
    const page = await browser.newPage();
    await page.setContent('<!doctype html><title>Reader bench</title>');
    await page.addScriptTag({ content: await bundledReader('iife') });
    // Each page is stored in the page once, then read a few times over before any is timed: the
    // engine's optimising tiers take longer to settle than Node's.
    await page.evaluate(`globalThis.benchPages = ${JSON.stringify(pages)}`);
    // Browser-side code as strings: the TypeScript runner would wrap a function in a helper the page lacks.
    const readAll = (key: string, runs: number) =>
      page.evaluate(
        `(() => {
          const times = [];
          for (let i = 0; i < ${runs}; i++) {
            const start = performance.now();
            paSignpostReader.readText(benchPages[${JSON.stringify(key)}], { now: new Date(${now.getTime()}) });
            times.push(performance.now() - start);
          }
          return times;
        })()`,
      ) as Promise<number[]>;
    for (const key of Object.keys(pages)) await readAll(key, 6);
    const figures: Record<string, number> = {};
    for (const key of Object.keys(pages)) figures[key] = median(await readAll(key, 15));
    return figures;
  } finally {
    await browser.close();
  }
}

export const title = 'Reader';

// Synthetic record text built from realistic pieces: session notes, problem and medication lists,
// dated scores, letters with addresses. Numbers and dates vary with the session; standing lines
// ("No falls.", problem and medication lists) repeat as they do in a real record.
const NOTES = [
  'Attended on time. Reports low mood most days and poor sleep, waking at 4am. Denies chest pain or palpitations. Walking the dog twice a week. We reviewed the activity schedule and agreed two short walks.',
  'Session {n}: discussed worry about her health. She has type 2 diabetes and knee osteoarthritis; no history of heart disease. Mother had a stroke aged 70. Enjoys gardening but finds kneeling hard.',
  'Telephone contact via MS Teams. PHQ-9 {a} and GAD-7 {b} today ({d}). Item 9 scored 0. Risk reviewed, no plan or intent. Continues sertraline 100 mg.',
  'He described avoiding the stairs since a fall in the summer. ?COPD - spirometry booked by GP. Breathless on exertion, his usual. Discussed pulmonary rehabilitation and a local walking group.',
  'Reviewed goals. She would like to return to swimming. Not pregnant. Asthma well controlled with a preventer inhaler. No falls. Plan: behavioural activation, session {n} next week.',
  'Letter copied to GP. The client lives with her partner and two children aged 6 and 9. Works part time in a school office. Motivational interviewing used to explore ambivalence about change.',
];
const LISTS = [
  'Problem list:\nDepressive episode (F32.1) - Active\nHypertension - Active\nOsteoarthritis of knee - Active\nIschaemic heart disease: No',
  'Medication:\nMetformin 500 mg twice daily\nAmlodipine 5 mg once daily\nSertraline 100 mg once daily\nParacetamol 1 g as required',
  'Date | PHQ-9 | GAD-7\n{d} | {a} | {b}\n{e} | {c} | {b}',
  'Family history:\nFather - stroke\nMother - type 2 diabetes\n\nAllergies: penicillin',
  'Patient details\nAddress: {h} Hornsey Road, London N7 6RT\nGP: Archway Medical Centre, 4 Junction Road, London N19 5QT\nDOB: 14/03/1972',
];

function fill(template: string, n: number): string {
  const day = String((n % 28) + 1).padStart(2, '0');
  const month = String((n % 12) + 1).padStart(2, '0');
  return template
    .replaceAll('{n}', String(n))
    .replaceAll('{a}', String(n % 28))
    .replaceAll('{b}', String(n % 22))
    .replaceAll('{c}', String((n + 3) % 28))
    .replaceAll('{h}', String((n % 200) + 1))
    .replaceAll('{d}', `${day}/${month}/2026`)
    .replaceAll('{e}', `${day}/${month}/2025`);
}

// Like a real record, the page repeats template lines (about 3,000 distinct blocks in 13,000 at
// 1 MB). `distinct`: every session note also carries its own reference, so almost no block repeats
// and the reader cannot share any reading between them: the worst case.
export function recordText(bytes: number, options: { distinct?: boolean } = {}): string {
  const parts: string[] = [];
  let size = 0;
  for (let n = 0; size < bytes; n++) {
    const list = n % 3 === 0;
    let piece = fill(list ? LISTS[n % LISTS.length]! : NOTES[n % NOTES.length]!, n);
    if (options.distinct && !list) piece += ` Ref ${n}.`;
    parts.push(piece);
    size += piece.length + 2;
  }
  return parts.join('\n\n').slice(0, bytes);
}

export function recordHtml(bytes: number): string {
  const blocks = recordText(bytes).split('\n\n').map((chunk) => {
    const lines = chunk.split('\n');
    if (lines.length > 1 && lines[1]!.includes('|')) {
      const [head, ...rows] = lines;
      const cells = (line: string, tag: string) => line.split('|').map((c) => `<${tag}>${c.trim()}</${tag}>`).join('');
      return `<table><thead><tr>${cells(head!, 'th')}</tr></thead><tbody>${rows.map((r) => `<tr>${cells(r, 'td')}</tr>`).join('')}</tbody></table>`;
    }
    if (lines.length > 1) return `<section><h3>${lines[0]}</h3><ul>${lines.slice(1).map((l) => `<li>${l}</li>`).join('')}</ul></section>`;
    return `<p>${chunk}</p>`;
  });
  return `<!doctype html><html><body><main>${blocks.join('\n')}</main></body></html>`;
}

// The naive way: one regular expression per lexicon term, each run over the whole text.
function baseline(text: string): number {
  const terms = [
    ...CONDITION_IDS.flatMap((id) => CONDITION_TERMS[id].map((t) => (typeof t === 'string' ? t : t.t))),
    ...MEDICATIONS.flatMap(([names]) => names),
    ...TRIGGERS.map((t) => t.t),
  ];
  let found = 0;
  for (const term of terms) {
    const re = new RegExp(`\\b${term.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/ /g, '[\\s-]+')}\\b`, 'gi');
    found += text.match(re)?.length ?? 0;
  }
  return found;
}

function parse(html: string): Document {
  const window = new Window({ settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true, disableJavaScriptFileLoading: true } });
  return new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

export async function run(): Promise<Record<string, number>> {
  const { readText, readDocument, createIncrementalReader } = await shippedReader();
  const figures: Record<string, number> = {};
  const now = new Date('2026-11-27T12:00:00Z');
  for (const [label, bytes, runs] of [['10kb', 10_000, 50], ['100kb', 100_000, 20], ['1mb', 1_000_000, 8]] as const) {
    const text = recordText(bytes);
    figures[`reader.${label}.ms`] = median(sample(() => readText(text, { now }), { warmup: 2, runs }));
    figures[`reader.${label}.baseline.ms`] = median(sample(() => baseline(text), { warmup: 1, runs: label === '1mb' ? 3 : 5 }));
  }
  // For scale: one loop that only reads every character of the 1 MB page once, in the same process.
  const page = recordText(1_000_000);
  let checksum = 0;
  figures['reader.1mb.touch-every-char.ms'] = median(
    sample(() => {
      for (let i = 0; i < page.length; i++) checksum = (checksum + page.charCodeAt(i)) | 0;
    }, { warmup: 2, runs: 8 }),
  );
  if (checksum === 0.5) throw new Error('unreachable: keeps the loop from being optimised away');
  const distinct = recordText(1_000_000, { distinct: true });
  figures['reader.1mb.distinct.ms'] = median(sample(() => readText(distinct, { now }), { warmup: 2, runs: 8 }));
  Object.assign(figures, await inChromium({ 'reader.chromium.1mb.ms': page, 'reader.chromium.1mb.distinct.ms': distinct }, now));
  // The DOM path under happy-dom (a much slower DOM than a browser's), for comparison.
  const doc = parse(recordHtml(100_000));
  figures['reader.dom.100kb.ms'] = median(sample(() => readDocument(doc, { now }), { warmup: 1, runs: 5 }));
  // One edit on the same page: the incremental reader re-reads one block, then merges.
  const reader = createIncrementalReader(doc, { now });
  reader.read();
  const observer = new (doc.defaultView as unknown as { MutationObserver: typeof MutationObserver }).MutationObserver(() => {});
  observer.observe(doc.body, { subtree: true, childList: true, characterData: true });
  const items = [...doc.querySelectorAll('li')];
  let k = 0;
  figures['reader.incremental.ms'] = median(
    sample(
      () => {
        items[k++ % items.length]!.textContent = `Asthma ${k}`;
        reader.update(observer.takeRecords());
      },
      { warmup: 2, runs: 20 },
    ),
  );
  return figures;
}
