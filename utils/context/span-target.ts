import { FLAG_OF_CONDITION } from './condition-flags.ts';
import type { ConditionId } from './condition-ids.ts';
import type { Dims } from './findings.ts';
import { ROLE_BIT } from './roles.ts';
import type { Hit } from './scan.ts';

// What analyse-span.ts and trigger-reach.ts share about the terms a trigger reaches.

// A term a trigger may reach in a span, with the dimensions given to it so far.
export type Target = {
  hit: Hit;
  index: number;
  clause: number;
  dims: Dims;
  textStart: number;
  textEnd: number;
  formHit?: Hit;
  dropCue?: boolean;
  // A bare SNOMED CT number alone on its line: a code only under a list of conditions.
  listCode?: boolean;
  // Asked by a question that ends a few words after it: the next block may answer it.
  open?: true;
  // Falls answered with the year they happened in: "Falls? Twice in 2026".
  year?: number;
};

// The role kinds a trigger can reach: what the block reports.
const TARGET_BITS = ROLE_BIT.condition | ROLE_BIT.code | ROLE_BIT.medication | ROLE_BIT.signal | ROLE_BIT.age | ROLE_BIT.bmi;

export function isTarget(hit: Hit): boolean {
  return (hit.mask & TARGET_BITS) !== 0;
}

// Conditions that raise a safety flag of their own, or stand for one (frailty, for falls).
const flagged = (id: ConditionId): boolean => FLAG_OF_CONDITION[id] !== undefined || id === 'frailty';

// A condition that raises no safety flag and no drug: only these are given to a relative by a
// pronoun (see relativeMeant). A wrong guess there would hide the person's own falls, chest pain,
// pregnancy or insulin, which is worse than showing a relative's.
export function plainCondition(hit: Hit): boolean {
  if ((hit.mask & (ROLE_BIT.condition | ROLE_BIT.code)) === 0 || (hit.mask & (ROLE_BIT.signal | ROLE_BIT.medication)) !== 0) return false;
  for (const role of hit.roles) {
    if (role.kind === 'condition' && (role.signal !== undefined || role.ids.some(flagged))) return false;
    if (role.kind === 'code' && role.ids.some(flagged)) return false;
  }
  return true;
}

// The hit's words or code name one of these conditions.
export function namesAny(hit: Hit, ids: readonly ConditionId[]): boolean {
  return hit.roles.some((r) => (r.kind === 'condition' || r.kind === 'code') && r.ids.some((id) => ids.includes(id)));
}

export function isBabyAge(hit: Hit): boolean {
  return hit.roles.some((r) => r.kind === 'condition' && r.babyAge !== undefined);
}
