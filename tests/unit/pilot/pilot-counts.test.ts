import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { countEvent } from '../../../utils/pilot/count-event.ts';
import { countsToCsv } from '../../../utils/pilot/counts-to-csv.ts';
import { createPilotRecorder } from '../../../utils/pilot/create-pilot-recorder.ts';
import { emptyPilotCounts, RETAINED_DAYS, type PilotCounts } from '../../../utils/pilot/pilot-counts-schema.ts';
import { loadPilotCounts, resetCounts } from '../../../utils/pilot/pilot-store.ts';
import { recordPilotEvent } from '../../../utils/pilot/record-pilot-event.ts';
import { repairPilotCounts } from '../../../utils/pilot/repair-pilot-counts.ts';
import { summarisePilotCounts } from '../../../utils/pilot/summarise-pilot-counts.ts';
import { saveSettings, loadSettings } from '../../../utils/settings/settings-store.ts';

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('recordPilotEvent', () => {
  it('records nothing by default (pilot counts off)', async () => {
    const set = vi.spyOn(browser.storage.local, 'set');
    await recordPilotEvent({ type: 'sidebar-open' });
    await recordPilotEvent({ type: 'note-copied' });
    expect(set).not.toHaveBeenCalledWith(expect.objectContaining({ pilotCounts: expect.anything() }));
    expect(await browser.storage.local.get('pilotCounts')).toEqual({});
  });

  it('counts per day once switched on, and stops when switched off', async () => {
    await saveSettings({ ...(await loadSettings()), pilotCounts: true });
    await recordPilotEvent({ type: 'sidebar-open' });
    await recordPilotEvent({ type: 'sidebar-open' });
    await recordPilotEvent({ type: 'script-shown', length: '5min', groups: ['diabetes', 'musculoskeletal'] });
    await saveSettings({ ...(await loadSettings()), pilotCounts: false });
    await recordPilotEvent({ type: 'sidebar-open' });
    const counts = await loadPilotCounts();
    const [day] = Object.keys(counts.days);
    expect(counts.days[day!]).toEqual({
      'sidebar-opens': { all: 2 },
      'scripts-by-length': { '5min': 1 },
      'scripts-by-condition-group': { diabetes: 1, musculoskeletal: 1 },
    });
  });

  it('follows a policy that switches counts on', async () => {
    vi.spyOn(browser.storage.managed, 'get').mockResolvedValue({ pilotCounts: true } as never);
    await recordPilotEvent({ type: 'handout-printed' });
    expect(Object.values((await loadPilotCounts()).days)[0]).toEqual({ 'handouts-printed': { all: 1 } });
  });

  it('resetCounts clears everything', async () => {
    await saveSettings({ ...(await loadSettings()), pilotCounts: true });
    await recordPilotEvent({ type: 'sidebar-open' });
    await resetCounts();
    expect(await loadPilotCounts()).toEqual(emptyPilotCounts());
  });
});

describe('counting', () => {
  it('maps signposted activities to Activity List types, anything else to "other"', () => {
    let counts = countEvent(emptyPilotCounts(), { type: 'signpost', activityLabels: ['Walking group', 'walk', 'Chair Yoga'] }, '2026-10-01');
    counts = countEvent(counts, { type: 'signpost', activityLabels: ['Knit and natter'] }, '2026-10-01');
    counts = countEvent(counts, { type: 'signpost', activityLabels: [] }, '2026-10-01');
    expect(counts.days['2026-10-01']?.['signposts-by-activity']).toEqual({ Walking: 1, 'Chair Yoga': 1, other: 2 });
  });

  it('counts a script with no conditions under "none", and provision gaps by district, group and filter', () => {
    let counts = countEvent(emptyPilotCounts(), { type: 'script-shown', length: '30s', groups: [] }, '2026-10-01');
    counts = countEvent(counts, { type: 'provision-gap', gap: { district: 'N7', conditionGroup: 'diabetes', filter: 'cost' } }, '2026-10-01');
    expect(counts.days['2026-10-01']).toEqual({
      'scripts-by-length': { '30s': 1 },
      'scripts-by-condition-group': { none: 1 },
      'provision-gaps': { 'N7|diabetes|cost': 1 },
    });
  });

  it('keeps at most 400 days, dropping the oldest', () => {
    let counts: PilotCounts = emptyPilotCounts();
    const start = Date.UTC(2025, 0, 1);
    for (let i = 0; i < RETAINED_DAYS + 5; i++) counts = countEvent(counts, { type: 'sidebar-open' }, new Date(start + i * 86_400_000).toISOString().slice(0, 10));
    const days = Object.keys(counts.days).sort();
    expect(RETAINED_DAYS).toBe(400);
    expect(days).toHaveLength(400);
    expect(days[0]).toBe('2025-01-06');
  });

  it('runs records one after another so none is lost', async () => {
    let stored = emptyPilotCounts();
    const recorder = createPilotRecorder({
      enabled: async () => true,
      load: async () => structuredClone(stored),
      save: async (c) => void (stored = c),
      now: () => new Date(2026, 9, 1),
    });
    await Promise.all(Array.from({ length: 20 }, () => recorder.record({ type: 'note-copied' })));
    expect(stored.days['2026-10-01']).toEqual({ 'notes-copied': { all: 20 } });
  });

  it('when disabled neither loads nor saves', async () => {
    const load = vi.fn(async () => emptyPilotCounts());
    const save = vi.fn(async () => undefined);
    await createPilotRecorder({ enabled: async () => false, load, save }).record({ type: 'sidebar-open' });
    expect(load).not.toHaveBeenCalled();
    expect(save).not.toHaveBeenCalled();
  });
});

describe('countsToCsv', () => {
  it('has the header date,measure,key,count and one row per counter, oldest day first', () => {
    let counts = countEvent(emptyPilotCounts(), { type: 'note-copied' }, '2026-10-02');
    counts = countEvent(counts, { type: 'sidebar-open' }, '2026-10-01');
    counts = countEvent(counts, { type: 'sidebar-open' }, '2026-10-01');
    counts = countEvent(counts, { type: 'script-shown', length: '2min', groups: ['depression'] }, '2026-10-01');
    counts = countEvent(counts, { type: 'provision-gap', gap: { district: 'unknown', conditionGroup: 'none', filter: 'none' } }, '2026-10-02');
    expect(countsToCsv(counts)).toBe(
      [
        'date,measure,key,count',
        '2026-10-01,sidebar-opens,all,2',
        '2026-10-01,scripts-by-length,2min,1',
        '2026-10-01,scripts-by-condition-group,depression,1',
        '2026-10-02,notes-copied,all,1',
        '2026-10-02,provision-gaps,unknown|none|none,1',
        '',
      ].join('\r\n'),
    );
  });

  it('is just the header when nothing is counted', () => {
    expect(countsToCsv(emptyPilotCounts())).toBe('date,measure,key,count\r\n');
  });
});

describe('repairPilotCounts', () => {
  it('keeps valid counters and drops invalid days, measures, keys and counts without repeating them', () => {
    const { counts, repaired } = repairPilotCounts({
      version: 1,
      days: {
        '2026-10-01': {
          'sidebar-opens': { all: 3, 'Aisha Rahman': 1 },
          'signposts-by-activity': { Walking: 2, other: -1, Swimming: 1.5 },
          'provision-gaps': { 'N7|diabetes|cost': 1, 'N7 6RT|diabetes|cost': 1 },
          names: { x: 1 },
        },
        '2026-02-30': { 'sidebar-opens': { all: 1 } },
        'Flat 3, 27 Hornsey Road': { 'sidebar-opens': { all: 1 } },
        '2026-10-02': 'lots',
      },
    });
    expect(counts).toEqual({
      version: 1,
      days: { '2026-10-01': { 'sidebar-opens': { all: 3 }, 'signposts-by-activity': { Walking: 2 }, 'provision-gaps': { 'N7|diabetes|cost': 1 } } },
    });
    expect(repaired).toHaveLength(8);
    expect(repaired.join('\n')).not.toMatch(/Aisha|Rahman|Hornsey|6RT/);
  });

  it('restores empty counts from garbage and trims to 400 days', () => {
    expect(repairPilotCounts('x')).toEqual({ counts: emptyPilotCounts(), repaired: ['pilot counts: expected an object; counts cleared'] });
    expect(repairPilotCounts(undefined)).toEqual({ counts: emptyPilotCounts(), repaired: [] });
    const days = Object.fromEntries(Array.from({ length: 410 }, (_, i) => [new Date(Date.UTC(2025, 0, 1) + i * 86_400_000).toISOString().slice(0, 10), { 'notes-copied': { all: 1 } }]));
    const { counts, repaired } = repairPilotCounts({ version: 1, days });
    expect(Object.keys(counts.days)).toHaveLength(400);
    expect(repaired).toEqual(['pilot counts: 10 days older than the newest 400 dropped']);
  });

  it('the store repairs what it reads and writes the repaired copy back', async () => {
    await browser.storage.local.set({ pilotCounts: { version: 1, days: { '2026-10-01': { 'sidebar-opens': { all: 2, bogus: 1 } } } } });
    expect((await loadPilotCounts()).days).toEqual({ '2026-10-01': { 'sidebar-opens': { all: 2 } } });
    expect((await browser.storage.local.get('pilotCounts')).pilotCounts).toEqual({ version: 1, days: { '2026-10-01': { 'sidebar-opens': { all: 2 } } } });
  });
});

describe('summarisePilotCounts', () => {
  it('gives the last 14 days of sidebar opens, zeros included, and totals per measure', () => {
    let counts = countEvent(emptyPilotCounts(), { type: 'sidebar-open' }, '2026-10-14');
    counts = countEvent(counts, { type: 'sidebar-open' }, '2026-10-01');
    counts = countEvent(counts, { type: 'sidebar-open' }, '2026-09-30');
    counts = countEvent(counts, { type: 'note-copied' }, '2026-09-30');
    const summary = summarisePilotCounts(counts, new Date(2026, 9, 14));
    expect(summary.opensByDay).toHaveLength(14);
    expect(summary.opensByDay[0]).toEqual({ day: '2026-10-01', count: 1 });
    expect(summary.opensByDay[13]).toEqual({ day: '2026-10-14', count: 1 });
    expect(summary.opensByDay.slice(1, 13).every((d) => d.count === 0)).toBe(true);
    expect(summary.totals.find((t) => t.measure === 'sidebar-opens')?.count).toBe(3);
    expect(summary.totals.find((t) => t.measure === 'notes-copied')?.count).toBe(1);
    expect(summary.days).toBe(3);
  });
});
