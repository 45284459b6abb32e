import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../../utils/context/read-document.ts';
import { readText } from '../../../utils/context/read-text.ts';
import * as v from 'valibot';
import { ClinicalContextSchema } from '../../../utils/context/schema.ts';
import { parseHtml } from './load-html.ts';

const NOW = new Date('2026-11-27T12:00:00Z');
// Any spacing between the halves, as JSON writes it (a tab becomes "\\t").
const FULL_POSTCODE = /[A-Z]{1,2}\d[A-Z\d]?(?:\s|\\[tn]){0,3}\d[A-Z]{2}/i;

// Words the reader reacts to, so random text exercises every path rather than missing them all.
const WORDS = [
  'no', 'not', 'denies', '?', 'query', 'mother', 'family history', 'FH:', 'PMH:', 'history of', 'but', 'asthma', 'COPD', 'MS',
  'MI', 'T2DM', 'diabetes', 'PHQ-9', 'GAD-7', 'item 9', 'score', '14', '27', '3', '01/10/2026', '1 Oct 2026', '2026-10-01',
  'Address:', 'GP:', 'Surgery', 'N7 6RT', 'EC1A 1BB', 'SW1A 1AA', 'n19 5nf', 'DOB', 'aged', '54-year-old', 'yo', 'BMI', '16',
  '[x]', '[ ]', '☑', 'Yes', 'No', ':', '|', '\t', '\n', '.', ',', ';', '-', '(', ')', 'insulin', 'gliclazide', 'chest pain',
  'falls', 'pregnant', 'postnatal', 'ME/CFS', 'E11', 'J44.9', '44054006', 'Postcode:', 'lives at', 'Home address:',
];
const tokenText = fc.array(fc.constantFrom(...WORDS), { maxLength: 80 }).map((words) => words.join(' '));
const anyText = fc.oneof(fc.string({ maxLength: 400 }), fc.string({ unit: 'grapheme', maxLength: 200 }), tokenText);

describe('reader properties', () => {
  it('never throws and always returns a valid context', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const context = readText(text, { now: NOW });
        expect(v.safeParse(ClinicalContextSchema, context).success).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('never returns a full postcode, whatever surrounds it', () => {
    const postcode = fc
      .tuple(fc.constantFrom('N', 'EC', 'SW', 'NW', 'E', 'M', 'BT', 'W'), fc.integer({ min: 1, max: 99 }), fc.constantFrom('', 'A', 'V'), fc.integer({ min: 0, max: 9 }), fc.constantFrom('AA', 'RT', 'DB', 'NF', 'QS'), fc.constantFrom(' ', '', '  ', '\u00a0', '\t'))
      .map(([area, district, sub, sector, unit, space]) => `${area}${district}${sub}${space}${sector}${unit}`);
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...WORDS), postcode), { maxLength: 40 }), (parts) => {
        const text = parts.join(' ');
        expect(JSON.stringify(readText(text, { now: NOW }))).not.toMatch(FULL_POSTCODE);
        const doc = parseHtml(`<body><p>${parts.map((p) => p.replace(/[<&]/g, '')).join('</p><p>')}</p></body>`);
        expect(JSON.stringify(readDocument(doc, { now: NOW }))).not.toMatch(FULL_POSTCODE);
      }),
      { numRuns: 300 },
    );
  });

  // Found by the incremental property test: two inline elements with no space between them put
  // letters right before the postcode, and the scrub then let it through whole.
  it('never returns a full postcode glued to the words around it', () => {
    const doc = parseHtml('<body><p>x<span>asthma mother has asthma</span><span>EC1A 1BB asthma</span></p></body>');
    const context = readDocument(doc, { now: NOW });
    expect(context.conditions[0]?.text).toBe('mother has asthmaEC1A asthma');
    expect(JSON.stringify(context)).not.toMatch(FULL_POSTCODE);
    expect(JSON.stringify(readText('Mother has asthmaEC1A 1BBasthma.', { now: NOW }))).not.toMatch(FULL_POSTCODE);
  });

  it('never throws on random markup', () => {
    const tag = fc.constantFrom('p', 'div', 'li', 'td', 'th', 'tr', 'table', 'dt', 'dd', 'span', 'h2', 'br', 'b', 'ul', 'label', 'details');
    const markup = fc.array(fc.oneof(fc.constantFrom(...WORDS), tag.map((t) => `<${t}>`), tag.map((t) => `</${t}>`)), { maxLength: 60 });
    fc.assert(
      fc.property(markup, (parts) => {
        const context = readDocument(parseHtml(`<body>${parts.join(' ')}</body>`), { now: NOW });
        expect(v.safeParse(ClinicalContextSchema, context).success).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  // Hang guards, not performance assertions: each must finish well inside a generous bound. The
  // reader runs here unbundled and several times slower than it ships (the slowest of these take
  // about 1.3 s alone), so the bound is the hostile tests' 5 s: a quadratic case takes minutes.
  const MB = 1 << 20;
  it.each([
    ['repeated negations', 'no '.repeat(MB / 3)],
    ['repeated measure labels', 'PHQ-9 '.repeat(MB / 6)],
    ['repeated question marks', '? '.repeat(MB / 2)],
    ['one letter', 'a'.repeat(MB)],
    ['digits and slashes', '1/'.repeat(MB / 2)],
    ['one long line of terms', 'asthma, COPD, diabetes, no, mother, '.repeat(MB / 36)],
    ['postcode-like runs', 'N7 N7 6 N76RT '.repeat(MB / 14)],
    ['table cells', '| 14 '.repeat(MB / 5)],
    ['spaces', ' '.repeat(MB)],
    ['dates', '01/10/2026 '.repeat(MB / 11)],
    ['colons', 'a:'.repeat(MB / 2)],
    ['brackets', '[x] ['.repeat(MB / 5)],
    ['many lines', 'Asthma\n'.repeat(MB / 7)],
    ['one endless sentence of falls', 'she fell twice and '.repeat(MB / 19)],
    ['one endless sentence of babies', 'her youngest is 10 weeks old and '.repeat(MB / 33)],
    ['questions and answers', 'Chest pain? Only on exertion | '.repeat(MB / 31)],
    ['one family label over a line of sentences', `FH: ${'asthma. '.repeat(MB / 8)}`],
    ['a table row of times', `Symptom | ${'Previous | Current | '.repeat(5000)}\nFalls | ${'No | Yes | '.repeat(5000)}`],
  ])('stays fast on %s', (_name, text) => {
    const start = performance.now();
    readText(text, { now: NOW });
    expect(performance.now() - start).toBeLessThan(5000);
  });
});
