import * as v from 'valibot';
import { CONDITION_GROUP_IDS, CONDITION_IDS } from '../context/condition-ids.ts';
import { SourceSchema } from '../safety/source-schema.ts';

// The advice content is data: each condition group's scripts, key point, reassurance, first steps and
// signposts, each with sources. Authors may write a line as a plain string, or as { text, confirm: true }
// when the brief asks for local confirmation; the schema normalises both to { text, confirm }.

export const SCRIPT_LENGTHS = ['30s', '2min', '5min'] as const;
export type ScriptLength = (typeof SCRIPT_LENGTHS)[number];
export const SCRIPT_LENGTH_LABELS: Record<ScriptLength, string> = { '30s': '30 seconds', '2min': '2 minutes', '5min': '5 minutes' };

export const ACTIVITY_LEVELS = ['inactive', 'fairly-active', 'active'] as const;
export type ActivityLevel = (typeof ACTIVITY_LEVELS)[number];

// 'general' is used when nothing on the record narrows the advice (mood and wellbeing, NICE NG222).
export const CONTENT_KEYS = [...CONDITION_GROUP_IDS, 'general'] as const;
export type ContentKey = (typeof CONTENT_KEYS)[number];

const Text = v.pipe(v.string(), v.trim(), v.nonEmpty('expected text, found an empty string'), v.maxLength(600));

export const LineSchema = v.pipe(
  v.union([Text, v.object({ text: Text, confirm: v.optional(v.boolean()) })], 'expected a line as text or { text, confirm }'),
  v.transform((line) => (typeof line === 'string' ? { text: line, confirm: false } : { text: line.text, confirm: line.confirm ?? false })),
);
export type Line = v.InferOutput<typeof LineSchema>;
export type LineInput = v.InferInput<typeof LineSchema>;

// A signpost may name the conditions it is for (cardiac rehabilitation for heart disease, not for
// high blood pressure); without `for` it suits the whole group.
export const SignpostSchema = v.pipe(
  v.union([Text, v.object({ text: Text, confirm: v.optional(v.boolean()), for: v.optional(v.array(v.picklist(CONDITION_IDS, 'expected a condition id'))) })], 'expected a signpost as text or { text, confirm, for }'),
  v.transform((line) =>
    typeof line === 'string' ? { text: line, confirm: false } : { text: line.text, confirm: line.confirm ?? false, ...(line.for ? { for: line.for } : {}) },
  ),
);
export type Signpost = v.InferOutput<typeof SignpostSchema>;

const Lines = v.pipe(v.array(LineSchema), v.minLength(1, 'expected at least one line'));
const Sources = v.pipe(v.array(SourceSchema), v.minLength(1, 'expected at least one source'));

// 30 seconds (very brief intervention) and 2 minutes (the 1-minute conversation, fuller): Ask, Explain, Invite.
export const ShortScriptSchema = v.object({ ask: Lines, explain: Lines, invite: Lines, sources: Sources });
// 5 minutes: Engage, Explore, Decide.
export const LongScriptSchema = v.object({ engage: Lines, explore: Lines, decide: Lines, sources: Sources });

export const ScriptsSchema = v.object({ '30s': ShortScriptSchema, '2min': ShortScriptSchema, '5min': LongScriptSchema });

export const FirstStepsSchema = v.object({ inactive: Lines, 'fairly-active': Lines, active: Lines });

export const GroupContentSchema = v.object({
  group: v.picklist(CONTENT_KEYS, 'expected a condition group id'),
  // How the group is named to the therapist ("COPD and asthma") and to the person ("your breathing").
  label: v.pipe(Text, v.maxLength(80)),
  topic: v.pipe(Text, v.maxLength(80)),
  keyPoint: LineSchema,
  reassurance: v.array(LineSchema),
  firstSteps: FirstStepsSchema,
  signposts: v.array(SignpostSchema),
  // Extra line when one particular condition of the group is present (e.g. type 1 diabetes, long COVID).
  conditionNotes: v.optional(v.record(v.picklist(CONDITION_IDS, 'expected a condition id'), LineSchema), {}),
  scripts: ScriptsSchema,
  sources: Sources,
});
export type GroupContent = v.InferOutput<typeof GroupContentSchema>;
export type GroupContentInput = v.InferInput<typeof GroupContentSchema>;
export type ShortScript = v.InferOutput<typeof ShortScriptSchema>;
export type LongScript = v.InferOutput<typeof LongScriptSchema>;

export const ContentSchema = v.pipe(
  v.record(v.picklist(CONTENT_KEYS, 'expected a condition group id'), GroupContentSchema),
  v.check(
    (record) => Object.entries(record).every(([key, entry]) => entry.group === key),
    'expected each entry to be filed under its own group id',
  ),
  v.check((record) => CONTENT_KEYS.every((key) => key in record), 'expected content for every condition group and general'),
);
export type Content = Record<ContentKey, GroupContent>;
