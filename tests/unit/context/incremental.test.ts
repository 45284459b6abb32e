import { describe, expect, it } from 'vitest';
import { CARENOTES_TT_ADAPTER } from '../../../utils/context/adapters/carenotes-tt.ts';
import { HARTWELL_ADAPTER } from '../../../utils/context/adapters/hartwell.ts';
import { blocksAnalysed } from '../../../utils/context/analyse-block.ts';
import { createIncrementalReader } from '../../../utils/context/incremental.ts';
import { readDocument } from '../../../utils/context/read-document.ts';
import { loadHtml } from './load-html.ts';

const NOW = new Date('2026-11-27T12:00:00Z');

function setup(file = 'public/demo/aisha-rahman.html') {
  const doc = loadHtml(file);
  const reader = createIncrementalReader(doc.body, { adapter: CARENOTES_TT_ADAPTER, now: NOW });
  const observer = new MutationObserver(() => {});
  observer.observe(doc.body, { subtree: true, childList: true, characterData: true, attributes: true });
  return { doc, reader, records: () => observer.takeRecords() };
}

function addProblem(doc: Document, text: string) {
  const row = doc.createElement('tr');
  for (const value of [text, 'Active', '27/11/2026']) {
    const cell = doc.createElement('td');
    cell.textContent = value;
    row.appendChild(cell);
  }
  doc.querySelector('.ehr-problems tbody')!.appendChild(row);
}

describe('incremental reader', () => {
  it('reads like readDocument', () => {
    const { doc, reader } = setup();
    expect(reader.read()).toEqual(readDocument(doc.body, { adapter: CARENOTES_TT_ADAPTER, now: NOW }));
  });

  it('picks up an added problem, re-reading only the table it changed', () => {
    const { doc, reader, records } = setup();
    reader.read();
    addProblem(doc, 'COPD');
    const before = blocksAnalysed();
    const context = reader.update(records());
    // Only the new row is read afresh: the other rows keep their cached findings.
    expect(blocksAnalysed() - before).toBe(1);
    expect(context.conditions.find((c) => c.id === 'copd')?.status).toBe('present');
    expect(context).toEqual(readDocument(doc.body, { adapter: CARENOTES_TT_ADAPTER, now: NOW }));
  });

  it('follows a text edit inside a cell', () => {
    const { doc, reader, records } = setup();
    reader.read();
    const cell = [...doc.querySelectorAll('.ehr-measures td')].find((td) => td.textContent === '16')!;
    cell.firstChild!.textContent = '21';
    const context = reader.update(records());
    expect(context.measures.phq9).toEqual({ value: 21, band: 'severe', date: '2026-10-01', item9: 0 });
  });

  it('reads a panel once it is shown and forgets it once hidden again', () => {
    const { doc, reader, records } = setup();
    reader.read();
    const notes = doc.querySelector('.ehr-notes')!;
    notes.removeAttribute('hidden');
    let context = reader.update(records());
    expect(context).toEqual(readDocument(doc.body, { adapter: CARENOTES_TT_ADAPTER, now: NOW }));
    notes.setAttribute('hidden', '');
    context = reader.update(records());
    expect(context).toEqual(readDocument(doc.body, { adapter: CARENOTES_TT_ADAPTER, now: NOW }));
  });

  // What the page's style sheets hide: the content script asks the browser (isRendered); here a
  // class stands in for a rule such as ".is-collapsed { display: none }".
  it('follows a class that hides a panel through the style sheet, and adapter contexts named by class', () => {
    const doc = loadHtml('public/demo/aisha-rahman.html');
    const shown = (el: Element) => !el.classList.contains('is-collapsed');
    const reader = createIncrementalReader(doc.body, { adapter: CARENOTES_TT_ADAPTER, now: NOW, shown });
    const observer = new MutationObserver(() => {});
    observer.observe(doc.body, { subtree: true, childList: true, characterData: true, attributes: true });
    const fresh = () => readDocument(doc.body, { adapter: CARENOTES_TT_ADAPTER, now: NOW, shown });
    const problems = doc.querySelector('.ehr-problems')!;
    addProblem(doc, 'Known asthmatic');
    expect(reader.update(observer.takeRecords()).conditions.map((c) => c.id)).toContain('asthma');

    problems.classList.add('is-collapsed');
    let context = reader.update(observer.takeRecords());
    expect(context.conditions.map((c) => c.id)).not.toContain('asthma');
    expect(context).toEqual(fresh());

    problems.classList.remove('is-collapsed');
    context = reader.update(observer.takeRecords());
    expect(context.conditions.map((c) => c.id)).toContain('asthma');
    expect(context).toEqual(fresh());

    // The adapter names the person's address by its class: given the contacts' class instead, it
    // reads as an organisation's, and the district goes.
    const address = doc.querySelector('.ehr-patient-address')!;
    const district = context.postcodeDistrict;
    expect(district).toBeDefined();
    address.className = 'ehr-contacts';
    context = reader.update(observer.takeRecords());
    expect(context.postcodeDistrict).not.toBe(district);
    expect(context).toEqual(fresh());
    address.className = 'ehr-patient-address';
    context = reader.update(observer.takeRecords());
    expect(context.postcodeDistrict).toBe(district);
    expect(context).toEqual(fresh());
  });

  it('with style sheets deciding what is shown, follows a class on the body and any attribute a rule can key on', () => {
    const doc = loadHtml('public/demo/aisha-rahman.html');
    addProblem(doc, 'Known asthmatic');
    // Stand-ins for "body.summary-only .ehr-problems { display: none }" and
    // "[aria-selected=false] + .ehr-medications { display: none }".
    const shown = (el: Element) =>
      !(el.classList.contains('ehr-problems') && el.ownerDocument.body.classList.contains('summary-only')) &&
      !(el.classList.contains('ehr-medications') && el.previousElementSibling?.getAttribute('aria-selected') === 'false');
    const reader = createIncrementalReader(doc.body, { adapter: CARENOTES_TT_ADAPTER, now: NOW, shown });
    const observer = new MutationObserver(() => {});
    observer.observe(doc.body, { subtree: true, childList: true, characterData: true, attributes: true });
    const fresh = () => readDocument(doc.body, { adapter: CARENOTES_TT_ADAPTER, now: NOW, shown });
    expect(reader.read().conditions.map((c) => c.id)).toContain('asthma');

    doc.body.classList.add('summary-only');
    let context = reader.update(observer.takeRecords());
    expect(context.conditions.map((c) => c.id)).not.toContain('asthma');
    expect(context).toEqual(fresh());
    doc.body.classList.remove('summary-only');
    expect(reader.update(observer.takeRecords())).toEqual(fresh());

    const meds = doc.querySelector('.ehr-medications')!;
    const tab = doc.createElement('span');
    tab.setAttribute('aria-selected', 'true');
    meds.before(tab);
    reader.update(observer.takeRecords());
    const before = reader.read();
    tab.setAttribute('aria-selected', 'false');
    context = reader.update(observer.takeRecords());
    expect(context).toEqual(fresh());
    expect(context).not.toEqual(before);
  });

  it('tryUpdate leaves a whole-page walk to its caller, and a reader seeded with findings() reads nothing twice', () => {
    const { doc, reader, records } = setup();
    reader.read();
    // Single-page navigation in place: the region itself is replaced.
    const record = doc.getElementById('record')!;
    const copy = record.cloneNode(true) as Element;
    const row = doc.createElement('tr');
    for (const value of ['COPD', 'Active', '2026']) row.appendChild(doc.createElement('td')).textContent = value;
    copy.querySelector('.ehr-problems tbody')!.appendChild(row);
    record.replaceWith(copy);
    const batch = records();
    expect(reader.tryUpdate(batch)).toBeUndefined();
    const before = blocksAnalysed();
    const seeded = createIncrementalReader(doc.body, { adapter: CARENOTES_TT_ADAPTER, now: NOW, seed: reader.findings() });
    while (!seeded.prepare(1));
    const context = seeded.read();
    // Only the new row is read: every other block was in the seed.
    expect(blocksAnalysed() - before).toBe(1);
    expect(context).toEqual(readDocument(doc.body, { adapter: CARENOTES_TT_ADAPTER, now: NOW }));
    expect(context.conditions.map((c) => c.id)).toContain('copd');
  });

  it('leaves walking a whole region of a long record to its caller, but not of a short one', () => {
    const long = loadHtml('public/demo/aisha-rahman.html');
    long.body.insertAdjacentHTML('beforeend', `<main id="notes">${Array.from({ length: 2100 }, (_, i) => `<p>Session ${i}: walked.</p>`).join('')}</main>`);
    const reader = createIncrementalReader(long.body, { now: NOW });
    const observer = new MutationObserver(() => {});
    observer.observe(long.body, { subtree: true, childList: true, characterData: true, attributes: true });
    reader.read();
    // A dialog added straight under <body>: the body's own container changes.
    long.body.append(Object.assign(long.createElement('div'), { textContent: 'Known COPD.' }));
    const batch = observer.takeRecords();
    expect(reader.tryUpdate(batch)).toBeUndefined();
    // update() does the walk itself, at once.
    expect(reader.update(batch)).toEqual(readDocument(long.body, { now: NOW }));

    // On the same long record, an edit in a small region is walked again at once: only the
    // region walked counts, not the page.
    const twoRegions = loadHtml('tests/fixtures/context/hartwell.html');
    twoRegions.querySelector('.hcm-main')!.insertAdjacentHTML('beforeend', Array.from({ length: 2100 }, (_, i) => `<p>Session ${i}: walked.</p>`).join(''));
    const clock = twoRegions.createElement('span');
    clock.textContent = '10:00';
    twoRegions.querySelector('.hcm-client-card')!.append(clock);
    const regionsReader = createIncrementalReader(twoRegions.body, { adapter: HARTWELL_ADAPTER, now: NOW });
    const ticks = new MutationObserver(() => {});
    ticks.observe(twoRegions.body, { subtree: true, childList: true, characterData: true, attributes: true });
    regionsReader.read();
    clock.firstChild!.textContent = '10:01';
    expect(regionsReader.tryUpdate(ticks.takeRecords())).toEqual(readDocument(twoRegions.body, { adapter: HARTWELL_ADAPTER, now: NOW }));

    const doc = loadHtml('public/demo/aisha-rahman.html');
    const short = createIncrementalReader(doc.body, { now: NOW });
    const watching = new MutationObserver(() => {});
    watching.observe(doc.body, { subtree: true, childList: true, characterData: true, attributes: true });
    short.read();
    doc.body.append(Object.assign(doc.createElement('div'), { textContent: 'Known COPD.' }));
    expect(short.tryUpdate(watching.takeRecords())?.conditions.map((c) => c.id)).toContain('copd');
  });

  it('follows the region being hidden and shown again', () => {
    const { doc, reader, records } = setup();
    const first = reader.read();
    const record = doc.getElementById('record')!;
    record.setAttribute('style', 'display: none');
    const hidden = reader.update(records());
    expect(hidden.conditions).toEqual([]);
    expect(hidden).toEqual(readDocument(doc.body, { adapter: CARENOTES_TT_ADAPTER, now: NOW }));
    record.removeAttribute('style');
    expect(reader.update(records())).toEqual(first);
  });

  it('follows the page being hidden above the region it reads', () => {
    const doc = loadHtml('tests/fixtures/context/hartwell.html');
    const reader = createIncrementalReader(doc, { now: NOW });
    const observer = new MutationObserver(() => {});
    observer.observe(doc.documentElement, { subtree: true, childList: true, characterData: true, attributes: true });
    const first = reader.read();
    doc.documentElement.setAttribute('aria-hidden', 'true');
    const hidden = reader.update(observer.takeRecords());
    expect(hidden.conditions).toEqual([]);
    expect(hidden).toEqual(readDocument(doc, { now: NOW }));
    doc.documentElement.removeAttribute('aria-hidden');
    expect(reader.update(observer.takeRecords())).toEqual(first);
  });

  it('reads nothing afresh when the page restyles its root without hiding anything', () => {
    const { doc, reader, records } = setup();
    const first = reader.read();
    const before = blocksAnalysed();
    doc.body.setAttribute('style', 'overflow: hidden');
    expect(reader.update(records())).toEqual(first);
    expect(blocksAnalysed() - before).toBe(0);
  });

  it('reads the new record after single-page navigation replaces the region', () => {
    const { doc, reader, records } = setup();
    reader.read();
    const next = loadHtml('public/demo/tom-gallagher.html').getElementById('record')!;
    doc.getElementById('record')!.replaceWith(doc.importNode(next, true));
    const context = reader.update(records());
    expect(context.postcodeDistrict).toBe('NW5');
    expect(context.conditions.map((c) => c.id)).toContain('copd');
  });

  it('handles a burst of edits in one update, and ignores edits that change nothing it reads', () => {
    const { doc, reader, records } = setup();
    const first = reader.read();
    doc.querySelector('.ehr-tabs button')!.setAttribute('aria-selected', 'false');
    expect(reader.update(records())).toEqual(first);
    addProblem(doc, 'Asthma');
    addProblem(doc, '?Fibromyalgia');
    doc.querySelector('.ehr-patient-address')!.textContent = '1 Seven Sisters Road, London N4 3AB';
    const context = reader.update(records());
    expect(context.postcodeDistrict).toBe('N4');
    expect(context.conditions.find((c) => c.id === 'fibromyalgia')?.status).toBe('possible');
    expect(context).toEqual(readDocument(doc.body, { adapter: CARENOTES_TT_ADAPTER, now: NOW }));
  });

  it('keeps what it read when a single-page app swaps the region for a fresh walk', () => {
    const { doc, reader, records } = setup();
    const first = reader.read();
    // The same record put back as new elements: a full rebuild, with nothing new to read.
    const record = doc.getElementById('record')!;
    record.replaceWith(record.cloneNode(true));
    const before = blocksAnalysed();
    expect(reader.update(records())).toEqual(first);
    expect(blocksAnalysed() - before).toBe(0);
  });

  it('prepares a long page a slice at a time, and then reads it without reading any block again', () => {
    const doc = loadHtml('public/demo/aisha-rahman.html');
    const notes = doc.querySelector('.ehr-notes')!;
    notes.removeAttribute('hidden');
    for (let i = 0; i < 300; i++) {
      const p = doc.createElement('p');
      p.textContent = `Session ${i}: walked ${i % 7} days this week; knee pain better. PHQ-9 ${i % 27} on ${String((i % 28) + 1).padStart(2, '0')}/10/2026.`;
      notes.appendChild(p);
    }
    const reader = createIncrementalReader(doc.body, { adapter: CARENOTES_TT_ADAPTER, now: NOW });
    // A slice of 0 ms ends after every 16 blocks, so the page takes many slices.
    let slices = 1;
    while (!reader.prepare(0)) slices++;
    expect(slices).toBeGreaterThan(10);
    const before = blocksAnalysed();
    const context = reader.read();
    expect(blocksAnalysed() - before).toBe(0);
    expect(context).toEqual(readDocument(doc.body, { adapter: CARENOTES_TT_ADAPTER, now: NOW }));
  });

  it('works on any page with the generic adapter', () => {
    const doc = loadHtml('tests/fixtures/context/hartwell.html');
    const reader = createIncrementalReader(doc, { now: NOW });
    const observer = new MutationObserver(() => {});
    observer.observe(doc.body, { subtree: true, childList: true, characterData: true, attributes: true });
    reader.read();
    const p = doc.createElement('p');
    p.textContent = 'Now 12 weeks pregnant.';
    doc.querySelector('.hcm-contact-log')!.appendChild(p);
    expect(reader.update(observer.takeRecords()).flags).toContain('pregnancy');
  });
});
