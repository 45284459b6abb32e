import type { ClinicalContext } from '../context/schema.ts';
import { CONDITION_GROUPS, type ConditionId } from '../context/condition-ids.ts';
import { activeRisks } from '../safety/active-risks.ts';
import { safetyCards } from '../safety/safety-cards.ts';
import type { SafetyCard } from '../safety/safety-card.ts';
import { uniqueSources, type Source } from '../safety/source-schema.ts';
import { baseContent } from './base-content.ts';
import { CONDITION_LABELS } from '../context/condition-labels.ts';
import type { ActivityLevel, Content, ContentKey, GroupContent, Line, ScriptLength } from './content-schema.ts';
import { EATING_DISORDER_FORBIDDEN, PACING_FORBIDDEN, findForbidden } from './forbidden-words.ts';

export type Stage = 'ask' | 'explain' | 'invite' | 'engage' | 'explore' | 'decide';
export const STAGE_HEADINGS: Record<Stage, string> = {
  ask: 'Ask',
  explain: 'Explain',
  invite: 'Invite',
  engage: 'Engage',
  explore: 'Explore',
  decide: 'Decide',
};

// advice: the usual scripts. caution: eating disorder, everything defers to the eating-disorder team.
// pacing: ME/CFS or long COVID, energy management only.
export type ScriptMode = 'advice' | 'caution' | 'pacing';

export interface ScriptSection {
  stage: Stage;
  heading: string;
  lines: Line[];
}

export interface ConsideredGroup {
  group: ContentKey;
  label: string;
  conditions: ConditionId[];
  // record: a present condition; score: PHQ-9/GAD-7 above caseness (informs, never diagnoses); flag: a safety flag.
  via: 'record' | 'score' | 'flag';
  // false when the 30-second or 2-minute script had no room for it (it is in the 5-minute one).
  inScript: boolean;
  note?: string;
}

export interface ComposedScript {
  length: ScriptLength;
  mode: ScriptMode;
  activityLevel?: ActivityLevel;
  safety: SafetyCard[];
  checks: Line[];
  sections: ScriptSection[];
  groups: ConsideredGroup[];
  signposts: Line[];
  sources: Source[];
  // Word rules in force for anything built from this script (note, handout): see forbidden-words.ts.
  restrictions: Restriction[];
}

export type Restriction = 'eating-disorder' | 'pacing';

export interface ComposeOptions {
  activityLevel?: ActivityLevel;
  // Built-in content merged with a service's pack (mergeContent); defaults to the built-in content.
  content?: Content;
}

// Which condition point leads when several apply: pacing changes everything, then conditions with
// safety-relevant reassurance, then the rest; mood and anxiety last because the session already covers them.
const GROUP_PRIORITY: readonly ContentKey[] = [
  'eating-disorder',
  'fatigue',
  'cardiovascular',
  'respiratory',
  'diabetes',
  'pregnancy',
  'frailty',
  'dementia',
  'cancer',
  'neurological',
  'renal',
  'musculoskeletal',
  'pain',
  'mobility',
  'sensory',
  'weight',
  'gastrointestinal',
  'insomnia',
  'severe-mental-illness',
  'substance-misuse',
  'neurodevelopmental',
  'depression',
  'anxiety',
  'general',
];

// How many condition points fit in each length; the rest are listed as considered.
const MAX_POINTS: Record<ScriptLength, number> = { '30s': 3, '2min': 5, '5min': Number.POSITIVE_INFINITY };

const PHQ9_CASENESS = 10;
const GAD7_CASENESS = 8;

function line(text: string, confirm = false): Line {
  return { text, confirm };
}

function listJoin(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function consideredGroups(context: ClinicalContext, mode: ScriptMode, content: Content): ConsideredGroup[] {
  const byGroup = new Map<ContentKey, ConsideredGroup>();
  for (const mention of context.conditions) {
    if (mention.status !== 'present') continue;
    const group = CONDITION_GROUPS[mention.id];
    const entry = byGroup.get(group) ?? { group, label: content[group].label, conditions: [], via: 'record' as const, inScript: true };
    if (!entry.conditions.includes(mention.id)) entry.conditions.push(mention.id);
    byGroup.set(group, entry);
  }
  // Scores inform the conversation about mood; the wording stays "your mood", never a diagnosis.
  const phq9 = context.measures.phq9;
  if (phq9 && phq9.value >= PHQ9_CASENESS && !byGroup.has('depression')) {
    byGroup.set('depression', {
      group: 'depression',
      label: 'Low mood',
      conditions: [],
      via: 'score',
      inScript: true,
      note: `PHQ-9 ${phq9.value} (${phq9.band}) is at or above the caseness threshold of ${PHQ9_CASENESS}: informs the advice, not a diagnosis`,
    });
  }
  const gad7 = context.measures.gad7;
  if (gad7 && gad7.value >= GAD7_CASENESS && !byGroup.has('anxiety')) {
    byGroup.set('anxiety', {
      group: 'anxiety',
      label: 'Anxiety symptoms',
      conditions: [],
      via: 'score',
      inScript: true,
      note: `GAD-7 ${gad7.value} (${gad7.band}) is at or above the caseness threshold of ${GAD7_CASENESS}: informs the advice, not a diagnosis`,
    });
  }
  // A safety flag with no matching condition still brings in its group's script.
  if (mode === 'caution' && !byGroup.has('eating-disorder')) {
    byGroup.set('eating-disorder', { group: 'eating-disorder', label: content['eating-disorder'].label, conditions: [], via: 'flag', inScript: true });
  }
  if (mode === 'pacing' && !byGroup.has('fatigue')) {
    byGroup.set('fatigue', { group: 'fatigue', label: content.fatigue.label, conditions: [], via: 'flag', inScript: true });
  }
  return [...byGroup.values()].sort((a, b) => GROUP_PRIORITY.indexOf(a.group) - GROUP_PRIORITY.indexOf(b.group));
}

function possibleChecks(context: ClinicalContext): Line[] {
  const present = new Set(context.conditions.filter((m) => m.status === 'present').map((m) => m.id));
  const seen = new Set<ConditionId>();
  const checks: Line[] = [];
  for (const mention of context.conditions) {
    if (mention.status !== 'possible' || present.has(mention.id) || seen.has(mention.id)) continue;
    seen.add(mention.id);
    checks.push(line(`The record mentions possible ${CONDITION_LABELS[mention.id]}: check with the person before tailoring advice to it.`));
  }
  return checks;
}

function notesFor(entry: ConsideredGroup, group: GroupContent): Line[] {
  return entry.conditions.flatMap((id) => {
    const note = group.conditionNotes[id];
    return note ? [note] : [];
  });
}

function firstStepLines(group: GroupContent, level: ActivityLevel | undefined): Line[] {
  // Unknown level: start from the smallest step, which suits everyone.
  const steps = group.firstSteps[level ?? 'inactive'];
  return steps.map((step) => ({ ...step, text: `A first step: ${step.text}` }));
}

function singleGroupSections(entry: ConsideredGroup, group: GroupContent, length: ScriptLength, level: ActivityLevel | undefined, mode: ScriptMode): ScriptSection[] {
  const notes = length === '30s' ? [] : notesFor(entry, group);
  const steps = length === '30s' || mode === 'caution' ? [] : firstStepLines(group, level);
  if (length === '5min') {
    const script = group.scripts['5min'];
    return [
      section('engage', script.engage),
      section('explore', [...script.explore.slice(0, 1), group.keyPoint, ...notes, ...script.explore.slice(1)]),
      section('decide', [...script.decide.slice(0, 2), ...steps, ...script.decide.slice(2)]),
    ];
  }
  const script = group.scripts[length];
  return [
    section('ask', script.ask),
    section('explain', [...script.explain, ...notes]),
    section('invite', [...script.invite, ...steps]),
  ];
}

function multiGroupSections(shown: ConsideredGroup[], content: Content, length: ScriptLength, level: ActivityLevel | undefined, mode: ScriptMode): ScriptSection[] {
  const lead = content[shown[0]!.group];
  const topics = listJoin(shown.map((entry) => content[entry.group].topic));
  const points = shown.flatMap((entry, index) => {
    const group = content[entry.group];
    if (length === '30s') return [group.keyPoint];
    // Pacing: other conditions contribute their key point only; their fuller advice assumes doing more.
    if (mode === 'pacing' && index > 0) return [group.keyPoint, ...notesFor(entry, group)];
    const reassurance = length === '2min' ? group.reassurance.slice(0, 1) : group.reassurance;
    return [group.keyPoint, ...notesFor(entry, group), ...reassurance];
  });
  if (mode === 'pacing') points.push(line('Whatever helps with these, it stays within your energy limits, paced across the week.'));
  const steps = length === '30s' ? [] : firstStepLines(lead, level);
  if (length === '5min') {
    const script = lead.scripts['5min'];
    return [
      section('engage', [line(`Would it be OK to spend five minutes on physical activity, and how it might help with ${topics}?`), ...script.engage]),
      section('explore', [...script.explore.slice(0, 1), ...points, ...script.explore.slice(1)]),
      section('decide', [...script.decide.slice(0, 2), ...steps, ...script.decide.slice(2)]),
    ];
  }
  const script = lead.scripts[length];
  const span = length === '30s' ? 'a moment' : 'a couple of minutes';
  return [
    section('ask', [line(`Would it be OK to spend ${span} on physical activity, and how it might help with ${topics}?`)]),
    section('explain', points),
    section('invite', [...script.invite, ...steps]),
  ];
}

function section(stage: Stage, lines: Line[]): ScriptSection {
  return { stage, heading: STAGE_HEADINGS[stage], lines };
}

function modeFor(context: ClinicalContext): ScriptMode {
  const risks = activeRisks(context);
  if (risks.has('eating-disorder')) return 'caution';
  if (risks.has('me-cfs') || risks.has('long-covid')) return 'pacing';
  return 'advice';
}

function restrictionsFor(context: ClinicalContext): Restriction[] {
  const risks = activeRisks(context);
  const out: Restriction[] = [];
  if (risks.has('eating-disorder')) out.push('eating-disorder');
  if (risks.has('me-cfs') || risks.has('long-covid')) out.push('pacing');
  return out;
}

export function forbiddenPatterns(restrictions: readonly Restriction[]): RegExp[] {
  return [
    ...(restrictions.includes('eating-disorder') ? EATING_DISORDER_FORBIDDEN : []),
    ...(restrictions.includes('pacing') ? PACING_FORBIDDEN : []),
  ];
}

// Drops lines carrying words the eating-disorder or ME/CFS rules forbid, whatever content produced them.
export function guardLines(lines: Line[], forbidden: readonly RegExp[]): Line[] {
  if (forbidden.length === 0) return lines;
  return lines.filter((l) => findForbidden(l.text, forbidden) === undefined);
}

export function composeScript(context: ClinicalContext, length: ScriptLength, options: ComposeOptions = {}): ComposedScript {
  const content = options.content ?? baseContent();
  const mode = modeFor(context);
  const level = options.activityLevel;
  let groups = consideredGroups(context, mode, content);
  let sections: ScriptSection[];
  let used: ContentKey[];

  if (mode === 'caution') {
    // Eating disorder: its script alone. Other conditions are named for the team, without advice.
    const entry = groups.find((g) => g.group === 'eating-disorder')!;
    sections = singleGroupSections(entry, content['eating-disorder'], length, level, mode);
    const others = groups.filter((g) => g.group !== 'eating-disorder');
    if (others.length > 0) {
      const names = listJoin(others.map((g) => g.label.toLowerCase()));
      const target = sections[1]!;
      target.lines = [...target.lines, line(`Other things on the record (${names}) are for the eating-disorder team to weigh in their plan too.`)];
    }
    groups = groups.map((g) => ({ ...g, inScript: g.group === 'eating-disorder' }));
    used = ['eating-disorder'];
  } else {
    if (groups.length === 0) groups = [{ group: 'general', label: content.general.label, conditions: [], via: 'record', inScript: true }];
    const max = MAX_POINTS[length];
    groups = groups.map((g, i) => ({ ...g, inScript: i < max }));
    const shown = groups.filter((g) => g.inScript);
    sections =
      shown.length === 1
        ? singleGroupSections(shown[0]!, content[shown[0]!.group], length, level, mode)
        : multiGroupSections(shown, content, length, level, mode);
    used = shown.map((g) => g.group);
  }

  const restrictions = restrictionsFor(context);
  const forbidden = forbiddenPatterns(restrictions);
  sections = sections.map((s) => ({ ...s, lines: guardLines(s.lines, forbidden) })).filter((s) => s.lines.length > 0);
  // Pacing: only the fatigue group's signposts; others point to exercise groups and programmes.
  const signpostGroups = mode === 'pacing' ? (['fatigue'] as ContentKey[]) : used;
  const present = new Set(context.conditions.filter((c) => c.status === 'present').map((c) => c.id));
  const signposts = guardLines(
    signpostGroups
      .flatMap((key) => content[key].signposts)
      .filter((signpost) => !signpost.for || signpost.for.some((id) => present.has(id)))
      .map(({ text, confirm }) => ({ text, confirm })),
    forbidden,
  );
  const safety = safetyCards(context);
  const scriptKey = length;
  const sources = uniqueSources([
    ...safety.flatMap((card) => card.sources),
    ...used.flatMap((key) => [...content[key].scripts[scriptKey].sources, ...content[key].sources]),
  ]);
  return {
    length,
    mode,
    ...(level ? { activityLevel: level } : {}),
    safety,
    checks: guardLines(possibleChecks(context), forbidden),
    sections,
    groups,
    signposts: dedupeLines(signposts),
    sources,
    restrictions,
  };
}

function dedupeLines(lines: Line[]): Line[] {
  const seen = new Set<string>();
  return lines.filter((l) => (seen.has(l.text) ? false : (seen.add(l.text), true)));
}
