import * as v from 'valibot';
import { SourceSchema } from '../safety/source-schema.ts';
import { CONDITION_IDS } from '../context/condition-ids.ts';
import {
  CONTENT_KEYS,
  FirstStepsSchema,
  LineSchema,
  LongScriptSchema,
  ShortScriptSchema,
  type Content,
  type ContentKey,
  type GroupContent,
} from './content-schema.ts';
import { EATING_DISORDER_FORBIDDEN, PACING_FORBIDDEN, findForbidden } from './forbidden-words.ts';
import { formatIssues, type ContentError } from './format-issues.ts';

// A service's own content: adds or overrides parts of any group's content. Safety rules are code and are
// not part of a pack, so unknown keys (such as "safety" or "rules") are refused rather than ignored.
export const CONTENT_PACK_FORMAT = 'pa-signpost-content-pack';
export const CONTENT_PACK_VERSION = 1;

const Name = v.pipe(v.string(), v.trim(), v.nonEmpty('expected text, found an empty string'), v.maxLength(200));

const PackGroupSchema = v.strictObject(
  {
    label: v.optional(Name),
    topic: v.optional(Name),
    keyPoint: v.optional(LineSchema),
    reassurance: v.optional(v.array(LineSchema)),
    firstSteps: v.optional(FirstStepsSchema),
    signposts: v.optional(v.array(LineSchema)),
    conditionNotes: v.optional(v.record(v.picklist(CONDITION_IDS, 'expected a condition id'), LineSchema)),
    scripts: v.optional(
      v.strictObject(
        { '30s': v.optional(ShortScriptSchema), '2min': v.optional(ShortScriptSchema), '5min': v.optional(LongScriptSchema) },
        'expected only 30s, 2min or 5min scripts',
      ),
    ),
    sources: v.optional(v.pipe(v.array(SourceSchema), v.minLength(1, 'expected at least one source'))),
  },
  'expected only content fields (label, topic, keyPoint, reassurance, firstSteps, signposts, conditionNotes, scripts, sources)',
);

export const ContentPackSchema = v.strictObject(
  {
    format: v.literal(CONTENT_PACK_FORMAT, `expected format "${CONTENT_PACK_FORMAT}"`),
    version: v.literal(CONTENT_PACK_VERSION, `expected version ${CONTENT_PACK_VERSION}`),
    name: Name,
    publisher: Name,
    groups: v.record(v.picklist(CONTENT_KEYS, 'expected a condition group id'), PackGroupSchema),
  },
  'expected only format, version, name, publisher and groups (safety rules cannot be changed by a content pack)',
);

export type ContentPack = v.InferOutput<typeof ContentPackSchema>;
export type PackGroup = v.InferOutput<typeof PackGroupSchema>;

export type ParseContentPackResult = { ok: true; pack: ContentPack } | { ok: false; errors: ContentError[] };

// The eating-disorder and fatigue groups carry word rules; a pack may reword them but not break them.
const GROUP_RULES: Partial<Record<ContentKey, { patterns: readonly RegExp[]; rule: string }>> = {
  'eating-disorder': { patterns: EATING_DISORDER_FORBIDDEN, rule: 'the eating-disorder rule' },
  fatigue: { patterns: PACING_FORBIDDEN, rule: 'the ME/CFS pacing rule (NICE NG206)' },
};

function textsWithPaths(value: unknown, path: string, out: Array<[string, string]>): void {
  if (typeof value === 'string') out.push([path, value]);
  else if (Array.isArray(value)) value.forEach((item, i) => textsWithPaths(item, `${path}.${i}`, out));
  else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) textsWithPaths(item, `${path}.${key}`, out);
  }
}

export function parseContentPack(json: unknown): ParseContentPackResult {
  const result = v.safeParse(ContentPackSchema, json);
  if (!result.success) return { ok: false, errors: formatIssues(result.issues) };
  const errors: ContentError[] = [];
  for (const [key, group] of Object.entries(result.output.groups) as Array<[ContentKey, PackGroup]>) {
    const rule = GROUP_RULES[key];
    if (!rule) continue;
    const texts: Array<[string, string]> = [];
    textsWithPaths(group, `groups.${key}`, texts);
    for (const [path, text] of texts) {
      if (path.endsWith('.name')) continue; // source names may cite e.g. "graded exercise" trials
      const found = findForbidden(text, rule.patterns);
      if (found) errors.push({ path, message: `expected wording that keeps ${rule.rule}, found "${found}"` });
    }
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, pack: result.output };
}

// Pack entries override the built-in ones field by field, and script by script; everything else stays.
export function mergeContent(base: Content, pack: ContentPack): Content {
  const merged: Content = { ...base };
  for (const [key, group] of Object.entries(pack.groups) as Array<[ContentKey, PackGroup]>) {
    const current = base[key];
    const next: GroupContent = {
      ...current,
      ...(group.label !== undefined ? { label: group.label } : {}),
      ...(group.topic !== undefined ? { topic: group.topic } : {}),
      ...(group.keyPoint !== undefined ? { keyPoint: group.keyPoint } : {}),
      ...(group.reassurance !== undefined ? { reassurance: group.reassurance } : {}),
      ...(group.firstSteps !== undefined ? { firstSteps: group.firstSteps } : {}),
      ...(group.signposts !== undefined ? { signposts: group.signposts } : {}),
      ...(group.sources !== undefined ? { sources: group.sources } : {}),
      conditionNotes: { ...current.conditionNotes, ...(group.conditionNotes ?? {}) },
      scripts: {
        '30s': group.scripts?.['30s'] ?? current.scripts['30s'],
        '2min': group.scripts?.['2min'] ?? current.scripts['2min'],
        '5min': group.scripts?.['5min'] ?? current.scripts['5min'],
      },
      group: key,
    };
    merged[key] = next;
  }
  return merged;
}
