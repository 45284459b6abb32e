import { describe, expect, it } from 'vitest';
import type { Handout } from '../../../utils/advice/handout.ts';
import { handoutQrCodes } from '../../../utils/advice/handout-qr-codes.ts';

const handout = (...links: string[]): Handout => ({ title: 'Handout', paragraphs: [], footer: '', activities: links.map((link, i) => ({ name: `Activity ${i}`, link })) });

describe('QR codes for a printed handout', () => {
  it('gives an SVG image for each http(s) link and leaves the rest as text, never rejecting', async () => {
    const codes = await handoutQrCodes(handout('https://www.nhs.uk/better-health/get-active/', 'javascript:alert(1)', 'not a link'));
    expect(Object.keys(codes)).toEqual(['https://www.nhs.uk/better-health/get-active/']);
    expect(codes['https://www.nhs.uk/better-health/get-active/']).toMatch(/^data:image\/svg\+xml,/);
    expect(await handoutQrCodes(handout())).toEqual({});
  });
});
