import { CONDITION_GROUPS } from '../../context/condition-ids.ts';
import type { ClinicalContext } from '../../context/schema.ts';
import { judgeActivity } from '../../safety/activity-rules.ts';
import type { Activity } from '../schema.ts';
import { whyWords } from './describe-result.ts';
import { LOW_COST_MAX_GBP, type SearchFilters } from './filters.ts';
import { KIND_LABELS, KIND_WORDS, NATIONAL_OPTIONS, type NationalOption } from './national-options.ts';
import { EXACT_MATCH_ONLY, type Person } from './person.ts';
import { querySlots, scheduleSlots } from './schedule-slots.ts';
import { WEIGHTS } from './score-weights.ts';
import type { SearchResult } from './search-result.ts';
import { activityMatchesTerm } from './text-index.ts';

// National options are a dozen entries, so they are judged and ranked directly, with the same
// safety verdicts as local ones. Distance does not apply; cohort filters are not applied either,
// because national programmes serve everyone and a therapist asking for "women only" locally still
// wants to see the NHS app.

function suits(option: NationalOption, person: Person): boolean {
  if (option.audience === 'everyone') return true;
  if (option.audience === 'long-term-conditions') return person.physicalCondition;
  return option.activity.conditions.some((id) => (EXACT_MATCH_ONLY.has(id) ? person.conditions.includes(id) : person.groups.has(CONDITION_GROUPS[id])));
}

function passes(activity: Activity, filters: SearchFilters): boolean {
  if (filters.format !== 'any' && activity.mode !== filters.format) return false;
  const { type, amount } = activity.cost;
  if (filters.cost === 'free' && type !== 'free' && amount !== 0) return false;
  if (filters.cost === 'low' && type !== 'free' && !(amount !== undefined && amount <= LOW_COST_MAX_GBP)) return false;
  if (filters.intensity === 'gentle-only' && activity.intensity !== 'gentle') return false;
  const slots = querySlots(filters.day, filters.time);
  if (slots !== undefined && (scheduleSlots(activity).possible & slots) === 0) return false;
  return activityMatchesTerm(activity, filters.text);
}

function score(option: NationalOption, person: Person, filters: SearchFilters, prefer: boolean): number {
  const a = option.activity;
  let s = 0;
  if (a.conditions.some((id) => person.conditions.includes(id))) s += WEIGHTS.designedForCondition;
  else if (a.conditions.some((id) => !EXACT_MATCH_ONLY.has(id) && person.groups.has(CONDITION_GROUPS[id]))) s += WEIGHTS.designedForGroup;
  if (prefer) s += WEIGHTS.prefer;
  if (option.audience === 'long-term-conditions' && person.physicalCondition) s += WEIGHTS.tagLongTermConditions;
  if (filters.intensity === 'gentle-first') {
    s += a.intensity === 'gentle' ? WEIGHTS.gentle : a.intensity === 'moderate' ? WEIGHTS.moderate : a.intensity === 'vigorous' ? WEIGHTS.vigorous : WEIGHTS.unknownIntensity;
  }
  return s;
}

export interface NationalRanking {
  results: SearchResult[];
  // One entry per option left out for safety: its reason.
  excluded: string[];
}

export function rankNational(context: ClinicalContext, person: Person, filters: SearchFilters, limit: number, options: readonly NationalOption[] = NATIONAL_OPTIONS): NationalRanking {
  const excluded: string[] = [];
  const ranked: SearchResult[] = [];
  for (const option of options) {
    if (!suits(option, person) || !passes(option.activity, filters)) continue;
    const verdict = judgeActivity(context, option.activity);
    if (verdict.exclude) {
      excluded.push(verdict.exclude);
      continue;
    }
    const distance = KIND_WORDS[option.kind];
    const result: SearchResult = {
      activity: option.activity,
      scope: 'national',
      distanceKind: 'national',
      distanceText: distance,
      why: whyWords({ activity: option.activity, person, filters: { ...filters, day: 'any', time: 'any' }, distance, statedFit: true, ageFit: false, prefer: verdict.prefer }),
      score: score(option, person, filters, verdict.prefer !== undefined),
      kind: option.kind,
      kindLabel: KIND_LABELS[option.kind],
      verify: option.verify,
    };
    if (verdict.caution) result.caution = verdict.caution;
    ranked.push(result);
  }
  ranked.sort((a, b) => b.score - a.score || (a.activity.id < b.activity.id ? -1 : a.activity.id > b.activity.id ? 1 : 0));
  return { results: ranked.slice(0, limit), excluded };
}
