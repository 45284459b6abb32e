import * as v from 'valibot';
import { SCRIPT_LENGTHS } from '../advice/content-schema.ts';
import { CONDITION_GROUP_IDS } from '../context/condition-ids.ts';
import { ProvisionGapSchema } from '../directory/search/provision-gap.ts';

// What the sidebar reports. Strict objects: an event carrying anything else is refused, so a
// caller cannot slip context (a name, a full postcode, a note) into the counts by mistake.
// Activity labels are the directory's own words; they are reduced to Activity List types or
// "other" before anything is stored (count-event.ts).
export const PilotEventSchema = v.variant('type', [
  v.strictObject({ type: v.literal('sidebar-open') }),
  v.strictObject({ type: v.literal('script-shown'), length: v.picklist(SCRIPT_LENGTHS), groups: v.array(v.picklist(CONDITION_GROUP_IDS)) }),
  v.strictObject({ type: v.literal('signpost'), activityLabels: v.array(v.pipe(v.string(), v.maxLength(200))) }),
  v.strictObject({ type: v.literal('note-copied') }),
  v.strictObject({ type: v.literal('handout-printed') }),
  v.strictObject({ type: v.literal('provision-gap'), gap: ProvisionGapSchema }),
]);

export type PilotEvent = v.InferOutput<typeof PilotEventSchema>;

export function parsePilotEvent(event: unknown): PilotEvent {
  const result = v.safeParse(PilotEventSchema, event);
  if (result.success) return result.output;
  const issue = result.issues[0];
  const path = issue.path?.map((p) => String(p.key)).join('.') ?? '';
  // The received value is not echoed: it may be exactly the identifying text this guards against.
  throw new Error(`pilot event${path ? ` ${path}` : ''}: ${issue.expected ? `expected ${issue.expected}` : issue.message}; not counted`);
}
