import type { ActivityLevel } from './content-schema.ts';
import { ACTIVE_LIVES, GPPAQ, MILTON } from './content/sources.ts';

// One tap, one question (Milton et al. 2011). Wording kept close to the validated item.
export const ACTIVITY_QUESTION =
  'On how many days in the past week did you do 30 minutes or more of physical activity that raised your breathing?';
export const ACTIVITY_QUESTION_SOURCE = MILTON;

// Days → Active Lives-style bands. This is an approximation: Active Lives counts minutes a week
// (inactive under 30, fairly active 30-149, active 150+), while the single item counts days with 30+
// minutes. 0 days → inactive; 1-4 days (30-120+ minutes) → fairly active; 5+ days (150+) → active.
export const ACTIVITY_LEVEL_MAPPING = {
  approximation: true,
  note: 'Days with 30+ minutes mapped to Active Lives bands: 0 inactive, 1-4 fairly active, 5-7 active. Active Lives counts minutes, so this is an approximation.',
  sources: [MILTON, ACTIVE_LIVES],
} as const;

export const ACTIVITY_LEVEL_LABELS: Record<ActivityLevel, string> = {
  inactive: 'Inactive',
  'fairly-active': 'Fairly active',
  active: 'Active',
};

export function activityLevelFromDays(days: number): ActivityLevel {
  if (!Number.isInteger(days) || days < 0 || days > 7) {
    throw new RangeError(`expected a whole number of days from 0 to 7, found ${String(days)}`);
  }
  if (days === 0) return 'inactive';
  return days >= 5 ? 'active' : 'fairly-active';
}

// GPPAQ (DH 2009) is optional; its four levels fold into the same three bands. Anyone below "Active"
// gets a brief intervention under GPPAQ, which the scripts give anyway.
export const GPPAQ_LEVELS = ['active', 'moderately-active', 'moderately-inactive', 'inactive'] as const;
export type GppaqLevel = (typeof GPPAQ_LEVELS)[number];
export const GPPAQ_SOURCE = GPPAQ;

export function activityLevelFromGppaq(level: GppaqLevel): ActivityLevel {
  switch (level) {
    case 'active':
      return 'active';
    case 'moderately-active':
    case 'moderately-inactive':
      return 'fairly-active';
    case 'inactive':
      return 'inactive';
  }
}
