import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { readDocument } from '../../../utils/context/read-document.ts';
import { blocksAnalysed } from '../../../utils/context/analyse-block.ts';
import { prepareLexicon } from '../../../utils/context/scan.ts';
import type { ClinicalContext } from '../../../utils/context/schema.ts';
import { fakeTimers as timers, settle } from './fake-timers.ts';

const calls = { create: 0, read: 0, update: 0, records: 0 };
vi.mock('../../../utils/context/incremental.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../utils/context/incremental.ts')>();
  return {
    ...real,
    createIncrementalReader: (...args: Parameters<typeof real.createIncrementalReader>) => {
      calls.create++;
      const reader = real.createIncrementalReader(...args);
      return {
        read: () => (calls.read++, reader.read()),
        update: (records: MutationRecord[]) => ((calls.update++, (calls.records += records.length)), reader.update(records)),
        tryUpdate: (records: MutationRecord[]) => ((calls.update++, (calls.records += records.length)), reader.tryUpdate(records)),
        findings: () => reader.findings(),
        prepare: (sliceMs?: number) => reader.prepare(sliceMs),
      };
    },
  };
});

const { watchPageContext } = await import('../../../utils/host/watch-page-context.ts');


// A page's first read compiles the lexicon in a slice of its own (it is the largest single step);
// compiled here first, these tests see a short page read in the task that opens the sidebar.
beforeAll(() => prepareLexicon());

afterEach(() => {
  document.body.innerHTML = '';
  Object.assign(calls, { create: 0, read: 0, update: 0, records: 0 });
});

describe('watchPageContext: bounded work per burst', () => {
  it('a burst of edits costs one read', async () => {
    document.body.innerHTML = '<ul id="problems"><li>COPD</li></ul>';
    const t = timers();
    const updates: string[][] = [];
    const watcher = watchPageContext(document, t, (u) => updates.push(u.context.conditions.map((c) => c.id)));
    expect(calls.read).toBe(1);
    const list = document.getElementById('problems')!;
    for (let i = 0; i < 50; i++) {
      const li = document.createElement('li');
      li.textContent = i === 49 ? 'Asthma' : `note ${i}`;
      list.append(li);
    }
    await settle();
    expect(t.size()).toBe(1);
    t.flush();
    // One incremental update for the whole burst, on the same reader.
    expect(calls.update).toBe(1);
    expect(calls.create).toBe(1);
    expect(updates.at(-1)).toContain('asthma');
    watcher.stop();
  });

  it('a flood past the cap is one full re-read, not thousands of record checks', async () => {
    document.body.innerHTML = '<div id="flood"></div><p>COPD</p>';
    const t = timers();
    const watcher = watchPageContext(document, t, () => undefined);
    const flood = document.getElementById('flood')!;
    for (let i = 0; i < 5000; i++) flood.setAttribute('class', `c${i}`);
    await settle();
    t.flush();
    // One restart (a fresh reader and one read), and no record-by-record update.
    expect(calls.create).toBe(2);
    expect(calls.update).toBe(0);
    expect(calls.records).toBe(0);
    watcher.stop();
  });

  it('edits inside the sidebar itself are ignored', async () => {
    document.body.innerHTML = '<p>COPD</p><div data-pa-signpost-ui><p>Eating disorder</p></div>';
    const t = timers();
    const watcher = watchPageContext(document, t, () => undefined);
    document.querySelector('[data-pa-signpost-ui] p')!.textContent = 'anorexia nervosa';
    await settle();
    expect(t.size()).toBe(0);
    watcher.stop();
  });

  it('follows a new body swapped in (as Turbo Drive does on each visit), and edits made in it', async () => {
    document.body.innerHTML = '<p>COPD</p>';
    const original = document.body;
    const t = timers();
    const updates: string[][] = [];
    const watcher = watchPageContext(document, t, (u) => updates.push(u.context.conditions.map((c) => c.id)));
    expect(updates.at(-1)).toEqual(['copd']);
    const next = document.createElement('body');
    next.innerHTML = '<ul id="problems"><li>Asthma</li></ul>';
    document.documentElement.replaceChild(next, original);
    await settle();
    t.flush();
    expect(updates.at(-1)).toEqual(['asthma']);
    const item = document.createElement('li');
    item.textContent = 'Type 2 diabetes';
    document.getElementById('problems')!.append(item);
    await settle();
    t.flush();
    expect(updates.at(-1)).toEqual(['asthma', 'type-2-diabetes']);
    // The old body is nothing to do with the page any more.
    original.innerHTML = '<p>Known COPD</p>';
    await settle();
    expect(t.size()).toBe(0);
    watcher.stop();
    document.documentElement.replaceChild(original, next);
  });

  it('follows a class on the html element when the page\'s style sheets decide what is shown', async () => {
    document.body.innerHTML = '<p>COPD</p><section class="notes"><p>Known asthmatic.</p></section>';
    // Stands in for "html.compact .notes { display: none }".
    const shown = (el: Element) => !(el.classList.contains('notes') && document.documentElement.classList.contains('compact'));
    const t = timers();
    const updates: string[][] = [];
    const watcher = watchPageContext(document, t, (u) => updates.push(u.context.conditions.map((c) => c.id)), { shown });
    expect(updates.at(-1)).toEqual(['copd', 'asthma']);
    document.documentElement.classList.add('compact');
    await settle();
    t.flush();
    expect(updates.at(-1)).toEqual(['copd']);
    document.documentElement.classList.remove('compact');
    await settle();
    t.flush();
    expect(updates.at(-1)).toEqual(['copd', 'asthma']);
    watcher.stop();
    document.documentElement.removeAttribute('class');
  });

  it('ignores the head and the html element\'s own attributes', async () => {
    document.body.innerHTML = '<p>COPD</p>';
    const t = timers();
    const watcher = watchPageContext(document, t, () => undefined);
    document.documentElement.setAttribute('class', 'theme-dark');
    document.head.append(document.createElement('style'));
    await settle();
    expect(t.size()).toBe(0);
    watcher.stop();
    document.documentElement.removeAttribute('class');
    document.head.lastElementChild!.remove();
  });

  // The clock moves 1 ms each time it is read, so a slice (about 8 ms) ends after a fixed number
  // of blocks whatever the machine.
  const steppedClock = () => {
    let clock = 0;
    return vi.spyOn(performance, 'now').mockImplementation(() => (clock += 1));
  };
  const longRecord = (extra = '') =>
    `<main>${Array.from({ length: 600 }, (_, i) => `<p>Session ${i}: walked ${i % 7} days this week.</p>`).join('')}<ul id="problems"><li>Asthma</li>${extra}</ul></main>`;

  it('reads a long record a slice at a time, one slice per task, and sends it once read', () => {
    document.body.innerHTML = longRecord();
    const clock = steppedClock();
    const t = timers();
    const updates: string[][] = [];
    const watcher = watchPageContext(document, t, (u) => updates.push(u.context.conditions.map((c) => c.id)));
    // Not read in the task that opened the sidebar: the rest waits for the next tasks.
    expect(updates).toEqual([]);
    let tasks = 1;
    while (updates.length === 0 && t.size() > 0) {
      t.flush();
      tasks++;
    }
    clock.mockRestore();
    expect(tasks).toBeGreaterThan(2);
    expect(updates).toEqual([['asthma']]);
    expect(calls.create).toBe(1);
    watcher.stop();
  });

  it('edits made while a long record is still being read wait for it, then cost one update', async () => {
    document.body.innerHTML = longRecord();
    const clock = steppedClock();
    const t = timers();
    const updates: string[][] = [];
    const watcher = watchPageContext(document, t, (u) => updates.push(u.context.conditions.map((c) => c.id)));
    // A page that changes between every slice (a ticking clock, say) must not restart the read.
    for (let i = 0; t.size() > 0 && i < 200; i++) {
      const li = document.createElement('li');
      li.textContent = i === 0 ? 'COPD' : `note ${i}`;
      document.getElementById('problems')!.append(li);
      await settle();
      t.flush();
      if (updates.some((u) => u.includes('copd'))) break;
    }
    clock.mockRestore();
    expect(calls.create).toBe(1);
    expect(calls.update).toBeGreaterThanOrEqual(1);
    expect(updates.at(-1)).toEqual(['asthma', 'copd']);
    watcher.stop();
  });

  it('a body swapped in during a sliced first read is read instead, and the old body is never sent', async () => {
    document.body.innerHTML = longRecord();
    const original = document.body;
    const clock = steppedClock();
    const t = timers();
    const updates: string[][] = [];
    const watcher = watchPageContext(document, t, (u) => updates.push(u.context.conditions.map((c) => c.id)));
    expect(t.size()).toBe(1);
    const next = document.createElement('body');
    next.innerHTML = '<p>Known COPD.</p>';
    document.documentElement.replaceChild(next, original);
    await settle();
    for (let i = 0; i < 500 && t.size() > 0; i++) t.flush();
    clock.mockRestore();
    expect(updates).toEqual([['copd']]);
    watcher.stop();
    document.documentElement.replaceChild(original, next);
  });

  it('walks a long record again in slices, reading only new blocks, when an edit lands straight under the body', async () => {
    document.body.innerHTML = `<main>${Array.from({ length: 2100 }, (_, i) => `<p>Session ${i}: walked ${i % 7} days.</p>`).join('')}</main>`;
    const clock = steppedClock();
    const t = timers();
    const updates: string[][] = [];
    const watcher = watchPageContext(document, t, (u) => updates.push(u.context.conditions.map((c) => c.id)));
    for (let i = 0; i < 2000 && t.size() > 0; i++) t.flush();
    expect(updates).toEqual([[]]);
    const analysedBefore = blocksAnalysed();
    // A dialog added to <body>, as many apps do.
    document.body.append(Object.assign(document.createElement('div'), { textContent: 'Known COPD.' }));
    await settle();
    t.flush();
    // A new reader, walking in slices rather than in the flush's one task.
    expect(calls.create).toBe(2);
    expect(t.size()).toBeGreaterThan(0);
    let tasks = 0;
    for (; tasks < 2000 && t.size() > 0; tasks++) t.flush();
    clock.mockRestore();
    expect(tasks).toBeGreaterThan(1);
    expect(updates.at(-1)).toEqual(['copd']);
    // Only the dialog's block was read afresh.
    expect(blocksAnalysed() - analysedBefore).toBe(1);
    watcher.stop();
  });

  it('stops reading a long record when the sidebar closes', () => {
    document.body.innerHTML = longRecord();
    const clock = steppedClock();
    const t = timers();
    const updates: string[][] = [];
    const watcher = watchPageContext(document, t, (u) => updates.push(u.context.conditions.map((c) => c.id)));
    watcher.stop();
    clock.mockRestore();
    expect(t.size()).toBe(0);
    expect(updates).toEqual([]);
  });
});

describe('watchPageContext: a page changed during a sliced first read', () => {
  it('sends what a fresh read gives once the edits are applied', async () => {
    let clock = 0;
    // Every slice runs out at its first chance.
    const now = vi.spyOn(performance, 'now').mockImplementation(() => (clock += 100));
    document.body.innerHTML = Array.from({ length: 20 }, (_, i) => `<div id="D${i}"><span id="S${i}">${i === 15 ? 'Asthma.' : `note ${i}`}</span></div>`).join('');
    const t = timers();
    const sent: ClinicalContext[] = [];
    const watcher = watchPageContext(document, t, (u) => sent.push(u.context));
    expect(sent).toHaveLength(0);
    document.getElementById('D5')!.append(document.getElementById('S12')!);
    document.getElementById('S15')!.textContent = 'No asthma.';
    await settle();
    for (let i = 0; i < 100 && t.size() > 0; i++) t.flush();
    watcher.stop();
    now.mockRestore();
    expect(sent.at(-1)).toEqual(readDocument(document.body, {}));
    expect(sent.at(-1)?.conditions).toEqual([{ id: 'asthma', status: 'negated', text: expect.any(String) }]);
  });
});

// A field's value and tick are properties: typing or ticking edits no DOM, and only the events say so.
describe('watchPageContext: what a person types or ticks in the page', () => {
  const watch = () => {
    const t = timers();
    const sent: ClinicalContext[] = [];
    const watcher = watchPageContext(document, t, (u) => sent.push(u.context));
    return { t, sent, watcher };
  };
  const fire = (el: Element, type: string) => el.dispatchEvent(new Event(type, { bubbles: true }));

  it('reads a score typed into a field, as one update of that field\'s block', async () => {
    document.body.innerHTML = '<form><p><label>PHQ-9 total <input id="phq"></label></p><p>Known COPD.</p></form>';
    const { t, sent, watcher } = watch();
    expect(sent.at(-1)?.measures).toEqual({});
    const field = document.getElementById('phq') as HTMLInputElement;
    const before = blocksAnalysed();
    for (const typed of ['1', '14']) {
      field.value = typed;
      fire(field, 'input');
    }
    fire(field, 'change');
    await settle();
    t.flush();
    expect(calls.create).toBe(1);
    expect(calls.update).toBe(1);
    expect(blocksAnalysed() - before).toBe(1);
    expect(sent.at(-1)?.measures.phq9?.value).toBe(14);
    expect(sent.at(-1)).toEqual(readDocument(document.body, {}));
    watcher.stop();
  });

  it('follows a box ticked, and the radio button a tick elsewhere in its group clears', async () => {
    document.body.innerHTML =
      '<p><label><input type="checkbox" id="asthma"> Asthma</label></p>' +
      '<form><p><label><input type="radio" name="dx" id="copd" checked> COPD</label></p><p><label><input type="radio" name="dx" id="ihd"> Heart disease</label></p></form>';
    const { t, sent, watcher } = watch();
    const statuses = () => Object.fromEntries(sent.at(-1)!.conditions.map((c) => [c.id, c.status]));
    expect(statuses()).toMatchObject({ asthma: 'negated', copd: 'present' });
    const box = document.getElementById('asthma') as HTMLInputElement;
    box.checked = true;
    fire(box, 'change');
    const ihd = document.getElementById('ihd') as HTMLInputElement;
    ihd.checked = true;
    (document.getElementById('copd') as HTMLInputElement).checked = false;
    // Only the button ticked reports it.
    fire(ihd, 'change');
    await settle();
    t.flush();
    expect(statuses()).toMatchObject({ asthma: 'present', copd: 'negated', 'coronary-heart-disease': 'present' });
    expect(sent.at(-1)).toEqual(readDocument(document.body, {}));
    watcher.stop();
  });

  it('follows a form reset, and a page that stops the event on its way up', async () => {
    document.body.innerHTML = '<form id="f"><p><label>Problem <input id="problem" value="Asthma"></label></p></form>';
    const form = document.getElementById('f') as HTMLFormElement;
    const field = document.getElementById('problem') as HTMLInputElement;
    form.addEventListener('input', (event) => event.stopPropagation());
    field.value = 'COPD';
    const { t, sent, watcher } = watch();
    expect(sent.at(-1)?.conditions.map((c) => c.id)).toEqual(['copd']);
    field.value = 'Type 2 diabetes';
    fire(field, 'input');
    await settle();
    t.flush();
    expect(sent.at(-1)?.conditions.map((c) => c.id)).toEqual(['type-2-diabetes']);
    field.value = field.defaultValue;
    fire(form, 'reset');
    await settle();
    t.flush();
    expect(sent.at(-1)?.conditions.map((c) => c.id)).toEqual(['asthma']);
    watcher.stop();
  });

  // A page script that fills in its form by attribute fires no event; the observer has to ask for
  // every attribute the reader reads, not just those that hide or show.
  it('follows a box ticked and a value set by attribute, with no event', async () => {
    document.body.innerHTML = '<form><p><label><input type="checkbox" id="asthma"> Asthma</label></p><p><label>PHQ-9 total <input id="phq"></label></p></form>';
    const { t, sent, watcher } = watch();
    expect(sent.at(-1)?.conditions).toEqual([{ id: 'asthma', status: 'negated', text: expect.any(String) }]);
    document.getElementById('asthma')!.setAttribute('checked', '');
    document.getElementById('phq')!.setAttribute('value', '14');
    await settle();
    t.flush();
    expect(sent.at(-1)?.conditions).toEqual([{ id: 'asthma', status: 'present', text: expect.any(String) }]);
    expect(sent.at(-1)?.measures.phq9?.value).toBe(14);
    expect(sent.at(-1)).toEqual(readDocument(document.body, {}));
    watcher.stop();
  });

  it('ignores fields in the sidebar itself, and stops listening when stopped', async () => {
    document.body.innerHTML = '<p>COPD</p><div data-pa-signpost-ui><input id="own"></div><p><input id="page"></p>';
    const { t, watcher } = watch();
    const own = document.getElementById('own') as HTMLInputElement;
    own.value = 'Asthma';
    fire(own, 'input');
    await settle();
    expect(t.size()).toBe(0);
    watcher.stop();
    const page = document.getElementById('page') as HTMLInputElement;
    page.value = 'Asthma';
    fire(page, 'input');
    await settle();
    expect(t.size()).toBe(0);
  });
});
