import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { createIncrementalReader } from '../../../utils/context/incremental.ts';
import { readDocument } from '../../../utils/context/read-document.ts';
import { prepareLexicon } from '../../../utils/context/scan.ts';

// A page changed while its first read is paused part way (prepare(-1) ends every slice at its
// first chance) must end up read as a fresh read would, once the edits' records are applied.
// Moving a node out of a paused container used to make the walk climb out of it and read the
// rest of the page into it, taking over other containers and losing their edits.
const NOW = new Date('2026-11-27T12:00:00Z');
beforeAll(() => prepareLexicon());

function setup(html: string) {
  document.body.innerHTML = html;
  const reader = createIncrementalReader(document.body, { now: NOW });
  const observer = new MutationObserver(() => {});
  observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
  return { reader, records: () => observer.takeRecords() };
}
const filler = (n: number) => Array.from({ length: n }, (_, i) => `<b id="b${i}">w${i}</b>`).join('');

describe('a first read paused part way, with a node moved meanwhile', () => {
  it('keeps an edit to a container read before the pause', () => {
    // body > A (long, pauses at b31's text), B, C. C is read before A pauses.
    const { reader, records } = setup(`<div id="A">${filler(100)}</div><div id="B">Plan</div><div id="C">Seen today.</div>`);
    expect(reader.prepare(-1)).toBe(false); // body, C, B read; A paused at node 64 (text of b31)
    document.getElementById('B')!.append(document.getElementById('b31')!);
    document.getElementById('C')!.firstChild!.textContent = 'Asthma.';
    while (!reader.prepare(-1));
    const sliced = reader.update(records());
    const fresh = readDocument(document.body, { now: NOW });
    expect(fresh.conditions.map((c) => c.id)).toContain('asthma');
    expect(sliced).toEqual(fresh);
  });

  it('follows a node moved out of the paused container into an earlier one', () => {
    const { reader, records } = setup(`<div id="B">Plan</div><div id="A">${filler(100)}</div>`);
    expect(reader.prepare(-1)).toBe(false);
    document.getElementById('B')!.append(document.getElementById('b31')!);
    while (!reader.prepare(-1));
    const sliced = reader.update(records());
    expect(sliced).toEqual(readDocument(document.body, { now: NOW }));
  });

  it('follows the paused node\'s wrapper moved under another heading', () => {
    const words = Array.from({ length: 100 }, (_, i) => (i === 1 ? 'diabetes' : `w${i}`)).join(' <b>x</b> ');
    const { reader, records } = setup(`<div id="B"><h2>Family history</h2><p>Mother.</p></div><div id="A"><h2>Problem list</h2><span id="S">${words}</span></div>`);
    expect(reader.prepare(-1)).toBe(false); // A paused inside S
    document.getElementById('B')!.append(document.getElementById('S')!);
    while (!reader.prepare(-1));
    const sliced = reader.update(records());
    const fresh = readDocument(document.body, { now: NOW });
    expect(fresh.conditions).toEqual([{ id: 'diabetes', status: 'family', text: expect.any(String) }]);
    expect(sliced).toEqual(fresh);
  });

  it('follows the first child of a container opened but not yet read moved away', () => {
    const divs = Array.from({ length: 20 }, (_, i) => `<div id="D${i}"><span id="S${i}">${i === 15 ? 'Asthma.' : `note ${i}`}</span></div>`).join('');
    const { reader, records } = setup(divs);
    expect(reader.prepare(-1)).toBe(false); // body read, D19..D13 read, D0..D12 opened but not read
    document.getElementById('D5')!.append(document.getElementById('S12')!);
    document.getElementById('S15')!.textContent = 'No asthma.';
    while (!reader.prepare(-1));
    const sliced = reader.update(records());
    const fresh = readDocument(document.body, { now: NOW });
    expect(fresh.conditions).toEqual([{ id: 'asthma', status: 'negated', text: expect.any(String) }]);
    expect(sliced).toEqual(fresh);
  });

  it('gives the same as the same edits made after an unpaused read', () => {
    const { reader, records } = setup(`<div id="A">${filler(100)}</div><div id="B">Plan</div><div id="C">Seen today.</div>`);
    while (!reader.prepare(1e9));
    document.getElementById('B')!.append(document.getElementById('b31')!);
    document.getElementById('C')!.firstChild!.textContent = 'Asthma.';
    expect(reader.update(records())).toEqual(readDocument(document.body, { now: NOW }));
  });
});

describe('a first read paused at every chance, under random edits between its slices', () => {
  const WORDS = ['asthma', 'COPD', 'no', 'denies', 'mother has', 'diabetes', 'PHQ-9', '16', '01/10/2026', 'Address:', 'N7 6RT', 'Family history', 'Problem list', ':', 'chest pain'];
  const text = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 6 }).map((w) => w.join(' '));
  const edit = fc.oneof(
    fc.record({ kind: fc.constant('add' as const), tag: fc.constantFrom('p', 'li', 'div', 'span', 'h2', 'b'), text, at: fc.nat() }),
    fc.record({ kind: fc.constant('text' as const), text, at: fc.nat() }),
    fc.record({ kind: fc.constant('remove' as const), at: fc.nat() }),
    fc.record({ kind: fc.constant('move' as const), at: fc.nat(), to: fc.nat() }),
  );
  // Enough containers, and one long enough (80 inline children), for reads to pause inside and
  // between them.
  const page = `<h2>Problem list</h2><ul>${Array.from({ length: 30 }, (_, i) => `<li><b>note ${i}</b> <span>asthma</span> w${i}</li>`).join('')}</ul><div><h2>Family history</h2><p>Mother: diabetes <span>and</span> stroke.</p></div><p>${Array.from({ length: 80 }, (_, i) => `<span>w${i}</span> `).join('')}COPD</p><p>Address: 1 Road, NW5 2QE</p>`;

  it('ends with what a fresh read gives', () => {
    fc.assert(
      fc.property(fc.array(fc.array(edit, { maxLength: 3 }), { minLength: 1, maxLength: 20 }), (slices) => {
        const { reader, records } = setup(page);
        for (const edits of slices) {
          reader.prepare(-1);
          for (const e of edits) {
            const all = [...document.body.querySelectorAll('*')];
            const target = all[e.at % Math.max(1, all.length)];
            if (!target) continue;
            if (e.kind === 'add') {
              const el = document.createElement(e.tag);
              el.textContent = e.text;
              target.append(el);
            } else if (e.kind === 'text') target.textContent = e.text;
            else if (e.kind === 'remove') target.remove();
            else {
              // An inline element (where a paused read may be waiting) moved into a block.
              const inline = [...document.body.querySelectorAll('b, span')];
              const blocks = [...document.body.querySelectorAll('li, p, div')];
              const moved = inline[e.at % Math.max(1, inline.length)];
              const to = blocks[e.to % Math.max(1, blocks.length)];
              if (moved && to && !moved.contains(to)) to.append(moved);
            }
          }
        }
        while (!reader.prepare(-1));
        expect(reader.update(records())).toEqual(readDocument(document.body, { now: NOW }));
      }),
      { numRuns: 200 },
    );
  });
});

