import type { Activity } from '../directory/schema.ts';
import { baseContent } from './base-content.ts';
import { forbiddenPatterns, guardLines, type ComposedScript } from './compose-script.ts';
import type { Content, Line } from './content-schema.ts';
import { describeContact, describePlace, describeSchedule, planText, type ActivityPlan } from './make-activity-plan.ts';

export interface HandoutActivity {
  name: string;
  when?: string;
  where?: string;
  contact?: string;
  link?: string;
}

export interface Handout {
  title: string;
  // Only when the therapist typed it; the record is never read for names.
  personName?: string;
  paragraphs: string[];
  activities: HandoutActivity[];
  plan?: ActivityPlan;
  footer: string;
}

export interface HandoutInput {
  script: ComposedScript;
  activities?: Activity[];
  plan?: ActivityPlan;
  personName?: string;
  content?: Content;
}

const GUIDELINES =
  'The UK guidelines suggest building up to 150 minutes of moderate activity a week (where you can talk but not sing), and strength exercises on two days. Every minute counts, and some is better than none.';

// Patient-facing text. Lines marked "confirm" are left out: a patient handout should carry only
// guidance the service has settled, and the therapist can add the rest in their own words.
export function handout(input: HandoutInput): Handout {
  const content = input.content ?? baseContent();
  const { script } = input;
  const lines: Line[] = [];
  for (const entry of script.groups.filter((g) => g.inScript)) {
    const group = content[entry.group];
    lines.push(group.keyPoint, ...group.reassurance.slice(0, 1));
    for (const id of entry.conditions) {
      const note = group.conditionNotes[id];
      if (note) lines.push(note);
    }
  }
  if (script.mode === 'advice') lines.push({ text: GUIDELINES, confirm: false });
  const paragraphs = guardLines(lines, forbiddenPatterns(script.restrictions))
    .filter((l) => !l.confirm)
    .map((l) => l.text);
  const activities = (input.activities ?? []).map(handoutActivity);
  const name = input.personName?.trim();
  return {
    title: script.mode === 'pacing' ? 'Managing your energy' : script.mode === 'caution' ? 'Activity and your care' : 'Being active: your plan',
    ...(name ? { personName: name } : {}),
    paragraphs: [...new Set(paragraphs)],
    activities,
    ...(input.plan ? { plan: input.plan } : {}),
    footer: 'If you feel unwell when active (chest pain, feeling faint, or very short of breath), stop and seek medical advice.',
  };
}

function handoutActivity(activity: Activity): HandoutActivity {
  const out: HandoutActivity = { name: activity.name };
  const when = describeSchedule(activity);
  const where = describePlace(activity);
  const contact = describeContact(activity);
  const link = activity.url ?? activity.organiser?.url;
  if (when) out.when = when;
  if (where) out.where = where;
  if (contact) out.contact = contact;
  if (link && /^https?:/i.test(link)) out.link = link;
  return out;
}

export function handoutText(h: Handout): string {
  const out: string[] = [h.personName ? `${h.title} (for ${h.personName})` : h.title, ''];
  out.push(...h.paragraphs.flatMap((p) => [p, '']));
  if (h.activities.length > 0) {
    out.push('Local options:');
    for (const a of h.activities) {
      out.push(`- ${a.name}`);
      if (a.when) out.push(`  When: ${a.when}`);
      if (a.where) out.push(`  Where: ${a.where}`);
      if (a.contact) out.push(`  Contact: ${a.contact}`);
      if (a.link) out.push(`  Link: ${a.link}`);
    }
    out.push('');
  }
  if (h.plan) out.push('Your plan:', planText(h.plan), '');
  out.push(h.footer);
  return out.join('\n');
}
