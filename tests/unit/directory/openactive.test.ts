import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { crawlRpde } from '../../../utils/directory/openactive/crawl-rpde.ts';
import { importRpdePages, type RpdePage } from '../../../utils/directory/openactive/import-rpde-pages.ts';
import { ActivitySchema } from '../../../utils/directory/schema.ts';

const load = (name: string): RpdePage[] => JSON.parse(readFileSync(join(process.cwd(), 'tests/fixtures/directory', name), 'utf8'));
const now = new Date('2026-11-27T00:00:00Z');

describe('importRpdePages: Modelling Opportunity Data 2.0', () => {
  const pages = load('openactive-pages.json');
  const result = importRpdePages(pages, { now });
  const byId = Object.fromEntries(result.activities.map((a) => [a.id, a]));

  it('maps a SessionSeries with eventSchedule, Place, offers and restrictions', () => {
    expect(byId['https://example.org/api/session-series/ss-1']).toMatchObject({
      name: 'Gentle Hatha Yoga',
      activities: ['Hatha Yoga'],
      mode: 'in-person',
      organiser: { name: 'Northside Leisure', url: 'https://example.org/northside', phone: '01632 960000' },
      venue: { name: 'Northside Leisure Centre', address: '1 High St, Testtown', postcode: 'N7 6QQ', lat: 51.5531, lng: -0.1182 },
      schedule: [{ days: ['mon', 'wed'], start: '10:00', end: '11:00' }],
      cost: { type: 'paid', amount: 3.5, text: 'Adult: £5.00; Concession: £3.50' },
      suitableFor: expect.arrayContaining(['wheelchair-accessible', 'women-only', 'beginners']),
      ageRange: { min: 18 },
      url: 'https://example.org/yoga',
      updated: '2026-11-01',
    });
    for (const a of result.activities) expect(v.is(ActivitySchema, a)).toBe(true);
  });

  it('drops deleted items and builds a schedule from ScheduledSessions', () => {
    expect(byId['https://example.org/api/session-series/ss-2']).toBeUndefined();
    expect(byId['https://example.org/api/session-series/ss-3']).toMatchObject({
      activities: ['Aqua Aerobics'],
      cost: { type: 'free' },
      schedule: [{ days: ['mon', 'thu'], start: '18:00', end: '19:00' }],
    });
    expect(result.activities).toHaveLength(2);
  });

  it('reports items out of order', () => {
    const order = result.issues.filter((i) => /out of order|in order of modified/.test(i.message));
    expect(order).toHaveLength(1);
    expect(order[0]).toMatchObject({ level: 'warning', item: 'ss-3' });
  });

  it('notices a feed that was not read to its end, and pages that do not follow', () => {
    const partial = importRpdePages(pages.slice(0, 1), { now });
    expect(partial.issues.some((i) => /not read to its end/.test(i.message))).toBe(true);
    const gap = importRpdePages([pages[0]!, pages[2]!], { now });
    expect(gap.issues.some((i) => /pages may be missing/.test(i.message))).toBe(true);
    expect(result.issues.some((i) => /not read to its end|pages may be missing/.test(i.message))).toBe(false);
  });

  it('drops a javascript: link from a feed with a warning', () => {
    const single = importRpdePages([{ url: 'https://f/x', body: { next: 'https://f/x', items: [pages[0]!.body as never].flatMap((b: { items: unknown[] }) => b.items).slice(1) } }], { now });
    const football = single.activities[0]!;
    expect(football.url).toBeUndefined();
    expect(football).toMatchObject({ activities: ['Walking Football'], cost: { type: 'free' }, ageRange: { min: 50 }, suitableFor: ['older-adults'] });
    expect(single.issues.find((i) => i.field === 'url')?.message).toMatch(/unsafe/);
    expect(single.issues.some((i) => i.field === 'name' && /HTML/.test(i.message))).toBe(true);
  });
});

describe('importRpdePages: older feeds', () => {
  const result = importRpdePages(load('openactive-pre2.json'), { now });

  it('reads `type`, plain-string activities, string addresses and string coordinates', () => {
    const [pilates, social] = result.activities;
    expect(pilates).toMatchObject({
      id: 'https://old.example.org/sessions/11',
      activities: ['Pilates'],
      organiser: { name: 'Old Town Pilates' },
      venue: { address: 'Church Lane, Oldtown OX1 1AA', postcode: 'OX1 1AA', lat: 51.752, lng: -1.2577 },
      schedule: [{ days: ['tue'], start: '19:00', end: '20:00' }],
      cost: { type: 'paid', amount: 6 },
    });
    expect(social).toMatchObject({ activities: ['Underwater hockey'], schedule: [{ days: ['sat'], start: '09:00' }] });
  });

  it('warns about unknown activities and missing prices', () => {
    const about = result.issues.filter((i) => i.item === 'https://old.example.org/sessions/12').map((i) => i.message);
    expect(about.join('\n')).toMatch(/unknown activity "Underwater hockey"/);
    expect(about.join('\n')).toMatch(/expected offers with a price/);
  });

  it('follows relative next URLs with afterChangeNumber paging', () => {
    expect(result.issues.some((i) => /not read to its end|pages may be missing/.test(i.message))).toBe(false);
  });
});

describe('crawlRpde', () => {
  const pages = load('openactive-pages.json');
  const feed = new Map(pages.map((p) => [p.url, p.body]));
  const fetchPage = async (url: string) => {
    if (!feed.has(url)) throw new Error(`404 ${url}`);
    return structuredClone(feed.get(url));
  };

  it('follows next until the last-page rule and reports progress', async () => {
    const progress: [number, number][] = [];
    const result = await crawlRpde(pages[0]!.url, fetchPage, { now, onProgress: (d, t) => progress.push([d, t]) });
    expect(result.pages.map((p) => p.url)).toEqual(pages.map((p) => p.url));
    expect(result.activities).toHaveLength(2);
    expect(progress).toEqual([[1, 2], [2, 3], [3, 3]]);
  });

  it('stops at maxPages with a warning', async () => {
    const result = await crawlRpde(pages[0]!.url, fetchPage, { maxPages: 1, now });
    expect(result.issues.some((i) => /stopped after 1 pages/.test(i.message))).toBe(true);
  });

  it('reports a failed page and a loop rather than throwing', async () => {
    const broken = await crawlRpde('https://feeds.example.org/nowhere', fetchPage);
    expect(broken.issues[0]?.message).toMatch(/failed request: 404/);
    const loop = await crawlRpde('https://l/1', async () => ({ items: [{ state: 'deleted', id: 'x', modified: 1 }], next: 'https://l/1' }));
    expect(loop.issues.some((i) => /already read/.test(i.message))).toBe(true);
  });

  it('can be cancelled', async () => {
    const controller = new AbortController();
    const pending = crawlRpde(pages[0]!.url, async (url) => {
      controller.abort();
      return fetchPage(url);
    }, { signal: controller.signal });
    await expect(pending).rejects.toThrow();
  });
});
