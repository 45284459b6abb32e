import type { ConditionId } from '../../context/condition-ids.ts';
import { CONDITION_GROUPS } from '../../context/condition-ids.ts';
import type { Activity, Day } from '../schema.ts';
import { CONDITION_WORDS, GROUP_WORDS } from './condition-words.ts';
import { LOW_COST_MAX_GBP, type SearchFilters, type TimeOfDay } from './filters.ts';
import { EXACT_MATCH_ONLY, type Person } from './person.ts';
import type { DistanceKind } from './search-result.ts';

// The plain words on each result card: why this option, in the order a therapist would say it.

const DAY_WORDS: Record<Day, string> = { mon: 'Monday', tue: 'Tuesday', wed: 'Wednesday', thu: 'Thursday', fri: 'Friday', sat: 'Saturday', sun: 'Sunday' };
const TAG_WORDS: Partial<Record<string, string>> = {
  'women-only': 'women only',
  'older-adults': 'for over 60s',
  'wheelchair-accessible': 'wheelchair accessible',
  'long-term-conditions': 'welcomes people with long-term conditions',
  'mental-health': 'mental-health friendly',
  beginners: 'for beginners',
};

export function formatKm(km: number, approximate: boolean): string {
  const rounded = km < 10 ? km.toFixed(1) : String(Math.round(km));
  return `${approximate ? 'about ' : ''}${rounded} km`;
}

export function distanceText(kind: DistanceKind, activity: Activity, km: number | undefined, approximate: boolean, district?: string): string {
  if (kind === 'km' && km !== undefined) return formatKm(km, approximate);
  if (kind === 'same-district') return `in ${district ?? 'their district'}`;
  if (kind === 'remote') return activity.mode === 'online' ? 'online' : 'at home';
  return 'distance not known';
}

export function costWords(activity: Activity): string {
  const { type, amount } = activity.cost;
  if (type === 'free' || amount === 0) return 'free';
  if (amount !== undefined) {
    const price = Number.isInteger(amount) ? `£${amount}` : `£${amount.toFixed(2)}`;
    return amount <= LOW_COST_MAX_GBP ? `low cost (${price})` : price;
  }
  return type === 'concession' ? 'concession prices' : 'paid';
}

function whenWords(filters: SearchFilters, statedFit: boolean): string | undefined {
  if (filters.day === 'any' && filters.time === 'any') return undefined;
  if (!statedFit) return 'check times';
  const day = filters.day === 'any' ? undefined : DAY_WORDS[filters.day];
  const time: TimeOfDay | undefined = filters.time === 'any' ? undefined : filters.time;
  if (day && time) return `${day} ${time}s`;
  if (day) return `on ${day}s`;
  return `${time}s`;
}

export function designedForWords(activity: Activity, person: Person): string | undefined {
  const exact = activity.conditions.filter((id) => person.conditions.includes(id));
  if (exact.length > 0) return `designed for people with ${listWords(exact.slice(0, 2).map((id) => CONDITION_WORDS[id]))}`;
  const group = activity.conditions
    .filter((id: ConditionId) => !EXACT_MATCH_ONLY.has(id))
    .map((id: ConditionId) => CONDITION_GROUPS[id])
    .find((g) => person.groups.has(g));
  return group ? `designed for people with ${GROUP_WORDS[group]}` : undefined;
}

function listWords(words: string[]): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

export interface WhyInput {
  activity: Activity;
  person: Person;
  filters: SearchFilters;
  distance: string;
  statedFit: boolean;
  ageFit: boolean;
  prefer?: string;
}

export function whyWords({ activity, person, filters, distance, statedFit, ageFit, prefer }: WhyInput): string {
  const parts: string[] = [];
  if (activity.intensity) parts.push(activity.intensity);
  parts.push(costWords(activity));
  parts.push(distance);
  const when = whenWords(filters, statedFit);
  if (when) parts.push(when);
  const designed = designedForWords(activity, person);
  if (designed) parts.push(designed);
  if (prefer) parts.push(prefer);
  // Cohort tags the therapist asked for, or that match the person, in a fixed order.
  const wanted = new Set<string>(filters.cohort);
  if (person.ageYears !== undefined && person.ageYears >= 60) wanted.add('older-adults');
  if (person.physicalCondition) wanted.add('long-term-conditions');
  for (const tag of activity.suitableFor) {
    const words = TAG_WORDS[tag];
    if (words && wanted.has(tag)) parts.push(words);
  }
  if (ageFit && activity.ageRange) {
    const { min, max } = activity.ageRange;
    parts.push(min !== undefined && max !== undefined ? `for ages ${min} to ${max}` : min !== undefined ? `for ages ${min}+` : `for ages up to ${max}`);
  }
  return parts.join(', ');
}

export function staleWords(months: number): string {
  return `details last checked ${months} month${months === 1 ? '' : 's'} ago`;
}
