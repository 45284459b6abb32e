import type { Activity } from '../schema.ts';
import type { SearchFilters } from './filters.ts';
import type { NationalKind } from './national-options.ts';
import type { GapFilter, ProvisionGap } from './provision-gap.ts';

// How far away an option is, in the words the card shows.
//  km: measured from the person's district centroid (approximate when the venue had only a postcode)
//  same-district: no centroid, but the venue's postcode is in the person's district
//  remote: online or at home; national: a national programme or app; unknown: we cannot tell
export type DistanceKind = 'km' | 'same-district' | 'remote' | 'national' | 'unknown';


export interface SearchResult {
  activity: Activity;
  scope: 'local' | 'national';
  distanceKind: DistanceKind;
  distanceKm?: number;
  // "1.2 km", "about 3 km", "in N7", "online", "at home", "distance not known", "national app".
  distanceText: string;
  // Plain words for the therapist: "gentle, free, 1.2 km, designed for people with COPD".
  why: string;
  caution?: string;
  // Months since the organiser's details were last checked, when that is over 90 days.
  staleMonths?: number;
  staleText?: string;
  score: number;
  // National options only: what it is ("App", "NHS programme") and that links need checking.
  kind?: NationalKind;
  kindLabel?: string;
  verify?: boolean;
}

export interface SafetyExclusions {
  count: number;
  reasons: Array<{ reason: string; count: number }>;
}

export interface WidenHint {
  filter: Exclude<GapFilter, 'none'>;
  count: number;
  text: string;
  // The filter change that would show them, for a "show these" button.
  patch: Partial<SearchFilters>;
}

export interface SearchOutcome {
  local: SearchResult[];
  national: SearchResult[];
  // Local activities that pass every filter and the safety rules (the best set is a slice of these).
  total: number;
  excludedForSafety: SafetyExclusions;
  widen: string[];
  widenHints: WidenHint[];
  gap?: ProvisionGap;
  // Whether distances could be measured: 'centroid' (district found), 'district-only' (district
  // known, no centroid: same-district matching), 'none' (no district in the context).
  located: 'centroid' | 'district-only' | 'none';
}
