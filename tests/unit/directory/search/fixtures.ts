import type { ClinicalContext, ConditionMention, SafetyFlag } from '../../../../utils/context/schema.ts';
import type { ConditionId } from '../../../../utils/context/condition-ids.ts';
import type { Activity, Districts } from '../../../../utils/directory/schema.ts';

// Synthetic districts on a small grid near 51.5N 0.1W: roughly 1.1 km per 0.01 degree of latitude
// and 0.7 km per 0.01 degree of longitude. Not real centroids.
export const DISTRICTS: Districts = {
  N7: { lat: 51.55, lng: -0.12 },
  N19: { lat: 51.57, lng: -0.12 },
  N1: { lat: 51.53, lng: -0.12 },
  E1: { lat: 51.55, lng: -0.02 },
  EC1A: { lat: 51.52, lng: -0.1 },
};

export const NOW = Date.parse('2026-06-01T12:00:00Z');

// A point `km` north of N7's centroid.
export function northOfN7(km: number): { lat: number; lng: number } {
  return { lat: 51.55 + km / 111.2, lng: -0.12 };
}

export function ctx(
  conditions: Array<[ConditionId, ConditionMention['status']]> = [],
  extra: Partial<ClinicalContext> & { flags?: SafetyFlag[] } = {},
): ClinicalContext {
  return {
    conditions: conditions.map(([id, status]) => ({ id, status, text: id })),
    measures: {},
    flags: [],
    postcodeDistrict: 'N7',
    ...extra,
  };
}

export function activity(overrides: Partial<Activity> & { id: string }): Activity {
  return {
    name: `Activity ${overrides.id}`,
    activities: ['Walking'],
    mode: 'in-person',
    venue: { ...northOfN7(0.5) },
    schedule: [],
    cost: { type: 'free' },
    intensity: 'gentle',
    suitableFor: [],
    conditions: [],
    updated: '2026-05-01',
    ...overrides,
  };
}

export const ids = (results: Array<{ activity: Activity }>) => results.map((r) => r.activity.id);
