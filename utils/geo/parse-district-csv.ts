import Papa from 'papaparse';
import { OUTCODE_PATTERN } from '../context/schema.ts';
import { decodeText } from '../directory/decode-text.ts';
import { countIssues, shortValue, type ImportIssue, type ImportStats } from '../directory/import-result.ts';
import type { Districts } from '../directory/schema.ts';

export interface DistrictCsvResult {
  districts: Districts;
  issues: ImportIssue[];
  stats: ImportStats;
}

const HEADER_ALIASES: Record<'outcode' | 'lat' | 'lng', string[]> = {
  outcode: ['outcode', 'district', 'postcodedistrict', 'postcode'],
  lat: ['latitude', 'lat'],
  lng: ['longitude', 'lng', 'lon', 'long'],
};

// A generous box around the UK and Ireland: a centroid outside it is almost certainly a swapped
// or mistyped column, worth a warning but not a refusal.
const UK_BOX = { minLat: 49, maxLat: 61.5, minLng: -11, maxLng: 2.5 };

const norm = (header: string) => header.toLowerCase().replace(/[^a-z]/g, '');

// The national `outcode,latitude,longitude` file (one row per postcode district). A header row is
// required so a file with columns in another order is read correctly, not silently misread.
export function parseDistrictCsv(input: string | Uint8Array | ArrayBuffer, file: string): DistrictCsvResult {
  const issues: ImportIssue[] = [];
  const districts: Districts = {};
  let decoded;
  try {
    decoded = decodeText(input);
  } catch (error) {
    issues.push({ file, level: 'error', message: `expected text, found unreadable bytes (${String(error)})` });
    return { districts, issues, stats: { rows: 0, valid: 0, ...countIssues(issues) } };
  }
  const parsed = Papa.parse<string[]>(decoded.text, { skipEmptyLines: 'greedy' });
  const rows = parsed.data;
  const header = rows[0]?.map(norm) ?? [];
  const column = (field: keyof typeof HEADER_ALIASES) => header.findIndex((h) => HEADER_ALIASES[field].includes(h));
  const cols = { outcode: column('outcode'), lat: column('lat'), lng: column('lng') };
  if (cols.outcode < 0 || cols.lat < 0 || cols.lng < 0) {
    issues.push({
      file,
      row: 1,
      level: 'error',
      value: shortValue(rows[0]?.join(',') ?? ''),
      message: `${file} row 1: expected a header "outcode,latitude,longitude", found "${shortValue(rows[0]?.join(',') ?? '', 60)}"`,
    });
    return { districts, issues, stats: { rows: Math.max(0, rows.length - 1), valid: 0, ...countIssues(issues) } };
  }
  let valid = 0;
  for (let i = 1; i < rows.length; i++) {
    const row = rows[i] ?? [];
    const rowNumber = i + 1;
    const outcode = (row[cols.outcode] ?? '').trim().toUpperCase();
    const latText = (row[cols.lat] ?? '').trim();
    const lngText = (row[cols.lng] ?? '').trim();
    const fail = (field: string, value: string, expected: string) =>
      issues.push({ file, row: rowNumber, field, value: shortValue(value), level: 'error', message: `${file} row ${rowNumber}, ${field}: expected ${expected}, found "${shortValue(value, 40)}"` });
    if (!OUTCODE_PATTERN.test(outcode)) {
      fail('outcode', outcode, 'an outward code such as N7');
      continue;
    }
    const lat = latText === '' ? Number.NaN : Number(latText);
    const lng = lngText === '' ? Number.NaN : Number(lngText);
    if (!Number.isFinite(lat) || lat < -90 || lat > 90) {
      fail('latitude', latText, 'a latitude between -90 and 90');
      continue;
    }
    if (!Number.isFinite(lng) || lng < -180 || lng > 180) {
      fail('longitude', lngText, 'a longitude between -180 and 180');
      continue;
    }
    if (lat < UK_BOX.minLat || lat > UK_BOX.maxLat || lng < UK_BOX.minLng || lng > UK_BOX.maxLng) {
      issues.push({ file, row: rowNumber, field: 'latitude', value: `${lat},${lng}`, level: 'warning', message: `${file} row ${rowNumber}: ${outcode} at ${lat},${lng} is outside the UK; are latitude and longitude swapped?` });
    }
    if (Object.hasOwn(districts, outcode)) {
      issues.push({ file, row: rowNumber, field: 'outcode', value: outcode, level: 'warning', message: `${file} row ${rowNumber}: ${outcode} appears more than once; the later row is used` });
    } else {
      valid++;
    }
    districts[outcode] = { lat, lng };
  }
  return { districts, issues, stats: { rows: rows.length - 1, valid, ...countIssues(issues) } };
}
