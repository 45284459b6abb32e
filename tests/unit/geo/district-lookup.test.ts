import { describe, expect, it } from 'vitest';
import { createDistrictLookup } from '../../../utils/geo/create-district-lookup.ts';
import { haversineKm } from '../../../utils/geo/haversine-km.ts';
import { nearbyDistricts } from '../../../utils/geo/nearby-districts.ts';

// Synthetic centroids: round numbers near the real places, not the national file.
const districts = {
  N7: { lat: 51.55, lng: -0.12 },
  EC1A: { lat: 51.52, lng: -0.1 },
  EC1M: { lat: 51.52, lng: -0.104 },
  EC1V: { lat: 51.528, lng: -0.096 },
  SW1: { lat: 51.5, lng: -0.14 },
  M1: { lat: 53.48, lng: -2.24 },
};

describe('createDistrictLookup', () => {
  const lookup = createDistrictLookup(districts);

  it('finds a district exactly, from an outcode or a full postcode', () => {
    expect(lookup.lookup('N7')).toEqual({ lat: 51.55, lng: -0.12 });
    expect(lookup.lookup('n7 6qq')).toEqual({ lat: 51.55, lng: -0.12 });
    expect(lookup.resolve('N7')?.match).toBe('exact');
  });

  it('places a bare EC1 at the average of its sub-districts', () => {
    const hit = lookup.resolve('EC1');
    expect(hit?.match).toBe('sub-districts');
    expect(hit?.lat).toBeCloseTo((51.52 + 51.52 + 51.528) / 3, 9);
    expect(hit?.lng).toBeCloseTo((-0.1 - 0.104 - 0.096) / 3, 9);
  });

  it('falls back to the parent when only the bare district is known (SW1A → SW1)', () => {
    const hit = lookup.resolve('SW1A 1AA');
    expect(hit).toMatchObject({ outcode: 'SW1A', match: 'parent', lat: 51.5, lng: -0.14 });
  });

  it('returns undefined for unknown or nonsense input and never throws', () => {
    expect(lookup.lookup('ZZ9')).toBeUndefined();
    expect(lookup.lookup('')).toBeUndefined();
    expect(lookup.lookup('not a postcode')).toBeUndefined();
    expect(lookup.lookup(undefined as unknown as string)).toBeUndefined();
    expect(lookup.has('M1')).toBe(true);
    expect(lookup.size).toBe(6);
  });
});

describe('haversineKm', () => {
  it('measures London to Manchester at about 262 km', () => {
    expect(haversineKm({ lat: 51.5074, lng: -0.1278 }, { lat: 53.4808, lng: -2.2426 })).toBeCloseTo(262, -1);
  });
  it('is zero for the same point and symmetric', () => {
    const a = { lat: 52, lng: -1 };
    const b = { lat: 52.1, lng: -1.2 };
    expect(haversineKm(a, a)).toBe(0);
    expect(haversineKm(a, b)).toBeCloseTo(haversineKm(b, a), 12);
  });
});

describe('nearbyDistricts', () => {
  it('keeps districts within the radius of any point', () => {
    const near = nearbyDistricts(districts, [{ lat: 51.53, lng: -0.11 }], 15);
    expect(Object.keys(near).sort()).toEqual(['EC1A', 'EC1M', 'EC1V', 'N7', 'SW1']);
    expect(nearbyDistricts(districts, [], 15)).toEqual({});
  });
});
