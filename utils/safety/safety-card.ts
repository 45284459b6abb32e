import * as v from 'valibot';
import { SourceSchema } from './source-schema.ts';

// stop: deal with this before any activity advice. caution: advice changes. info: worth knowing.
export const SEVERITIES = ['stop', 'caution', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

const Text = v.pipe(v.string(), v.nonEmpty('expected text, found an empty string'));

export const SafetyCardSchema = v.object({
  id: Text,
  severity: v.picklist(SEVERITIES),
  title: Text,
  whatToDo: Text,
  why: Text,
  sources: v.pipe(v.array(SourceSchema), v.minLength(1, 'expected at least one source')),
  // true: the brief asks services to confirm this locally; the panel shows "Confirm locally".
  confirm: v.boolean(),
});

export type SafetyCard = v.InferOutput<typeof SafetyCardSchema>;

export const SEVERITY_RANK: Record<Severity, number> = { stop: 0, caution: 1, info: 2 };
