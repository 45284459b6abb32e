import type { Activity } from '../directory/schema.ts';
import { CONDITION_LABELS } from '../context/condition-labels.ts';
import type { ComposedScript } from './compose-script.ts';
import { SCRIPT_LENGTH_LABELS } from './content-schema.ts';
import { ACTIVITY_LEVEL_LABELS } from './activity-level.ts';
import { planText, type ActivityPlan } from './make-activity-plan.ts';

// SNOMED CT codes from published value sets (CONTENT-BRIEF.md). Services confirm them locally before
// use, so every code is printed with "confirm locally". There is no code for signposting: none is invented.
export const NOTE_CODES = {
  advised: { code: '183073003', term: 'Patient advised about exercise' },
  written: { code: '429778002', term: 'Written advice on benefits of physical activity given' },
  programme: { code: '390893007', term: 'Referral to physical activity programme' },
  prescription: { code: '310882002', term: 'Exercise on prescription' },
  socialPrescribing: { code: '871731000000106', term: 'Referral to social prescribing service' },
  gppaq: { code: '1086511000000107', term: 'General practice physical activity questionnaire index' },
} as const;

export type Referral = 'physical-activity-programme' | 'exercise-on-prescription' | 'social-prescribing';

export interface NoteCode {
  code: string;
  term: string;
  confirm: true;
}

export interface NoteInput {
  script: ComposedScript;
  plan?: ActivityPlan;
  // Activities the person was given details of (signposting; no code exists for it).
  signposted?: Activity[];
  followUp?: string;
  handoutGiven?: boolean;
  referrals?: Referral[];
  // Answer to the single-item question, 0-7, if asked.
  activityDays?: number;
  gppaqRecorded?: boolean;
}

export function noteCodes(input: NoteInput): NoteCode[] {
  const codes: NoteCode[] = [{ ...NOTE_CODES.advised, confirm: true }];
  if (input.handoutGiven) codes.push({ ...NOTE_CODES.written, confirm: true });
  const referrals = input.referrals ?? [];
  if (referrals.includes('physical-activity-programme')) codes.push({ ...NOTE_CODES.programme, confirm: true });
  if (referrals.includes('exercise-on-prescription')) codes.push({ ...NOTE_CODES.prescription, confirm: true });
  if (referrals.includes('social-prescribing')) codes.push({ ...NOTE_CODES.socialPrescribing, confirm: true });
  if (input.gppaqRecorded) codes.push({ ...NOTE_CODES.gppaq, confirm: true });
  return codes;
}

const MODE_WORDS = {
  advice: 'brief physical activity advice given',
  pacing: 'energy management and pacing discussed (no incremental activity plan)',
  caution: "activity discussed; deferred to the eating-disorder team's plan",
} as const;

// A concise note for the clinical record. It names conditions and scores already on the record, and
// nothing that identifies the person.
export function recordNote(input: NoteInput): string {
  const { script } = input;
  const out: string[] = [];
  out.push(`Physical activity: ${MODE_WORDS[script.mode]} (${SCRIPT_LENGTH_LABELS[script.length]} script).`);
  if (input.activityDays !== undefined || script.activityLevel) {
    const days = input.activityDays !== undefined ? `${input.activityDays} day(s) with 30+ minutes in the past week; ` : '';
    const band = script.activityLevel ? `${ACTIVITY_LEVEL_LABELS[script.activityLevel].toLowerCase()} (approximate band)` : '';
    out.push(`Activity level: ${days}${band}.`.replace('; .', '.'));
  }
  const considered = script.groups.map((g) => {
    const names = g.conditions.length > 0 ? g.conditions.map((id) => CONDITION_LABELS[id]).join(', ') : g.label.toLowerCase();
    return g.note ? `${names} (${g.note})` : names;
  });
  if (considered.length > 0) out.push(`Conditions considered: ${considered.join('; ')}.`);
  const checks = [
    ...script.safety.filter((c) => c.id.startsWith('check-')).map((c) => c.title.replace(/^Check first: /, '')),
    ...script.checks.map((l) => /possible [^:]+/.exec(l.text)?.[0] ?? l.text),
  ];
  if (checks.length > 0) out.push(`To check with the person: ${checks.join('; ')}.`);
  const safety = script.safety.filter((c) => !c.id.startsWith('check-')).map((c) => (c.confirm ? `${c.title} (confirm locally)` : c.title));
  if (safety.length > 0) out.push(`Safety points: ${safety.join('; ')}.`);
  const signposted = (input.signposted ?? []).map((a) => (a.organiser?.name ? `${a.name} (${a.organiser.name})` : a.name));
  if (signposted.length > 0) out.push(`Signposted to: ${signposted.join('; ')}.`);
  if (input.handoutGiven) out.push('Written information given.');
  if (input.plan) out.push(`Plan (activity schedule):\n${planText(input.plan)}`);
  out.push(`Follow-up: ${input.followUp?.trim() || 'review at next session'}.`);
  out.push('Codes (confirm locally before use):');
  for (const c of noteCodes(input)) out.push(`SNOMED CT ${c.code} |${c.term}| (confirm locally)`);
  return out.join('\n');
}
