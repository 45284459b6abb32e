import * as v from 'valibot';
import { createDistrictLookup, type DistrictLookup } from '../geo/create-district-lookup.ts';
import { decodeText } from './decode-text.ts';
import { finaliseActivity, toLookup, type FinaliseOptions } from './finalise-activity.ts';
import { countIssues, emptyResult, shortValue, type ChunkOptions, type ImportResult } from './import-result.ts';
import { makeIssue } from './issue-location.ts';
import { parseJson } from './parse-json.ts';
import { OutcodeSchema, PACK_FORMAT, RegionPackSchema, type Activity, type Districts, type RegionPackHeader } from './schema.ts';
import { throwIfAborted, yieldToEventLoop } from './yield-to-event-loop.ts';

export interface PackImportOptions extends FinaliseOptions, ChunkOptions {}

const HEADER_KEYS = ['format', 'version', 'name', 'publisher', 'licence', 'attribution', 'generated', 'sample'] as const;
const DistrictEntry = v.object({ lat: v.pipe(v.number(), v.finite(), v.minValue(-90), v.maxValue(90)), lng: v.pipe(v.number(), v.finite(), v.minValue(-180), v.maxValue(180)) });
const DEFAULT_CHUNK = 2000;

function describe(value: unknown): string {
  return Array.isArray(value) ? 'an array' : value === null ? 'null' : typeof value;
}

interface PackPrepared {
  result: ImportResult;
  items: unknown[];
  lookup?: DistrictLookup;
}

// Everything up to the activities: decode, parse, check the header and districts. A bad header
// field is an error but the activities are still read, so the report shows everything at once.
function preparePack(input: Uint8Array | ArrayBuffer | string | unknown, file: string, options: PackImportOptions): PackPrepared {
  const result = emptyResult();
  const issues = result.issues;
  const fileIssue = (message: string, field?: string, value?: unknown) => issues.push(makeIssue({ file }, 'error', message, field, shortValue(value)));
  let data: unknown = input;
  if (typeof input === 'string' || input instanceof Uint8Array || input instanceof ArrayBuffer) {
    const decoded = decodeText(input);
    if (decoded.encoding !== 'utf-8') issues.push(makeIssue({ file }, 'warning', 'expected UTF-8 JSON, found other bytes; read as Windows-1252'));
    const parsed = parseJson(decoded.text, file);
    if (!parsed.ok) {
      issues.push({ file, level: 'error', message: parsed.message, value: String(parsed.position) });
      return { result, items: [] };
    }
    data = parsed.value;
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    fileIssue(`expected a region pack (a JSON object with "format": "${PACK_FORMAT}"), found ${describe(data)}`);
    return { result, items: [] };
  }
  const pack = data as Record<string, unknown>;
  const header: Partial<RegionPackHeader> = {};
  const headerSchema = RegionPackSchema.entries;
  for (const key of HEADER_KEYS) {
    const parsed = v.safeParse(headerSchema[key], pack[key]);
    if (parsed.success) {
      if (parsed.output !== undefined) (header as Record<string, unknown>)[key] = parsed.output;
    } else {
      const issue = parsed.issues[0];
      const found = pack[key] === undefined ? 'nothing' : JSON.stringify(shortValue(pack[key], 60));
      fileIssue(`expected ${key === 'format' ? `"${PACK_FORMAT}"` : key === 'generated' ? 'a date as YYYY-MM-DD' : (issue.expected ?? 'a valid value')}, found ${found}`, key, pack[key]);
    }
  }
  result.header = header;

  const districts: Districts = {};
  if (pack.districts !== undefined) {
    if (typeof pack.districts !== 'object' || pack.districts === null || Array.isArray(pack.districts)) {
      fileIssue(`expected an object of districts (outcode → lat, lng), found ${describe(pack.districts)}`, 'districts');
    } else {
      for (const [outcode, entry] of Object.entries(pack.districts)) {
        const code = v.safeParse(OutcodeSchema, outcode);
        const point = v.safeParse(DistrictEntry, entry);
        if (!code.success) fileIssue(`expected an outward code such as N7, found "${shortValue(outcode, 20)}"`, `districts.${shortValue(outcode, 20)}`);
        else if (!point.success) fileIssue(`expected { lat, lng } in decimal degrees, found ${shortValue(entry, 60)}`, `districts.${code.output}`, entry);
        else districts[code.output] = point.output;
      }
    }
  }
  result.districts = districts;

  if (!Array.isArray(pack.activities)) {
    fileIssue(`expected "activities" to be an array, found ${pack.activities === undefined ? 'nothing' : describe(pack.activities)}`, 'activities');
    return { result, items: [] };
  }
  // A pack's own districts place its venues; districts given by the caller fill any gaps.
  const own = createDistrictLookup(districts);
  const extra = toLookup(options.districts);
  const lookup: DistrictLookup = extra
    ? { resolve: (o) => own.resolve(o) ?? extra.resolve(o), lookup: (o) => own.lookup(o) ?? extra.lookup(o), has: (o) => own.has(o) || extra.has(o), size: own.size + extra.size }
    : own;
  return { result, items: pack.activities, lookup };
}

function importItem(item: unknown, index: number, file: string, options: PackImportOptions, lookup: DistrictLookup | undefined, seen: Map<string, number>, result: ImportResult): void {
  const id = typeof item === 'object' && item !== null && typeof (item as { id?: unknown }).id === 'string' ? (item as { id: string }).id : undefined;
  const ctx = { file, item: id !== undefined && id.trim() !== '' ? shortValue(id.trim(), 80)! : `activities[${index}]` };
  const activity: Activity | undefined = finaliseActivity(item, { ...ctx, fieldName: (path) => path || 'activity' }, { ...options, lookup }, result.issues);
  if (!activity) return;
  const first = seen.get(activity.id);
  if (first !== undefined) {
    result.issues.push(makeIssue(ctx, 'error', `expected a unique id, found "${shortValue(activity.id, 60)}" already used by activities[${first}]; this one was not imported`, 'id', shortValue(activity.id)));
    return;
  }
  seen.set(activity.id, index);
  result.activities.push(activity);
}

function finish(result: ImportResult, rows: number): ImportResult {
  result.stats = { rows, valid: result.activities.length, ...countIssues(result.issues) };
  return result;
}

// A region pack (JSON) to an ImportResult. The header is checked field by field and every activity
// on its own, so one bad item never rejects the rest. Synchronous, for bundled and small packs.
export function importPack(input: Uint8Array | ArrayBuffer | string, file: string, options: Omit<PackImportOptions, keyof ChunkOptions> = {}): ImportResult {
  const { result, items, lookup } = preparePack(input, file, options);
  const seen = new Map<string, number>();
  items.forEach((item, index) => importItem(item, index, file, options, lookup, seen, result));
  return finish(result, items.length);
}

// The same, yielding to the event loop every `chunkSize` items with progress and cancel.
export async function importPackChunked(input: Uint8Array | ArrayBuffer | string, file: string, options: PackImportOptions = {}): Promise<ImportResult> {
  throwIfAborted(options.signal);
  const { result, items, lookup } = preparePack(input, file, options);
  const seen = new Map<string, number>();
  const chunk = Math.max(1, options.chunkSize ?? DEFAULT_CHUNK);
  for (let start = 0; start < items.length; start += chunk) {
    throwIfAborted(options.signal);
    const end = Math.min(items.length, start + chunk);
    for (let i = start; i < end; i++) importItem(items[i], i, file, options, lookup, seen, result);
    options.onProgress?.(end, items.length);
    if (end < items.length) await yieldToEventLoop();
  }
  return finish(result, items.length);
}

// Already-parsed JSON (the format detector has parsed it once).
export function importPackValue(value: unknown, file: string, options: Omit<PackImportOptions, keyof ChunkOptions> = {}): ImportResult {
  const { result, items, lookup } = preparePack(value, file, options);
  const seen = new Map<string, number>();
  items.forEach((item, index) => importItem(item, index, file, options, lookup, seen, result));
  return finish(result, items.length);
}
