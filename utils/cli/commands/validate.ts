import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { importFiles, type FileResult } from '../../directory/import-files.ts';
import type { ImportIssue } from '../../directory/import-result.ts';
import { summarise } from '../../directory/summarise.ts';
import { parseDistrictCsv } from '../../geo/parse-district-csv.ts';
import type { CliIo, Command } from '../io.ts';

const USAGE = `Usage: pa-signpost validate FILE... [options]

Checks directory files before they are loaded: CSV spreadsheets, region packs (JSON) and
OpenActive RPDE pages (JSON). The kind of file is worked out from its content.

Options:
  --json              print the full report as JSON
  --districts FILE    outcode,latitude,longitude CSV: fill missing coordinates and check postcodes
  --map "a=b,..."     CSV column mapping, e.g. "Session=name,Where=venue_postcode"
  --now YYYY-MM-DD    date used for the "not updated in 90 days" check (default: today)

Exit status: 0 no errors (warnings allowed), 1 errors found, 2 wrong usage.`;

export interface ParsedArgs {
  files: string[];
  flags: Map<string, string[]>;
  booleans: Set<string>;
}

const VALUE_FLAGS = new Set(['--out', '--name', '--publisher', '--licence', '--license', '--attribution', '--districts', '--map', '--now', '--radius', '--generated']);
const BOOLEAN_FLAGS = new Set(['--json', '--sample', '--quiet']);

export function parseArgs(args: readonly string[]): ParsedArgs | string {
  const files: string[] = [];
  const flags = new Map<string, string[]>();
  const booleans = new Set<string>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (VALUE_FLAGS.has(flag)) {
      const value = inline ?? args[++i];
      if (value === undefined) return `${flag}: expected a value, found the end of the command`;
      flags.set(flag, [...(flags.get(flag) ?? []), value]);
    } else if (BOOLEAN_FLAGS.has(flag)) {
      booleans.add(flag);
    } else if (arg.startsWith('--')) {
      return `expected an option such as --json, found "${arg}"`;
    } else {
      files.push(arg);
    }
  }
  return { files, flags, booleans };
}

export function parseMap(values: readonly string[]): Record<string, string> | string {
  const map: Record<string, string> = {};
  for (const value of values) {
    for (const pair of value.split(',')) {
      if (pair.trim() === '') continue;
      const eq = pair.indexOf('=');
      if (eq <= 0) return `--map: expected "csvHeader=field", found "${pair}"`;
      map[pair.slice(0, eq).trim()] = pair.slice(eq + 1).trim();
    }
  }
  return map;
}

export function parseNow(value: string | undefined): Date | string {
  if (value === undefined) return new Date();
  const date = new Date(`${value}T00:00:00Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(date.getTime()) ? date : `--now: expected a date as YYYY-MM-DD, found "${value}"`;
}

// Shared by validate and convert: read the files and district table, import everything.
export async function loadInputs(parsed: ParsedArgs, io: CliIo): Promise<{ results: FileResult[]; districtIssues: ImportIssue[]; districts?: Record<string, { lat: number; lng: number }> } | number> {
  const map = parseMap(parsed.flags.get('--map') ?? []);
  const now = parseNow(parsed.flags.get('--now')?.[0]);
  for (const problem of [map, now]) {
    if (typeof problem === 'string') {
      io.stderr.write(`${problem}\n`);
      return 2;
    }
  }
  let districts: Record<string, { lat: number; lng: number }> | undefined;
  let districtIssues: ImportIssue[] = [];
  const districtFile = parsed.flags.get('--districts')?.[0];
  if (districtFile) {
    const table = parseDistrictCsv(new Uint8Array(await readFile(districtFile)), basename(districtFile));
    districts = table.districts;
    districtIssues = table.issues;
  }
  const files = [];
  for (const path of parsed.files) files.push({ name: basename(path), bytes: new Uint8Array(await readFile(path)) });
  const results = await importFiles(files, { map: map as Record<string, string>, now: now as Date, districts });
  return { results, districtIssues, districts };
}

const LIST_LIMIT = 20;

export function writeHuman(io: CliIo, results: readonly FileResult[], extra: readonly ImportIssue[]): void {
  for (const result of results) {
    io.stdout.write(`${result.file} (${result.format}): ${summarise(result)}\n`);
    const errors = result.issues.filter((i) => i.level === 'error');
    const warnings = result.issues.filter((i) => i.level === 'warning');
    for (const [label, list] of [['error', errors], ['warning', warnings]] as const) {
      for (const issue of list.slice(0, LIST_LIMIT)) io.stdout.write(`  ${label}: ${issue.message}\n`);
      if (list.length > LIST_LIMIT) io.stdout.write(`  ... and ${list.length - LIST_LIMIT} more ${label}s (use --json for all)\n`);
    }
  }
  for (const issue of extra) io.stdout.write(`  ${issue.level}: ${issue.message}\n`);
}

export const command: Command = {
  summary: 'check CSV, region pack or OpenActive files and report errors and warnings',
  usage: USAGE,
  async run(args, io) {
    const parsed = parseArgs(args);
    if (typeof parsed === 'string' || parsed.files.length === 0) {
      io.stderr.write(`${typeof parsed === 'string' ? parsed : 'expected at least one FILE, found none'}\n\n${USAGE}\n`);
      return 2;
    }
    const loaded = await loadInputs(parsed, io);
    if (typeof loaded === 'number') return loaded;
    const { results, districtIssues } = loaded;
    const hasErrors = [...results.flatMap((r) => r.issues), ...districtIssues].some((i) => i.level === 'error');
    if (parsed.booleans.has('--json')) {
      const report = {
        ok: !hasErrors,
        files: results.map((r) => ({ file: r.file, format: r.format, summary: summarise(r), stats: r.stats, ...(r.header ? { header: r.header } : {}), issues: r.issues })),
        ...(districtIssues.length > 0 ? { districtIssues } : {}),
      };
      io.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    } else {
      writeHuman(io, results, districtIssues);
    }
    return hasErrors ? 1 : 0;
  },
};
