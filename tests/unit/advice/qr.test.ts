import { describe, expect, it } from 'vitest';
import { qrSvg, svgDataUrl } from '../../../utils/advice/qr.ts';

describe('qrSvg', () => {
  it('returns an SVG for an https link', async () => {
    const svg = await qrSvg('https://example.org/walks');
    expect(svg).toMatch(/^<svg/);
    expect(svgDataUrl(svg)).toMatch(/^data:image\/svg\+xml,%3Csvg/);
  });
  it.each(['javascript:alert(1)', 'data:text/html,hi', 'tel:0123', 'not a link'])('refuses %s', async (link) => {
    await expect(qrSvg(link)).rejects.toThrow(/expected an http\(s\) link/);
  });
});
