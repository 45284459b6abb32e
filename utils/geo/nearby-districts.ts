import type { Districts } from '../directory/schema.ts';
import { haversineKm } from './haversine-km.ts';
import type { LatLng } from './lat-lng.ts';

// Districts within `radiusKm` of any of the points: a pack carries only the area its activities
// cover (plus neighbours, so a person just over the boundary still gets distances).
export function nearbyDistricts(all: Districts, points: readonly LatLng[], radiusKm = 15): Districts {
  const out: Districts = {};
  if (points.length === 0) return out;
  // A coarse grid of the points keeps this linear for big packs: ~0.25° cells are wider than 15 km
  // in latitude, so only the 3x3 neighbourhood needs checking for radii up to ~25 km.
  const cell = Math.max(0.25, radiusKm / 60);
  const key = (lat: number, lng: number) => `${Math.floor(lat / cell)}:${Math.floor(lng / (cell * 2))}`;
  const grid = new Map<string, LatLng[]>();
  for (const p of points) {
    const k = key(p.lat, p.lng);
    const list = grid.get(k);
    if (list) list.push(p);
    else grid.set(k, [p]);
  }
  for (const [outcode, d] of Object.entries(all)) {
    const row = Math.floor(d.lat / cell);
    const col = Math.floor(d.lng / (cell * 2));
    search: for (let dr = -1; dr <= 1; dr++) {
      for (let dc = -1; dc <= 1; dc++) {
        for (const p of grid.get(`${row + dr}:${col + dc}`) ?? []) {
          if (haversineKm(d, p) <= radiusKm) {
            out[outcode] = { lat: d.lat, lng: d.lng };
            break search;
          }
        }
      }
    }
  }
  return out;
}
