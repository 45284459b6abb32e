import { describe, expect, it } from 'vitest';
import { gridToOsgb36, osgbToWgs84 } from '../../../utils/geo/osgb-to-wgs84.ts';
import { haversineKm } from '../../../utils/geo/haversine-km.ts';

const dms = (d: number, m: number, s: number) => d + m / 60 + s / 3600;
const deg = (rad: number) => (rad * 180) / Math.PI;

describe('osgbToWgs84', () => {
  it('reproduces the Ordnance Survey worked example on OSGB36 (Caister water tower)', () => {
    // OS "A guide to coordinate systems in Great Britain", Annex C: E 651409.903, N 313177.270.
    const { lat, lng } = gridToOsgb36(651409.903, 313177.27);
    expect(deg(lat)).toBeCloseTo(dms(52, 39, 27.2531), 7);
    expect(deg(lng)).toBeCloseTo(dms(1, 43, 4.5177), 7);
  });

  it('gives the published WGS84 position of the worked example point (Helmert, ~5 m)', () => {
    // 52°39′28.723″N, 001°42′57.787″E after the 7-parameter Helmert transformation.
    const p = osgbToWgs84(651409.903, 313177.27);
    expect(p).toBeDefined();
    expect(p!.lat).toBeCloseTo(dms(52, 39, 28.723), 5);
    expect(p!.lng).toBeCloseTo(dms(1, 42, 57.787), 5);
  });

  it.each([
    // Landmarks, grid references read from OS maps; WGS84 from the same maps, so within ~100 m.
    ['Ben Nevis summit (NN 16667 71285)', 216667, 771285, 56.79685, -5.00360],
    ['Snowdon summit (SH 60986 54375)', 260986, 354375, 53.06851, -4.07622],
  ])('%s lands within 150 m of its known position', (_name, e, n, lat, lng) => {
    const p = osgbToWgs84(e, n)!;
    expect(haversineKm(p, { lat, lng })).toBeLessThan(0.15);
  });

  it('refuses coordinates off the grid', () => {
    expect(osgbToWgs84(-5, 100)).toBeUndefined();
    expect(osgbToWgs84(800000, 100)).toBeUndefined();
    expect(osgbToWgs84(Number.NaN, 100)).toBeUndefined();
  });
});
