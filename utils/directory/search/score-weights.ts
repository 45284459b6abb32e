// How much each thing counts when ranking. Suitability outweighs a few hundred metres: an activity
// designed for the person's condition 4 km away beats a generic one round the corner, but not one
// across the county. Kept together so the balance can be read and tuned in one place.
export const WEIGHTS = {
  // Distance: DISTANCE_MAX / (1 + km / DISTANCE_HALF_KM); 3 at the door, 1.5 at 2 km, under 1 by 5 km.
  distanceMax: 3,
  distanceHalfKm: 2,
  // Same district when no centroid is known: treated as this far away.
  sameDistrictKm: 1.5,
  // Online or at home: no journey, but not the in-person contact NICE NG222 values either.
  remoteKm: 3,
  designedForCondition: 3,
  designedForGroup: 1.5,
  prefer: 2,
  tagLongTermConditions: 0.75,
  tagMentalHealth: 0.5,
  tagOlderAdults: 0.5,
  tagBeginners: 0.25,
  gentle: 1.5,
  moderate: 0.5,
  unknownIntensity: 0.25,
  vigorous: -1,
  free: 1,
  lowCost: 0.6,
  concession: 0.3,
  expensive: -0.25,
  timesNotStated: -0.75,
  ageTargeted: 0.5,
  stale: -0.5,
  undated: -0.25,
} as const;

// Details older than this are flagged "last checked N months ago" and rank slightly lower.
export const STALE_AFTER_DAYS = 90;
