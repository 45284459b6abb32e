import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import * as v from 'valibot';
import { composeScript } from '../../advice/compose-script.ts';
import { SCRIPT_LENGTHS, type ScriptLength } from '../../advice/content-schema.ts';
import { scriptText } from '../../advice/script-text.ts';
import { ClinicalContextSchema, type ClinicalContext } from '../../context/schema.ts';
import { importPack } from '../../directory/import-pack.ts';
import type { Activity, Districts } from '../../directory/schema.ts';
import { createSearchIndex } from '../../directory/search/create-search-index.ts';
import { parseFilters, type SearchFilters, type SearchFiltersInput } from '../../directory/search/filters.ts';
import type { SearchOutcome, SearchResult } from '../../directory/search/search-result.ts';
import { safetyCards } from '../../safety/safety-cards.ts';
import type { CliIo, Command } from '../io.ts';

const USAGE = `Usage: pa-signpost suggest FILE --pack PACK [options]

Runs the whole pipeline on one record: reads the clinical context, shows the safety cards, the
advice script and the best local and national physical activity options with their reasons.

FILE is a record page (.html), plain text, a ClinicalContext JSON (as printed by extract), or with
--fhir a FHIR Bundle or resource list (JSON). Nothing is written anywhere but standard output.

Options:
  --pack FILE          region pack (JSON) to search; without it only national options are shown
  --fhir               read FILE as FHIR JSON
  --json               machine-readable output
  --length 30s|2min|5min   advice script length (default 30s)
  --distance walk|bus|any  walking distance (~1.6 km), short bus ride (~5 km) or any (default bus)
  --day mon..sun       --time morning|afternoon|evening
  --free               free only     --low-cost   up to £5
  --cost any|free|low  --format in-person|online|home
  --intensity gentle-first|gentle-only|any
  --cohort TAG[,TAG]   women-only, older-adults, wheelchair-accessible, long-term-conditions,
                       mental-health, beginners (repeatable)
  --activity TEXT      activity words, e.g. yoga (Activity List synonyms are included)
  --limit N            local options to show (default 4)
  --now YYYY-MM-DD     date for freshness and score dates (default today)

Exit status: 0 done, 1 the input could not be read, 2 wrong usage.`;

const VALUE_FLAGS = new Set(['--pack', '--length', '--distance', '--day', '--time', '--cost', '--format', '--intensity', '--cohort', '--activity', '--limit', '--now']);
const BOOLEAN_FLAGS = new Set(['--json', '--fhir', '--free', '--low-cost']);

interface Args {
  file: string;
  values: Map<string, string[]>;
  booleans: Set<string>;
}

function parseArgs(args: readonly string[]): Args | string {
  const files: string[] = [];
  const values = new Map<string, string[]>();
  const booleans = new Set<string>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const flag = eq > 0 ? arg.slice(0, eq) : arg;
    if (VALUE_FLAGS.has(flag)) {
      const value = eq > 0 ? arg.slice(eq + 1) : args[++i];
      if (value === undefined) return `${flag}: expected a value, found the end of the command`;
      values.set(flag, [...(values.get(flag) ?? []), value]);
    } else if (BOOLEAN_FLAGS.has(flag)) {
      booleans.add(flag);
    } else if (arg.startsWith('--')) {
      return `expected an option such as --pack or --json, found "${arg}"`;
    } else {
      files.push(arg);
    }
  }
  if (files.length !== 1) return `expected one record FILE, found ${files.length}`;
  return { file: files[0]!, values, booleans };
}

const last = (args: Args, flag: string) => args.values.get(flag)?.at(-1);

export function filtersFromArgs(args: Args): SearchFilters {
  const input: Record<string, unknown> = {};
  const take = (flag: string, key: keyof SearchFiltersInput) => {
    const value = last(args, flag);
    if (value !== undefined) input[key] = value;
  };
  take('--distance', 'distance');
  take('--day', 'day');
  take('--time', 'time');
  take('--cost', 'cost');
  take('--format', 'format');
  take('--intensity', 'intensity');
  take('--activity', 'text');
  if (args.booleans.has('--free')) input.cost = 'free';
  else if (args.booleans.has('--low-cost')) input.cost = 'low';
  const cohort = (args.values.get('--cohort') ?? []).flatMap((c) => c.split(',')).map((c) => c.trim()).filter(Boolean);
  if (cohort.length > 0) input.cohort = cohort;
  return parseFilters(input);
}

// Modules another part of the project provides; loaded when needed so this command still works
// for ClinicalContext JSON where they are not available.
async function optional<T>(relative: string): Promise<T | undefined> {
  try {
    return (await import(new URL(relative, import.meta.url).href)) as T;
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_MODULE_NOT_FOUND' || /Cannot find module/.test(String(error))) return undefined;
    throw error;
  }
}

function checkContext(value: unknown, what: string): ClinicalContext {
  const result = v.safeParse(ClinicalContextSchema, value);
  if (result.success) return result.output;
  const issue = result.issues[0];
  const path = issue.path?.map((p) => String(p.key)).join('.') ?? 'context';
  throw new Error(`${what}: expected a ClinicalContext, found an invalid ${path} (${issue.message})`);
}

async function readContext(file: string, text: string, fhir: boolean, now: Date | undefined): Promise<ClinicalContext> {
  const opts = now ? { now } : {};
  if (fhir) {
    const mod = await optional<{ contextFromFhir(input: unknown): ClinicalContext }>('../../context/fhir.ts');
    if (!mod) throw new Error('--fhir: expected utils/context/fhir.ts, found it missing from this build');
    return checkContext(mod.contextFromFhir(JSON.parse(text)), basename(file));
  }
  const ext = extname(file).toLowerCase();
  const trimmed = text.trimStart();
  if (ext === '.json' || trimmed.startsWith('{')) return checkContext(JSON.parse(text), basename(file));
  if (ext === '.html' || ext === '.htm' || /^<(!doctype|html|body|div|main)/i.test(trimmed)) {
    const reader = await optional<{ readDocument(root: unknown, options?: { now?: Date }): ClinicalContext }>('../../context/read-document.ts');
    if (!reader) throw new Error(`${basename(file)}: expected utils/context/read-document.ts to read a page, found it missing; pass a ClinicalContext JSON instead`);
    const { Window } = await import('happy-dom');
    const window = new Window();
    try {
      window.document.write(text);
      return checkContext(reader.readDocument(window.document.body, opts), basename(file));
    } finally {
      await window.happyDOM.close();
    }
  }
  const reader = await optional<{ readText(text: string, options?: { now?: Date }): ClinicalContext }>('../../context/read-text.ts');
  if (!reader) throw new Error(`${basename(file)}: expected utils/context/read-text.ts to read text, found it missing; pass a ClinicalContext JSON instead`);
  return checkContext(reader.readText(text, opts), basename(file));
}

async function loadPack(path: string, now: Date | undefined): Promise<{ activities: Activity[]; districts: Districts; issues: number }> {
  const bytes = await readFile(path);
  const result = importPack(new Uint8Array(bytes), basename(path), now ? { now } : {});
  const errors = result.issues.filter((i) => i.level === 'error');
  if (result.activities.length === 0 && errors.length > 0) {
    throw new Error(`${basename(path)}: expected a region pack, found ${errors.length} error(s): ${errors[0]!.message}`);
  }
  return { activities: result.activities, districts: result.districts, issues: errors.length };
}

function resultLines(r: SearchResult, n: number): string[] {
  const a = r.activity;
  const lines = [`${n}. ${a.name}${r.scope === 'national' ? ` [${r.kindLabel}]` : ''}`, `   why: ${r.why}`];
  if (r.caution) lines.push(`   caution: ${r.caution}`);
  if (r.staleText) lines.push(`   ${r.staleText}`);
  const contact = [a.url, a.organiser?.phone, a.organiser?.email].filter(Boolean).join(' · ');
  if (contact) lines.push(`   ${contact}`);
  return lines;
}

function optionsText(outcome: SearchOutcome, packLoaded: boolean): string[] {
  const out: string[] = [];
  if (packLoaded) {
    out.push(`Local options (${outcome.local.length} of ${outcome.total}):`);
    if (outcome.local.length === 0) out.push('  none match these filters');
    outcome.local.forEach((r, i) => out.push(...resultLines(r, i + 1)));
    if (outcome.excludedForSafety.count > 0) {
      out.push(`Not shown for safety: ${outcome.excludedForSafety.count}`);
      for (const r of outcome.excludedForSafety.reasons) out.push(`  - ${r.reason} (${r.count})`);
    }
    if (outcome.widen.length > 0) out.push(`To widen the search: ${outcome.widen.join('; ')}`);
  } else {
    out.push('Local options: no --pack given.');
  }
  out.push('', 'National and online options:');
  outcome.national.forEach((r, i) => out.push(...resultLines(r, i + 1)));
  return out;
}

export const command: Command = {
  summary: 'safety cards, advice script and ranked local options for one record',
  usage: USAGE,
  async run(argv: string[], io: CliIo): Promise<number> {
    const args = parseArgs(argv);
    if (typeof args === 'string') {
      io.stderr.write(`pa-signpost suggest: ${args}\n\n${USAGE}\n`);
      return 2;
    }
    let filters: SearchFilters;
    const length = (last(args, '--length') ?? '30s') as ScriptLength;
    const limitText = last(args, '--limit');
    const limit = limitText === undefined ? 4 : Number(limitText);
    const nowText = last(args, '--now');
    const now = nowText === undefined ? undefined : new Date(`${nowText}T12:00:00Z`);
    try {
      filters = filtersFromArgs(args);
      if (!SCRIPT_LENGTHS.includes(length)) throw new Error(`--length: expected one of ${SCRIPT_LENGTHS.join(', ')}, found "${length}"`);
      if (!Number.isInteger(limit) || limit < 0 || limit > 50) throw new Error(`--limit: expected a whole number from 0 to 50, found "${limitText}"`);
      if (now && Number.isNaN(now.getTime())) throw new Error(`--now: expected a date as YYYY-MM-DD, found "${nowText}"`);
    } catch (error) {
      io.stderr.write(`pa-signpost suggest: ${(error as Error).message}\n`);
      return 2;
    }

    let context: ClinicalContext;
    let pack: Awaited<ReturnType<typeof loadPack>> | undefined;
    try {
      context = await readContext(args.file, await readFile(args.file, 'utf8'), args.booleans.has('--fhir'), now);
      const packPath = last(args, '--pack');
      if (packPath) pack = await loadPack(packPath, now);
    } catch (error) {
      io.stderr.write(`pa-signpost suggest: ${(error as Error).message}\n`);
      return 1;
    }

    const safety = safetyCards(context);
    const script = composeScript(context, length);
    const index = createSearchIndex(pack?.activities ?? [], pack?.districts ?? {});
    const outcome = index.search(context, filters, { limit, ...(now ? { now } : {}) });

    if (args.booleans.has('--json')) {
      io.stdout.write(`${JSON.stringify({ context, filters, safety, script: { length, text: scriptText(script) }, options: outcome }, null, 2)}\n`);
      return 0;
    }
    const out: string[] = [];
    const conditions = context.conditions.filter((c) => c.status === 'present').map((c) => c.id);
    out.push(`Context: ${conditions.join(', ') || 'no conditions found'}${context.ageYears !== undefined ? `; age ${context.ageYears}` : ''}${context.postcodeDistrict ? `; district ${context.postcodeDistrict}` : ''}${context.flags.length ? `; flags ${context.flags.join(', ')}` : ''}`);
    out.push('');
    if (safety.length > 0) {
      out.push('Safety first:');
      for (const card of safety) out.push(`  [${card.severity}] ${card.title}: ${card.whatToDo}`);
      out.push('');
    }
    out.push(`Advice script (${length}):`, scriptText(script).trim(), '');
    out.push(...optionsText(outcome, pack !== undefined));
    if (pack && pack.issues > 0) out.push('', `Note: ${pack.issues} pack item(s) had errors and were left out; run validate for details.`);
    io.stdout.write(`${out.join('\n')}\n`);
    return 0;
  },
};
