import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createIncrementalReader } from '../../../utils/context/incremental.ts';
import { readDocument } from '../../../utils/context/read-document.ts';
import { parseDistrictCsv } from '../../../utils/geo/parse-district-csv.ts';
import { within } from './within.ts';

const NOW = new Date('2026-11-27T12:00:00Z');
const FULL_POSTCODE = /[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}/i;

describe('postcode-district table under hostile input', () => {
  const outcode = fc.tuple(fc.constantFrom('N', 'NW', 'EC', 'SW', 'E', 'M', 'BT', 'W'), fc.integer({ min: 1, max: 99 }), fc.constantFrom('', 'A')).map(([a, d, s]) => `${a}${d}${d < 10 ? s : ''}`);
  const goodRow = fc.record({ outcode, lat: fc.double({ min: 50, max: 58, noNaN: true }), lng: fc.double({ min: -5, max: 1.5, noNaN: true }) });
  const junkRow = fc.oneof(fc.string({ maxLength: 60 }), fc.constantFrom('__proto__,1,1', 'constructor,51,0', 'N7,NaN,0', 'N7,91,0', 'N7,,', '"N7,51', 'N7,1e400,0', ',,,,,'));

  it('keeps exactly the good rows (the later of a repeated district) and reports every other', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(goodRow, junkRow), { maxLength: 40 }), (rows) => {
        const text = ['outcode,latitude,longitude', ...rows.map((r) => (typeof r === 'string' ? r.replace(/[\r\n"]/g, ' ') : `${r.outcode},${r.lat},${r.lng}`))].join('\n');
        const result = parseDistrictCsv(text, 'd.csv');
        const expected: Record<string, { lat: number; lng: number }> = {};
        // As written in the file: -0 is written as 0.
        for (const r of rows) if (typeof r !== 'string') expected[r.outcode] = { lat: Number(String(r.lat)), lng: Number(String(r.lng)) };
        for (const [code, point] of Object.entries(expected)) expect(result.districts[code]).toEqual(point);
        expect(Object.getPrototypeOf(result.districts)).toBe(Object.prototype);
        expect(Object.keys(result.districts).every((k) => /^(?:[A-Z]{1,2}\d[A-Z\d]?|GIR)$/.test(k))).toBe(true);
        expect(result.stats.valid).toBe(Object.keys(result.districts).length);
        expect(result.stats.valid).toBeLessThanOrEqual(result.stats.rows);
      }),
      { numRuns: 300 },
    );
  });

  // Hang guards. A million valid rows is real work (about 2.6 s alone, more beside other test
  // files on two cores; once 6.2 s against an earlier 5 s bound), so its bound is wider; a runaway
  // loop or a backtracking pattern over a million rows would take minutes.
  it.each([
    ['a 1 MB line', `outcode,latitude,longitude\nN7,${'5'.repeat(1 << 20)},0\n`, 5000],
    ['a million repeated tokens', `outcode,latitude,longitude\n${'N7,'.repeat(1_000_000)}\n`, 5000],
    ['a million rows', `outcode,latitude,longitude\n${'N7,51.5,-0.1\n'.repeat(1_000_000)}`, 30_000],
    ['an unclosed quote over 1 MB', `outcode,latitude,longitude\n"${'N7,51,0\n'.repeat(1 << 17)}`, 5000],
    ['a 1 MB header', `${'outcode,'.repeat(1 << 17)}latitude,longitude\nN7,51,0\n`, 5000],
    ['bytes that are not text', new Uint8Array(1 << 20).map((_, i) => (i * 7919) % 256), 5000],
  ] as const)('finishes with a result on %s', (_name, input, bound) => {
    const result = within(bound, () => parseDistrictCsv(input, 'd.csv'));
    expect(result.stats.rows).toBeGreaterThanOrEqual(0);
    expect(Array.isArray(result.issues)).toBe(true);
  }, 60_000);
});

// A page read once, watched, with the incremental reader's reading after the edits made since
// (`updated`) beside a fresh read of it (`fresh`).
function watched(html: string) {
  const doc = document.implementation.createHTMLDocument('record');
  doc.body.innerHTML = html;
  const reader = createIncrementalReader(doc.body, { now: NOW });
  const observer = new MutationObserver(() => undefined);
  observer.observe(doc.body, { subtree: true, childList: true, characterData: true, attributes: true });
  reader.read();
  return {
    doc,
    updated: () => reader.update(observer.takeRecords()),
    fresh: () => readDocument(doc.body, { now: NOW }),
    stop: () => observer.disconnect(),
  };
}

describe('incremental reader under random edits', () => {
  const WORDS = ['asthma', 'COPD', 'no', 'denies', 'mother has', 'diabetes', 'PHQ-9', '16', 'GAD-7', '12', '01/10/2026', 'Address:', 'N7 6RT', 'EC1A 1BB', 'Home address:', 'aged 54', 'Problem list', '|', ':', 'chest pain', 'pregnant'];
  const text = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 8 }).map((w) => w.join(' '));
  const edit = fc.oneof(
    fc.record({ kind: fc.constant('add' as const), tag: fc.constantFrom('p', 'li', 'div', 'td', 'h2', 'span', 'details'), text, at: fc.nat() }),
    fc.record({ kind: fc.constant('text' as const), text, at: fc.nat() }),
    fc.record({ kind: fc.constant('remove' as const), at: fc.nat() }),
    fc.record({ kind: fc.constant('hide' as const), at: fc.nat(), how: fc.constantFrom('hidden', 'style', 'aria-hidden') }),
  );

  it('after every burst of edits reads what a fresh read gives, never throws and never keeps a full postcode', () => {
    fc.assert(
      fc.property(fc.array(fc.array(edit, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 5 }), (bursts) => {
        const { doc, updated, fresh, stop } = watched('<h2>Problem list</h2><ul><li>Hypertension</li></ul><table><tr><th>Measure</th><th>Score</th></tr><tr><td>PHQ-9</td><td>9</td></tr></table><p>Address: 1 Road, NW5 2QE</p>');
        for (const burst of bursts) {
          for (const e of burst) {
            // Edits land on the record's elements, and hiding on the root as well.
            const all = [...(e.kind === 'hide' ? [doc.body] : []), ...doc.body.querySelectorAll('*')];
            const target = all[e.at % Math.max(1, all.length)];
            if (!target) continue;
            if (e.kind === 'add') {
              const el = doc.createElement(e.tag);
              el.textContent = e.text;
              target.append(el);
            } else if (e.kind === 'text') target.textContent = e.text;
            else if (e.kind === 'remove') target.remove();
            else if (e.how === 'hidden') target.toggleAttribute('hidden');
            else if (e.how === 'style') target.setAttribute('style', 'display: none');
            else target.setAttribute('aria-hidden', 'true');
          }
          const context = updated();
          expect(context).toEqual(fresh());
          expect(JSON.stringify(context)).not.toMatch(FULL_POSTCODE);
        }
        stop();
      }),
      { numRuns: 150 },
    );
  });

  // Hiding the root being read (here <body hidden>) was not seen by update(), which kept reading
  // it while a fresh read gave nothing. Found by the property above when edits could land on the
  // root.
  it('follows the root element being hidden', () => {
    const { doc, updated, fresh } = watched('<p>COPD</p>');
    doc.body.toggleAttribute('hidden');
    doc.body.textContent = 'asthma';
    expect(updated()).toEqual(fresh());
  });

  // Found by the property above: a cell that held a block element was walked again on its own once
  // the block was gone, so its row was never read as a row again; and a cell hidden in a table's
  // first row made that row the header, whose table the row's walk then nested inside the old one.
  it('walks a row again, not its cell, and a table again when an edit can change its header', () => {
    const { doc, updated, fresh } = watched('<table><tr><th>Measure</th><th>Score</th></tr><tr><td>PHQ-9</td><td>9</td></tr></table>');
    const [header, row] = [...doc.querySelectorAll('tr')] as HTMLTableRowElement[];
    const score = row!.cells[1]!;
    const note = score.appendChild(doc.createElement('h2'));
    note.textContent = 'asthma';
    expect(updated()).toEqual(fresh());
    note.remove();
    expect(updated()).toEqual(fresh());
    expect(fresh().measures.phq9?.value).toBe(9);
    const extra = header!.appendChild(doc.createElement('td'));
    extra.textContent = 'asthma';
    expect(updated()).toEqual(fresh());
    extra.toggleAttribute('hidden');
    expect(updated()).toEqual(fresh());
    row!.toggleAttribute('hidden');
    expect(updated()).toEqual(fresh());
    expect(fresh().measures.phq9).toBeUndefined();
  });

  // The DOM walk, and the reading of its containers, once recursed once per nesting level, so a
  // page whose elements nested a few thousand deep overflowed the stack: the reader threw and the
  // content script showed no context. Inline elements nest within one container; block elements
  // nest containers as deep as the page.
  it.each([
    ['inline and block elements', (i: number) => (i % 2 ? 'div' : 'span')],
    ['block elements', () => 'div'],
    ['list items', (i: number) => (i % 2 ? 'li' : 'ul')],
  ])('reads a page whose %s nest 10,000 deep', (_name, tag) => {
    const doc = document.implementation.createHTMLDocument('record');
    let node: Element = doc.body;
    for (let i = 0; i < 10_000; i++) node = node.appendChild(doc.createElement(tag(i)));
    node.textContent = 'Asthma. Address: N7 6RT';
    const context = readDocument(doc.body, { now: NOW });
    expect(context.conditions.map((c) => c.id)).toEqual(['asthma']);
    const reader = createIncrementalReader(doc.body, { now: NOW });
    expect(reader.read()).toEqual(context);

    // An edit at the bottom, and one at the top that reads the whole depth again. The records are
    // written out: the test DOM's MutationObserver itself recurses over a subtree this deep.
    const old = node.firstChild!;
    node.textContent = 'COPD';
    const top = doc.body.firstElementChild!;
    top.setAttribute('style', 'color: red');
    const records = [
      { type: 'childList', target: node, addedNodes: [node.firstChild], removedNodes: [old], attributeName: null },
      { type: 'attributes', target: top, addedNodes: [], removedNodes: [], attributeName: 'style' },
    ] as unknown as MutationRecord[];
    const updated = reader.update(records);
    expect(updated.conditions.map((c) => c.id)).toEqual(['copd']);
    expect(updated).toEqual(readDocument(doc.body, { now: NOW }));
  });
});
