import type { Districts } from '../directory/schema.ts';
import type { LatLng } from './lat-lng.ts';
import { outcodeOf } from './outcode-of.ts';

export type DistrictMatch = 'exact' | 'sub-districts' | 'parent';

export interface DistrictHit extends LatLng {
  outcode: string;
  // How the position was found: the district itself, the average of its sub-districts
  // ("EC1" from EC1A..EC1Y), or the parent district ("EC1A" when only "EC1" is known).
  match: DistrictMatch;
}

export interface DistrictLookup {
  // Position of a district (or of a full postcode's district); undefined when unknown. Never throws.
  lookup(outcode: string): LatLng | undefined;
  resolve(outcode: string): DistrictHit | undefined;
  has(outcode: string): boolean;
  readonly size: number;
}

// Central London districts exist only as sub-districts (EC1A, SW1A, W1T...): one letter after the
// district number. Stripping it gives the parent ("EC1A" → "EC1").
const SUB_DISTRICT = /^([A-Z]{1,2}\d)[A-Z]$/;

export function createDistrictLookup(districts: Districts): DistrictLookup {
  const exact = new Map<string, LatLng>();
  const children = new Map<string, LatLng[]>();
  for (const [key, value] of Object.entries(districts)) {
    if (!value || !Number.isFinite(value.lat) || !Number.isFinite(value.lng)) continue;
    const outcode = key.trim().toUpperCase();
    const point = { lat: value.lat, lng: value.lng };
    exact.set(outcode, point);
    const parent = SUB_DISTRICT.exec(outcode)?.[1];
    if (parent) children.set(parent, [...(children.get(parent) ?? []), point]);
  }
  // Averaged once: a bare "EC1" sits at the middle of its sub-districts.
  const averaged = new Map<string, LatLng>();
  for (const [parent, points] of children) {
    const lat = points.reduce((sum, p) => sum + p.lat, 0) / points.length;
    const lng = points.reduce((sum, p) => sum + p.lng, 0) / points.length;
    averaged.set(parent, { lat, lng });
  }

  function resolve(input: string): DistrictHit | undefined {
    const outcode = typeof input === 'string' ? outcodeOf(input) : undefined;
    if (!outcode) return undefined;
    const hit = exact.get(outcode);
    if (hit) return { outcode, ...hit, match: 'exact' };
    const average = averaged.get(outcode);
    if (average) return { outcode, ...average, match: 'sub-districts' };
    const parentCode = SUB_DISTRICT.exec(outcode)?.[1];
    const parent = parentCode ? exact.get(parentCode) : undefined;
    if (parent) return { outcode, ...parent, match: 'parent' };
    return undefined;
  }

  return {
    resolve,
    lookup(outcode) {
      const hit = resolve(outcode);
      return hit ? { lat: hit.lat, lng: hit.lng } : undefined;
    },
    has: (outcode) => resolve(outcode) !== undefined,
    get size() {
      return exact.size;
    },
  };
}
