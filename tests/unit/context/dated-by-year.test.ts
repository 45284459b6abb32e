import { describe, expect, it } from 'vitest';
import { readText } from '../../../utils/context/read-text.ts';
import { readDocument } from '../../../utils/context/read-document.ts';

// Whether a dated pregnancy or birth is over depends on today, so the merge decides it, not the
// reading of the block (which is cached and shared between reads).
describe('a pregnancy or birth dated by year', () => {
  it('is current in the year after, and over from two calendar years on', () => {
    const read = (now: string) => readText('Pregnant (2025). Asthma.', { now: new Date(now) });
    expect(read('2026-11-27T12:00:00Z').flags).toContain('pregnancy');
    expect(read('2027-01-02T12:00:00Z').flags).not.toContain('pregnancy');
    expect(read('2027-01-02T12:00:00Z').conditions.map((c) => c.id)).toEqual(['asthma']);
  });

  it('is judged against today again when the same page is read later', () => {
    document.body.innerHTML = '<p>Gave birth in 2025.</p>';
    expect(readDocument(document.body, { now: new Date('2026-03-01T12:00:00Z') }).flags).toContain('postnatal');
    expect(readDocument(document.body, { now: new Date('2027-03-01T12:00:00Z') }).flags).not.toContain('postnatal');
  });
});
