import * as v from 'valibot';
import type { Activity, Day } from '../directory/schema.ts';
import type { ScriptMode } from './compose-script.ts';

// A behavioural-activation plan: one agreed activity, specific enough to write into the person's
// activity schedule. Fields are free text the therapist can edit; the schema guards the editor boundary.
const Field = v.pipe(v.string(), v.trim(), v.maxLength(300, 'expected at most 300 characters'));

export const ActivityPlanSchema = v.object({
  what: v.pipe(Field, v.nonEmpty('expected what the activity is, found nothing')),
  when: Field,
  where: Field,
  withWhom: Field,
  howHard: Field,
  ifItDoesNotHappen: Field,
  activityId: v.optional(v.string()),
  contact: v.optional(Field),
  link: v.optional(v.string()),
});
export type ActivityPlan = v.InferOutput<typeof ActivityPlanSchema>;

export const PLAN_FIELDS = ['what', 'when', 'where', 'withWhom', 'howHard', 'ifItDoesNotHappen'] as const;
export type PlanField = (typeof PLAN_FIELDS)[number];
export const PLAN_FIELD_LABELS: Record<PlanField, string> = {
  what: 'What',
  when: 'When',
  where: 'Where',
  withWhom: 'With whom',
  howHard: 'How hard',
  ifItDoesNotHappen: "What if it doesn't happen",
};

export interface PlanInput {
  activity: Activity | string;
  when?: string;
  where?: string;
  withWhom?: string;
  howHard?: string;
  ifItDoesNotHappen?: string;
  // From the composed script: pacing and caution change the default effort and fallback wording.
  mode?: ScriptMode;
}

const DAY_NAMES: Record<Day, string> = { mon: 'Mondays', tue: 'Tuesdays', wed: 'Wednesdays', thu: 'Thursdays', fri: 'Fridays', sat: 'Saturdays', sun: 'Sundays' };

// Effort in words people can check for themselves (CMO 2019: moderate = can talk, not sing).
const EFFORT = {
  gentle: 'Gentle: you can talk and sing',
  moderate: 'Moderate: breathing faster, you can talk but not sing',
  vigorous: 'Vigorous: hard to say more than a few words',
} as const;

export function describeSchedule(activity: Activity): string {
  const parts = activity.schedule.map((slot) => {
    const days = slot.days.map((d) => DAY_NAMES[d]).join(' and ');
    const time = slot.start ? (slot.end ? ` ${slot.start}–${slot.end}` : ` from ${slot.start}`) : '';
    return `${days}${time}`.trim();
  });
  const text = parts.filter(Boolean).join('; ');
  return [text, activity.timing ?? ''].filter(Boolean).join('; ');
}

export function describePlace(activity: Activity): string {
  if (activity.mode === 'online') return 'Online';
  if (activity.mode === 'home') return 'At home';
  const venue = activity.venue;
  return [venue?.name, venue?.address, venue?.postcode].filter((p): p is string => Boolean(p)).join(', ');
}

export function describeContact(activity: Activity): string | undefined {
  const o = activity.organiser;
  if (!o) return undefined;
  const text = [o.name, o.phone, o.email].filter((p): p is string => Boolean(p)).join(', ');
  return text || undefined;
}

function defaultEffort(mode: ScriptMode | undefined, activity: Activity | undefined): string {
  if (mode === 'pacing') return 'Well within your energy limits: stop before you feel tired, and rest afterwards';
  if (mode === 'caution') return 'As agreed with your eating-disorder team';
  return activity?.intensity ? EFFORT[activity.intensity] : EFFORT.moderate;
}

function defaultFallback(mode: ScriptMode | undefined): string {
  if (mode === 'pacing') return 'If your energy is low that day, rest instead: that is pacing working, not failing.';
  return "If it doesn't happen, that's useful to know: we'll look at what got in the way next session and adjust the plan.";
}

export function makeActivityPlan(input: PlanInput): ActivityPlan {
  const activity = typeof input.activity === 'string' ? undefined : input.activity;
  const what = typeof input.activity === 'string' ? input.activity.trim() : input.activity.name;
  if (!what) throw new TypeError('expected an activity or a description of one, found an empty string');
  const plan: ActivityPlan = {
    what,
    when: input.when ?? (activity ? describeSchedule(activity) : ''),
    where: input.where ?? (activity ? describePlace(activity) : ''),
    withWhom: input.withWhom ?? '',
    howHard: input.howHard ?? defaultEffort(input.mode, activity),
    ifItDoesNotHappen: input.ifItDoesNotHappen ?? defaultFallback(input.mode),
  };
  if (activity) {
    plan.activityId = activity.id;
    const contact = describeContact(activity);
    if (contact) plan.contact = contact;
    const link = activity.url ?? activity.organiser?.url;
    if (link) plan.link = link;
  }
  return plan;
}

// Plain text for the activity schedule, the note and the handout. Empty fields say "to agree".
export function planText(plan: ActivityPlan): string {
  return PLAN_FIELDS.map((field) => `${PLAN_FIELD_LABELS[field]}: ${plan[field] || 'to agree'}`).join('\n');
}
