import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readText } from '../../../utils/context/read-text.ts';
import { splitRow } from '../../../utils/context/text-blocks.ts';
import { CSV_COLUMNS } from '../../../utils/directory/csv-template.ts';
import { importCsv } from '../../../utils/directory/import-csv.ts';
import { importPack } from '../../../utils/directory/import-pack.ts';
import { parseCost } from '../../../utils/directory/parse-cost.ts';
import { parseDays } from '../../../utils/directory/parse-days.ts';
import { parseTimeRange } from '../../../utils/directory/parse-time.ts';
import { within, withinAsync } from './within.ts';

// Inputs built to make regular expressions backtrack: long runs of what a quantifier accepts,
// ended by something that makes the match fail, so a backtracking engine retries every split.
// Each bait is tried in every CSV column at once (one slow column is enough to fail) and in every
// field of a region pack. Bounds are hang guards: the work takes milliseconds.
const RUN = 200_000;
const BAITS: [string, string][] = [
  ['spaces between a day and a non-time', `mon${' '.repeat(RUN)}x`],
  ['a run of digits then a letter', `${'1'.repeat(RUN)}x`],
  ['spaces between two digits', `1${' '.repeat(RUN)}2`],
  ['"1 " repeated', `${'1 '.repeat(RUN / 2)}x`],
  ['"£ " repeated then a letter', `${'£ '.repeat(RUN / 2)}x`],
  ['an unclosed tag with attributes', `<a ${'b '.repeat(RUN / 2)}`],
  ['many unclosed tags', '<a '.repeat(RUN / 3)],
  ['dashes and "to"', `${'- to '.repeat(RUN / 5)}x`],
  ['digits and dots', `${'1.'.repeat(RUN / 2)}x`],
  ['day names and commas', `${'mon, '.repeat(RUN / 5)}1x`],
  ['ages', `${'18 - '.repeat(RUN / 5)}x`],
  ['postcode-like runs', `${'N7 6'.repeat(RUN / 4)}x`],
  ['a javascript: URL padded with invisible characters', `${'\u200b'.repeat(RUN)}javascript:alert(1)`],
  ['tabs and newlines', `${' \t\n'.repeat(RUN / 3)}x`],
];

const quote = (cell: string) => `"${cell.replace(/"/g, '""')}"`;
const header = CSV_COLUMNS.map((c) => c.name);

describe('importers on input built to backtrack', () => {
  it.each(BAITS)('a CSV row with %s in every column finishes', async (_name, bait) => {
    const row = header.map((name) => (name === 'name' ? 'Bait' : quote(bait))).join(',');
    const result = await withinAsync(5000, () => importCsv(`${header.join(',')}\n${row}\n`, { file: 'bait.csv' }));
    expect(result.stats.rows).toBe(1);
  });

  it.each(BAITS)('a region pack with %s in every field finishes', (_name, bait) => {
    const activity = { id: bait, name: bait, description: bait, activities: [bait], organiser: { name: bait, url: bait, phone: bait, email: bait }, mode: bait, venue: { name: bait, address: bait, postcode: bait }, schedule: [{ days: [bait], start: bait, end: bait }], timing: bait, cost: { type: bait, text: bait }, suitableFor: [bait], conditions: [bait], url: bait, updated: bait };
    const pack = { format: 'pa-signpost-region-pack', version: 1, name: bait, publisher: bait, licence: bait, generated: bait, districts: { [bait]: { lat: 1, lng: 1 } }, activities: [activity] };
    const result = within(5000, () => importPack(JSON.stringify(pack), 'bait.json'));
    expect(result.stats.rows).toBe(1);
  });

  // The three cell parsers that backtracked before (cubic for days, quadratic for cost and time),
  // on runs of the characters their patterns accept: every single character after every prefix
  // and before every ending, then random short units.
  const ALPHABET = [' ', '1', '.', ':', '-', 'm', 'o', 'n', 'a', 't', ',', '£', 'p', '\t'];
  const PREFIXES = ['', '1', 'mon ', '£'];
  const ENDS = ['', 'x', '!', '1', 'pm'];
  const parseAll = (text: string) =>
    within(5000, () => {
      parseDays(text);
      parseTimeRange(text);
      parseCost(text);
    });
  it('days, time and cost parsers stay linear on a long run of any one character', () => {
    for (const c of ALPHABET) for (const prefix of PREFIXES) for (const end of ENDS) parseAll(`${prefix}${c.repeat(150_000)}${end}`);
  });
  it('days, time and cost parsers stay linear on any repeated unit', () => {
    const unit = fc.string({ unit: fc.constantFrom(...ALPHABET), minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(fc.constantFrom(...PREFIXES), unit, fc.constantFrom(...ENDS), (prefix, piece, end) => parseAll(`${prefix}${piece.repeat(Math.ceil(150_000 / piece.length))}${end}`)),
      { numRuns: 60, endOnFailure: true },
    );
  });

  it('the days-and-time split still reads "Mon 10-11am" from one cell', async () => {
    const csv = 'name,days,cost_type\nA,"Tue, Thu at 6pm-7pm",free\nB,Mon 10-11am,free\nC,Wed from 9:30,free\n';
    const result = await importCsv(csv, { file: 'days.csv' });
    expect(result.activities.map((a) => a.schedule)).toEqual([
      [{ days: ['tue', 'thu'], start: '18:00', end: '19:00' }],
      [{ days: ['mon'], start: '10:00', end: '11:00' }],
      [{ days: ['wed'], start: '09:30' }],
    ]);
  });
});

describe('the reader on input built to backtrack', () => {
  // Not already in tests/unit/context/properties.test.ts: runs that end in a character the
  // preceding quantifier does not accept, in the shapes the reader's own patterns look for.
  const MB = 1 << 20;
  it.each([
    ['colons ended by a letter', `${':'.repeat(MB)}x`],
    ['label-trimming characters', `${'-#*> '.repeat(MB / 5)}x`],
    ['a sentence end before a long run of spaces', `.${' '.repeat(MB)}1`],
    ['inline section labels', `${'. aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa '.repeat(MB / 36)}`],
    ['an age value followed by spaces', `Age: 1${' '.repeat(MB)}x`],
    ['an age value followed by brackets', `Age: 1 (${')x'.repeat(MB / 2)}`],
    ['a district label and spaces', `district: ${' '.repeat(MB)}`],
    ['glued postcodes', 'N76RTN76RT'.repeat(MB / 10)],
    ['a million repeated tokens', 'N7 '.repeat(1_000_000)],
    ['tabs', 'a\t'.repeat(MB / 2)],
    // The shapes of later rules: a score cell's mark and note, a space-aligned table, an answer
    // that names its term again, a birth and the "she" after it.
    ['a score cell marked, then spaces', `| PHQ-9 | 1*${' '.repeat(MB)}x |\n| GAD-7 | 3 |`],
    ['a score cell with a bracket left open', `Measure | Today\nPHQ-9 | 9 (${' '.repeat(MB)}x`],
    ['a space-aligned header over a long run', `Date  PHQ-9  GAD-7\n01/10/2026${' '.repeat(MB)}14  9`],
    ['space-aligned rows, many', `Measure  Today  Assessment\n${'PHQ-9  9  14\n'.repeat(MB / 14)}`],
    ['an answer naming its term again, then spaces', `Falls: no falls, no injury${' '.repeat(MB)}x`],
    ['births and "she" repeated', `Daughter had a baby 3 weeks ago${', she'.repeat(MB / 5)} PND`],
    ['item 9 lines after a total', `PHQ-9 14\n${'Item 9: 0\n'.repeat(MB / 10)}`],
    // Lines of figures lined up with no header over them: each once looked ahead over all the rest.
    ['space-aligned figures with no header', '1  2\n'.repeat(MB / 5)],
    // One block of a whole page: each score, postcode, ticked box or repeated form name once looked
    // over the whole block (opensEarlier, pushPostcodes, the task after a box, reachBack).
    ['scores in one long block', 'This session 6 of 8. PHQ-9 12. '.repeat(MB / 31)],
    ['item 9 answers in one long block', 'Thoughts that you would be better off dead: More than half the days '.repeat(MB / 68)],
    ['labelled postcodes in one long block', 'Referrer: Dr Brown, Elm Tree Practice, NE6 5AB. Client lives in Gateshead NE8 1XY. '.repeat(MB / 84)],
    ['ticked boxes in one long clause', '[x] I take insulin '.repeat(MB / 19)],
    ['a form name repeated in one clause', 'Falls risk assessment '.repeat(MB / 22)],
    ['space-aligned rows each missing a cell', `Date        PHQ-9  GAD-7\n${'01/09/2026         11\n'.repeat(MB / 22)}`],
  ])('stays bounded on %s', (_name, text) => {
    const context = within(5000, () => readText(text));
    expect(JSON.stringify(context)).not.toMatch(/[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}/i);
  });

  // A table line with a long run of spaces: the row split once retried its leading \s* from
  // every space of the run, so the time grew with the square of the run (100,000 spaces took
  // about 9 s).
  it('stays bounded on a table line holding a long run of spaces', () => {
    within(5000, () => readText(`| PHQ-9 | 1${' '.repeat(150_000)}x |\n| GAD-7 | 3 |`));
  });

  // The linear row split gives the cells the old pattern split gave, on lines made of the
  // characters that decide a cell's bounds.
  it('splits table rows into the cells the old pattern gave', () => {
    const oldSplit = (line: string) => line.replace(/^\s*\|/, '').replace(/\|\s*$/, '').split(/\s*\|\s*|\t/).map((c) => c.trim());
    const line = fc.array(fc.constantFrom(' ', '\t', '|', 'a', 'b', '\u00a0', '\r'), { maxLength: 16 }).map((chars) => chars.join(''));
    fc.assert(
      fc.property(line, (l) => {
        expect(splitRow(l)).toEqual(oldSplit(l));
      }),
      { numRuns: 5000 },
    );
  });
});
