import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { blankTemplateCsv, CSV_COLUMNS, exampleCsv } from '../../../utils/directory/csv-template.ts';
import { importCsv } from '../../../utils/directory/import-csv.ts';
import { ActivitySchema } from '../../../utils/directory/schema.ts';

const fixture = (name: string) => new Uint8Array(readFileSync(join(process.cwd(), 'tests/fixtures/directory', name)));
const now = new Date('2026-11-27T00:00:00Z');
const districts = { N7: { lat: 51.55, lng: -0.12 }, N5: { lat: 51.555, lng: -0.097 }, EC1V: { lat: 51.528, lng: -0.096 }, N1: { lat: 51.538, lng: -0.099 } };

describe('importCsv: the documented template', () => {
  it('has a description and an example for every column, and a blank template of just the header', () => {
    for (const column of CSV_COLUMNS) expect(column.description.length).toBeGreaterThan(5);
    expect(blankTemplateCsv().trim()).toBe(CSV_COLUMNS.map((c) => c.name).join(','));
  });

  it('imports its own example rows without errors', async () => {
    const result = await importCsv(new TextEncoder().encode(exampleCsv()), { file: 'example.csv', now, districts: { N5: { lat: 51.555, lng: -0.097 }, B31: { lat: 52.41, lng: -1.98 }, LS9: { lat: 53.8, lng: -1.51 } } });
    expect(result.issues.filter((i) => i.level === 'error')).toEqual([]);
    expect(result.activities).toHaveLength(3);
    for (const a of result.activities) expect(v.is(ActivitySchema, a)).toBe(true);
    const yoga = result.activities[1]!;
    expect(yoga).toMatchObject({
      id: 'chair-yoga-002',
      activities: ['Chair Yoga'],
      schedule: [{ days: ['mon', 'wed'], start: '14:00', end: '15:00' }],
      cost: { type: 'paid', amount: 3.5, text: '£2 concessions' },
      conditions: ['osteoarthritis', 'chronic-pain'],
      referral: 'self-referral',
      ageRange: { min: 18 },
    });
    expect(yoga.venue).toMatchObject({ postcode: 'B31 2AA', lat: 52.41, lng: -1.98 });
  });
});

describe('importCsv: messy spreadsheets', () => {
  it('maps header variants and reads messy values', async () => {
    const result = await importCsv(fixture('messy.csv'), { file: 'messy.csv', now, districts });
    const byName = Object.fromEntries(result.activities.map((a) => [a.name, a]));
    expect(byName['Wellbeing Walk']).toMatchObject({
      activities: ['Walking'],
      schedule: [{ days: ['mon', 'wed'], start: '10:00', end: '11:30' }],
      cost: { type: 'free' },
      suitableFor: ['wheelchair-accessible'],
      url: 'https://example.org/walk',
      organiser: { phone: '020 7946 0001', email: 'walks@example.org' },
      venue: { postcode: 'N7 6QQ', lat: 51.553, lng: -0.118 },
      updated: '2026-11-01',
    });
    expect(byName['Chair Yoga']).toMatchObject({ schedule: [{ days: ['tue'], start: '10:00', end: '11:00' }], cost: { type: 'paid', amount: 3.5 }, updated: '2026-11-01', activities: ['Chair Yoga'] });
    expect(byName['Aquafit']).toMatchObject({ schedule: [{ days: ['tue', 'thu'], start: '19:00' }], cost: { type: 'paid', amount: 2, text: '£2 (concessions £1)' }, activities: ['Aqua Aerobics'] });
    expect(byName['Aquafit']?.url).toBeUndefined();
    expect(byName['Aquafit']?.organiser?.email).toBeUndefined();
    expect(byName['<b>Bold</b> Boxing']).toMatchObject({ schedule: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '18:00', end: '19:00' }] });
  });

  it('reports problems by spreadsheet row and the user\'s own column header', async () => {
    const { issues, stats } = await importCsv(fixture('messy.csv'), { file: 'messy.csv', now, districts });
    const find = (row: number, re: RegExp) => issues.find((i) => i.row === row && re.test(i.message));
    expect(find(1, /unknown column.*"Colour"/)).toMatchObject({ level: 'warning' });
    expect(find(3, /coordinates filled from the postcode district N5/)).toMatchObject({ level: 'warning', field: 'Post Code' });
    expect(find(4, /unsafe or malformed link/)).toMatchObject({ level: 'warning', field: 'Website', value: 'javascript:alert(1)', file: 'messy.csv' });
    expect(find(4, /expected an email address/)).toMatchObject({ level: 'warning', field: 'E-mail' });
    expect(find(4, /last updated 2025-01-10, 686 days ago/)).toMatchObject({ level: 'warning' });
    expect(find(5, /HTML/)).toMatchObject({ level: 'warning', field: 'Activity Name' });
    const missingName = find(6, /expected/);
    expect(missingName).toMatchObject({ level: 'error', field: 'Activity Name', row: 6 });
    expect(missingName?.message).toMatch(/^messy\.csv row 6, Activity Name: /);
    expect(find(7, /unknown activity "Underwater hockey"/)).toMatchObject({ level: 'warning' });
    expect(find(7, /expected days/)).toMatchObject({ level: 'warning', field: 'Day' });
    expect(find(7, /postcode/)).toMatchObject({ level: 'warning' });
    expect(stats).toMatchObject({ rows: 6, valid: 5 });
  });

  it('reads a web address without its scheme as https, saying so, and still drops an unsafe one', async () => {
    const csv = 'Activity Name,Post Code,Website\nWalk,N7 6QQ,www.walkingforhealth.org.uk\nRun,N7 6QQ,javascript:alert(1)\n';
    const { activities, issues } = await importCsv(csv, { file: 'sheet.csv', now, districts });
    expect(activities[0]?.url).toBe('https://www.walkingforhealth.org.uk');
    expect(activities[1]?.url).toBeUndefined();
    expect(issues.find((i) => i.row === 2 && i.field === 'Website')).toMatchObject({ level: 'warning', field: 'Website', message: expect.stringMatching(/bare web address; read as https:\/\/www\.walkingforhealth\.org\.uk$/) });
    expect(issues.find((i) => i.row === 3 && i.field === 'Website')?.message).toMatch(/unsafe or malformed link; dropped$/);
  });

  it('honours an explicit column mapping over the automatic one', async () => {
    const csv = 'Session,Where,Colour,Cost\nMorning walk,N7 6QQ,red,Free\n';
    const result = await importCsv(csv, { file: 'm.csv', map: { Session: 'name', Where: 'venue_postcode', Colour: 'ignore' } });
    expect(result.activities[0]).toMatchObject({ name: 'Morning walk', venue: { postcode: 'N7 6QQ' } });
    expect(result.issues.some((i) => /unknown column/.test(i.message))).toBe(false);
    const bad = await importCsv(csv, { file: 'm.csv', map: { Session: 'title' } });
    expect(bad.issues.some((i) => i.level === 'error' && /column mapping "Session=title"/.test(i.message))).toBe(true);
  });

  it('refuses a file with no name column, saying what it found', async () => {
    const result = await importCsv('foo,bar\n1,2\n', { file: 'x.csv' });
    expect(result.activities).toEqual([]);
    expect(result.issues[0]?.message).toBe('x.csv row 1: expected a name column (name, title or activity name), found "foo", "bar"');
  });

  it('reads semicolon-separated files and quoted cells with line breaks', async () => {
    const csv = 'name;description;cost\r\n"Walk; talk";"Line one\r\nline two";Free\r\nSwim;Lanes;£4\r\n';
    const result = await importCsv(csv, { file: 's.csv' });
    expect(result.activities.map((a) => a.name)).toEqual(['Walk; talk', 'Swim']);
    expect(result.activities[0]?.description).toBe('Line one\nline two');
    expect(result.stats.rows).toBe(2);
  });
});

describe('importCsv: row numbers as the spreadsheet shows them', () => {
  it('counts blank lines and multi-line cells like a spreadsheet, across chunk boundaries', async () => {
    const csv = 'name,cost,days\n\nA,Free,Mon\n"B\nsecond line",Free,Tue\nC,Free,Someday\nD,Free,Wed';
    for (const chunkSize of [1, 2, 2000]) {
      const progress: [number, number][] = [];
      const result = await importCsv(csv, { file: 'r.csv', chunkSize, onProgress: (d, t) => progress.push([d, t]) });
      expect(result.activities.map((a) => a.name)).toEqual(['A', 'B second line', 'C', 'D']);
      expect(result.issues.find((i) => /expected days/.test(i.message))?.row).toBe(5);
      expect(result.stats.rows).toBe(4);
      expect(progress.at(-1)).toEqual([5, 5]);
    }
  });
});

describe('importCsv: encodings', () => {
  it('reads UTF-8 with a BOM', async () => {
    const bytes = new TextEncoder().encode('\ufeffname,cost\nCafé walk,£2\n');
    const result = await importCsv(bytes, { file: 'bom.csv' });
    expect(result.activities[0]).toMatchObject({ name: 'Café walk', cost: { amount: 2 } });
    expect(result.issues.some((i) => /Windows-1252/.test(i.message))).toBe(false);
  });

  it('detects Windows-1252 (Excel) bytes, decodes £ and é and says so', async () => {
    // "name,cost\nCafé walk,£2.50\n" in Windows-1252: é = 0xE9, £ = 0xA3.
    const bytes = new Uint8Array([...new TextEncoder().encode('name,cost\nCaf'), 0xe9, ...new TextEncoder().encode(' walk,'), 0xa3, ...new TextEncoder().encode('2.50\n')]);
    const result = await importCsv(bytes.buffer, { file: 'excel.csv' });
    expect(result.activities[0]).toMatchObject({ name: 'Café walk', cost: { type: 'paid', amount: 2.5 } });
    expect(result.issues.find((i) => /Windows-1252/.test(i.message))).toMatchObject({ level: 'warning', file: 'excel.csv' });
  });
});

describe('importCsv: coordinates from the British National Grid', () => {
  it('converts easting/northing to WGS84 and rejects coordinates off the grid', async () => {
    const result = await importCsv(fixture('easting-northing.csv'), { file: 'en.csv' });
    const [summit, caister] = result.activities;
    expect(summit?.venue?.lat).toBeCloseTo(56.7969, 3);
    expect(summit?.venue?.lng).toBeCloseTo(-5.0036, 3);
    expect(caister?.venue?.lat).toBeCloseTo(52.657979, 5);
    expect(caister?.venue?.lng).toBeCloseTo(1.716052, 5);
    expect(result.issues.find((i) => i.row === 4)).toMatchObject({ level: 'error', field: 'Easting' });
    expect(result.activities).toHaveLength(2);
  });
});

describe('importCsv: ids', () => {
  it('rejects the later of two rows with the same id and makes stable ids when none is given', async () => {
    const result = await importCsv(fixture('duplicates.csv'), { file: 'dup.csv' });
    expect(result.activities.map((a) => a.name)).toEqual(['Walk one', 'Walk two', 'Generated']);
    const dupes = result.issues.filter((i) => i.level === 'error');
    expect(dupes.map((i) => i.row)).toEqual([4, 6]);
    expect(dupes[0]?.message).toBe('dup.csv row 4, id: expected a unique id, found "a1" already used on row 2; this row was not imported');
    const again = await importCsv(fixture('duplicates.csv'), { file: 'dup.csv' });
    expect(again.activities[2]?.id).toBe(result.activities[2]?.id);
    expect(result.activities[2]?.id).toMatch(/^a-[0-9a-z]+$/);
  });
});
