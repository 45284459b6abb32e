import { describe, expect, it } from 'vitest';
import { cleanText } from '../../../utils/directory/clean-text.ts';
import { parseBoolean } from '../../../utils/directory/parse-boolean.ts';
import { parseCost } from '../../../utils/directory/parse-cost.ts';
import { parseDate } from '../../../utils/directory/parse-date.ts';
import { parseDays } from '../../../utils/directory/parse-days.ts';
import { parseAgeRange, parseMode, parseReferral } from '../../../utils/directory/parse-enums.ts';
import { parseTimeRange } from '../../../utils/directory/parse-time.ts';

describe('parseDays', () => {
  it.each([
    ['Mon, Wed', ['mon', 'wed']],
    ['Mondays', ['mon']],
    ['Tue & Thu', ['tue', 'thu']],
    ['Mon-Fri', ['mon', 'tue', 'wed', 'thu', 'fri']],
    ['Monday to Wednesday', ['mon', 'tue', 'wed']],
    ['Fri - Mon', ['mon', 'fri', 'sat', 'sun']],
    ['weekends', ['sat', 'sun']],
    ['Daily', ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']],
    ['every Tuesday and Thursday', ['tue', 'thu']],
    ['Sat/Sun', ['sat', 'sun']],
  ])('%j', (text, days) => expect(parseDays(text)).toEqual(days));
  it.each(['Whenever', 'first Monday of the month', '', '10am'])('not days: %j', (text) => expect(parseDays(text)).toBeUndefined());
});

describe('parseTimeRange', () => {
  it.each([
    ['10am-11:30am', { start: '10:00', end: '11:30' }],
    ['10:00 - 11:00', { start: '10:00', end: '11:00' }],
    ['10-11am', { start: '10:00', end: '11:00' }],
    ['11-1pm', { start: '11:00', end: '13:00' }],
    ['6-7pm', { start: '18:00', end: '19:00' }],
    ['7pm', { start: '19:00' }],
    ['10.30am to 12 noon', { start: '10:30', end: '12:00' }],
    ['9-1', { start: '09:00', end: '13:00' }],
    ['1900-2000', { start: '19:00', end: '20:00' }],
    ['from 6.30pm', { start: '18:30' }],
  ])('%j', (text, range) => expect(parseTimeRange(text)).toEqual(range));
  it.each(['sometime', '25:00', '13pm', ''])('not a time: %j', (text) => expect(parseTimeRange(text)).toBeUndefined());
});

describe('parseCost', () => {
  it.each([
    ['Free', { type: 'free', amount: 0 }],
    ['£0', { type: 'free', amount: 0 }],
    ['£3.50', { type: 'paid', amount: 3.5 }],
    ['3.50', { type: 'paid', amount: 3.5 }],
    ['50p', { type: 'paid', amount: 0.5 }],
    ['£2 (concessions £1)', { type: 'paid', amount: 2, text: '£2 (concessions £1)' }],
    ['Concessions £1.50', { type: 'concession', amount: 1.5, text: 'Concessions £1.50' }],
    ['Free for carers', { type: 'free', text: 'Free for carers' }],
    ['Donation', { type: 'paid', text: 'Donation' }],
  ])('%j', (text, cost) => expect(parseCost(text)).toEqual(cost));
});

describe('small readers', () => {
  it('reads yes/no cells', () => {
    expect(['yes', 'Y', 'TRUE', '1', 'x', '✓'].map(parseBoolean)).toEqual([true, true, true, true, true, true]);
    expect(['no', 'N', 'false', '0'].map(parseBoolean)).toEqual([false, false, false, false]);
    expect(parseBoolean('maybe')).toBeUndefined();
  });
  it('reads dates in ISO and UK forms', () => {
    expect(parseDate('2026-09-01')).toBe('2026-09-01');
    expect(parseDate('2026-09-01T10:00:00Z')).toBe('2026-09-01');
    expect(parseDate('01/09/2026')).toBe('2026-09-01');
    expect(parseDate('1.9.26')).toBe('2026-09-01');
    expect(parseDate('1st September 2026')).toBe('2026-09-01');
    expect(parseDate('31/02/2026')).toBeUndefined();
  });
  it('reads ages, modes and referral routes', () => {
    expect(parseAgeRange('18+')).toEqual({ min: 18 });
    expect(parseAgeRange('50-80')).toEqual({ min: 50, max: 80 });
    expect(parseAgeRange('Over 50s')).toEqual({ min: 50 });
    expect(parseAgeRange('Under 25s')).toEqual({ max: 24 });
    expect(parseMode('Face to face')).toBe('in-person');
    expect(parseMode('Zoom')).toBe('online');
    expect(parseReferral('Just turn up')).toBe('drop-in');
    expect(parseReferral('GP referral')).toBe('professional-referral');
  });
  it('removes bidi overrides and zero-width characters but keeps the words', () => {
    expect(cleanText('Free\u202e yoga\u200b class\u0007').text).toBe('Free yoga class');
    expect(cleanText('<a href="x">Walk</a>').html).toBe(true);
    expect(cleanText('5 < 6 and 7 > 3').html).toBe(false);
  });
});
