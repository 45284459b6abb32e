import { CONDITION_GROUPS, CONDITION_IDS, type ConditionGroup, type ConditionId } from '../../context/condition-ids.ts';
import type { ClinicalContext } from '../../context/schema.ts';
import { MENTAL_HEALTH_GROUPS } from './condition-words.ts';

// What search needs to know about the person, read once per query from the confirmed context.
// Only `present` mentions count: negated, family and possible ones never steer the ranking.
export interface Person {
  conditions: ConditionId[];
  conditionBits: [number, number];
  groups: Set<ConditionGroup>;
  groupBits: number;
  physicalCondition: boolean;
  mentalHealthCondition: boolean;
  ageYears?: number;
  district?: string;
  primaryGroup?: ConditionGroup;
}

export const CONDITION_INDEX = new Map<ConditionId, number>(CONDITION_IDS.map((id, i) => [id, i]));
const GROUP_IDS = [...new Set(Object.values(CONDITION_GROUPS))];
export const GROUP_INDEX = new Map<ConditionGroup, number>(GROUP_IDS.map((g, i) => [g, i]));

// Condition sets as two 32-bit words (the vocabulary has under 64 ids) so "designed for one of
// their conditions" is two ANDs per activity.
export function conditionBits(ids: readonly ConditionId[]): [number, number] {
  const bits: [number, number] = [0, 0];
  for (const id of ids) {
    const i = CONDITION_INDEX.get(id);
    if (i === undefined) continue;
    if (i < 32) bits[0] |= 1 << i;
    else bits[1] |= 1 << (i - 32);
  }
  return bits;
}

// An activity designed for one of these suits only that condition, not its whole group: the
// Diabetes Prevention Programme is for prediabetes, not diabetes; an antenatal class is not postnatal.
export const EXACT_MATCH_ONLY: ReadonlySet<ConditionId> = new Set<ConditionId>(['prediabetes', 'pregnancy', 'postnatal']);

// Group bits of what an activity is designed for, leaving out the exact-match-only conditions.
export function activityGroupBits(ids: readonly ConditionId[]): number {
  return groupBits(ids.filter((id) => !EXACT_MATCH_ONLY.has(id)));
}

export function groupBits(ids: readonly ConditionId[]): number {
  let bits = 0;
  for (const id of ids) {
    const g = GROUP_INDEX.get(CONDITION_GROUPS[id]);
    if (g !== undefined) bits |= 1 << g;
  }
  return bits;
}

export function personOf(context: ClinicalContext): Person {
  const conditions = [...new Set(context.conditions.filter((c) => c.status === 'present').map((c) => c.id))];
  const groups = new Set(conditions.map((id) => CONDITION_GROUPS[id]));
  const physical = [...groups].filter((g) => !MENTAL_HEALTH_GROUPS.has(g));
  // A provision gap is counted against the physical condition when there is one: that is where
  // specialist local provision is thin; everyone in Talking Therapies has a mental-health need.
  const primaryGroup = physical[0] ?? [...groups][0];
  const person: Person = {
    conditions,
    conditionBits: conditionBits(conditions),
    groups,
    groupBits: groupBits(conditions),
    physicalCondition: physical.length > 0,
    mentalHealthCondition: physical.length < groups.size,
  };
  if (context.ageYears !== undefined) person.ageYears = context.ageYears;
  if (context.postcodeDistrict !== undefined) person.district = context.postcodeDistrict.toUpperCase();
  if (primaryGroup !== undefined) person.primaryGroup = primaryGroup;
  return person;
}
