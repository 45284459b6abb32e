import { describe, expect, it } from 'vitest';
import { parseDistrictCsv } from '../../../utils/geo/parse-district-csv.ts';

describe('parseDistrictCsv', () => {
  it('reads the national format with a BOM and CRLF line ends', () => {
    const text = '\ufeffoutcode,latitude,longitude\r\nN7,51.55,-0.12\r\nEC1A,51.52,-0.1\r\n';
    const result = parseDistrictCsv(new TextEncoder().encode(text), 'districts.csv');
    expect(result.districts).toEqual({ N7: { lat: 51.55, lng: -0.12 }, EC1A: { lat: 51.52, lng: -0.1 } });
    expect(result.issues).toEqual([]);
    expect(result.stats).toMatchObject({ rows: 2, valid: 2, errors: 0 });
  });

  it('reads columns by header name, whatever their order', () => {
    const result = parseDistrictCsv('Longitude,Latitude,Outcode\n-2.24,53.48,m1\n', 'd.csv');
    expect(result.districts).toEqual({ M1: { lat: 53.48, lng: -2.24 } });
  });

  it('requires a header', () => {
    const result = parseDistrictCsv('N7,51.55,-0.12\n', 'd.csv');
    expect(result.stats.errors).toBe(1);
    expect(result.issues[0]?.message).toMatch(/d\.csv row 1: expected a header "outcode,latitude,longitude"/);
  });

  it('reports bad rows by spreadsheet row number and keeps the good ones', () => {
    const result = parseDistrictCsv('outcode,latitude,longitude\nN7,51.55,-0.12\nNOPE,1,2\nM1,north,-2\nB1,52.4,\nN7,51.56,-0.12\nS1,-0.1,51.5\n', 'd.csv');
    expect(Object.keys(result.districts).sort()).toEqual(['N7', 'S1']);
    const errors = result.issues.filter((i) => i.level === 'error');
    expect(errors.map((i) => [i.row, i.field])).toEqual([
      [3, 'outcode'],
      [4, 'latitude'],
      [5, 'longitude'],
    ]);
    expect(errors[1]?.message).toBe('d.csv row 4, latitude: expected a latitude between -90 and 90, found "north"');
    const warnings = result.issues.filter((i) => i.level === 'warning').map((i) => i.row);
    expect(warnings).toEqual([6, 7]);
  });

  it('never throws on garbage', () => {
    expect(() => parseDistrictCsv(new Uint8Array([0xff, 0xfe, 0, 1, 2]), 'x.csv')).not.toThrow();
    expect(parseDistrictCsv('', 'x.csv').stats.errors).toBe(1);
  });
});
