import type { LatLng } from './lat-lng.ts';

// British National Grid (OSGB36 eastings/northings) to WGS84 latitude/longitude, following the
// Ordnance Survey's "A guide to coordinate systems in Great Britain": the inverse Transverse
// Mercator projection on the Airy 1830 ellipsoid, then a 7-parameter Helmert transformation to
// WGS84. The Helmert step is good to about 5 m, far finer than anything a directory needs.

const AIRY = { a: 6377563.396, b: 6356256.909 };
const WGS84 = { a: 6378137, b: 6356752.3142 };
const F0 = 0.9996012717;
const LAT0 = (49 * Math.PI) / 180;
const LNG0 = (-2 * Math.PI) / 180;
const E0 = 400000;
const N0 = -100000;

// OSGB36 → WGS84 (the published WGS84 → OSGB36 parameters, negated).
const HELMERT = { tx: 446.448, ty: -125.157, tz: 542.06, s: -20.4894e-6, rx: 0.1502, ry: 0.247, rz: 0.8421 };
const ARCSEC = Math.PI / (180 * 3600);

function meridionalArc(lat: number): number {
  const { a, b } = AIRY;
  const n = (a - b) / (a + b);
  const n2 = n * n;
  const n3 = n2 * n;
  const d = lat - LAT0;
  const s = lat + LAT0;
  return (
    b *
    F0 *
    ((1 + n + (5 / 4) * n2 + (5 / 4) * n3) * d -
      (3 * n + 3 * n2 + (21 / 8) * n3) * Math.sin(d) * Math.cos(s) +
      ((15 / 8) * n2 + (15 / 8) * n3) * Math.sin(2 * d) * Math.cos(2 * s) -
      (35 / 24) * n3 * Math.sin(3 * d) * Math.cos(3 * s))
  );
}

// Grid → OSGB36 latitude/longitude in radians (OS guide, Annex C).
export function gridToOsgb36(easting: number, northing: number): { lat: number; lng: number } {
  const { a, b } = AIRY;
  const e2 = 1 - (b * b) / (a * a);
  let lat = LAT0;
  let m = 0;
  do {
    lat = (northing - N0 - m) / (a * F0) + lat;
    m = meridionalArc(lat);
  } while (Math.abs(northing - N0 - m) >= 0.00001);
  const sin = Math.sin(lat);
  const cos = Math.cos(lat);
  const nu = (a * F0) / Math.sqrt(1 - e2 * sin * sin);
  const rho = (a * F0 * (1 - e2)) / (1 - e2 * sin * sin) ** 1.5;
  const eta2 = nu / rho - 1;
  const tan = Math.tan(lat);
  const tan2 = tan * tan;
  const tan4 = tan2 * tan2;
  const tan6 = tan4 * tan2;
  const sec = 1 / cos;
  const VII = tan / (2 * rho * nu);
  const VIII = (tan / (24 * rho * nu ** 3)) * (5 + 3 * tan2 + eta2 - 9 * tan2 * eta2);
  const IX = (tan / (720 * rho * nu ** 5)) * (61 + 90 * tan2 + 45 * tan4);
  const X = sec / nu;
  const XI = (sec / (6 * nu ** 3)) * (nu / rho + 2 * tan2);
  const XII = (sec / (120 * nu ** 5)) * (5 + 28 * tan2 + 24 * tan4);
  const XIIA = (sec / (5040 * nu ** 7)) * (61 + 662 * tan2 + 1320 * tan4 + 720 * tan6);
  const dE = easting - E0;
  return {
    lat: lat - VII * dE ** 2 + VIII * dE ** 4 - IX * dE ** 6,
    lng: LNG0 + X * dE - XI * dE ** 3 + XII * dE ** 5 - XIIA * dE ** 7,
  };
}

function toCartesian(lat: number, lng: number, { a, b }: { a: number; b: number }): [number, number, number] {
  const e2 = 1 - (b * b) / (a * a);
  const sin = Math.sin(lat);
  const nu = a / Math.sqrt(1 - e2 * sin * sin);
  return [nu * Math.cos(lat) * Math.cos(lng), nu * Math.cos(lat) * Math.sin(lng), nu * (1 - e2) * sin];
}

function fromCartesian([x, y, z]: [number, number, number], { a, b }: { a: number; b: number }): { lat: number; lng: number } {
  const e2 = 1 - (b * b) / (a * a);
  const p = Math.hypot(x, y);
  let lat = Math.atan2(z, p * (1 - e2));
  for (let i = 0; i < 10; i++) {
    const sin = Math.sin(lat);
    const nu = a / Math.sqrt(1 - e2 * sin * sin);
    const next = Math.atan2(z + e2 * nu * sin, p);
    if (Math.abs(next - lat) < 1e-12) {
      lat = next;
      break;
    }
    lat = next;
  }
  return { lat, lng: Math.atan2(y, x) };
}

function helmert([x, y, z]: [number, number, number]): [number, number, number] {
  const { tx, ty, tz, s } = HELMERT;
  const rx = HELMERT.rx * ARCSEC;
  const ry = HELMERT.ry * ARCSEC;
  const rz = HELMERT.rz * ARCSEC;
  return [tx + (1 + s) * x - rz * y + ry * z, ty + rz * x + (1 + s) * y - rx * z, tz - ry * x + rx * y + (1 + s) * z];
}

// Rounded to 6 decimal places (~10 cm), more than the transformation's own accuracy.
export function osgbToWgs84(easting: number, northing: number): LatLng | undefined {
  if (!Number.isFinite(easting) || !Number.isFinite(northing)) return undefined;
  // The grid covers 0–700 km east and 0–1300 km north; anything else is not a BNG coordinate.
  if (easting < 0 || easting > 700000 || northing < 0 || northing > 1300000) return undefined;
  const osgb = gridToOsgb36(easting, northing);
  const wgs = fromCartesian(helmert(toCartesian(osgb.lat, osgb.lng, AIRY)), WGS84);
  const round = (n: number) => Math.round(n * 1e6) / 1e6;
  return { lat: round((wgs.lat * 180) / Math.PI), lng: round((wgs.lng * 180) / Math.PI) };
}
