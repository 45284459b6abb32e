import type { Handout } from './handout.ts';

// QR code images (data: URLs of SVG) for a handout's http(s) links, by link. The encoder is loaded
// only here, when a handout is printed: it is about a tenth of the sidebar's code. A link that
// cannot be encoded (qrSvg refuses anything but http(s)), or an encoder that cannot be loaded (the
// extension updated while the sidebar was open), leaves that link printed as text: the handout
// prints regardless.
export async function handoutQrCodes(handout: Handout): Promise<Record<string, string>> {
  const links = handout.activities.flatMap((a) => (a.link ? [a.link] : []));
  if (links.length === 0) return {};
  let qr: typeof import('./qr.ts');
  try {
    qr = await import('./qr.ts');
  } catch {
    return {};
  }
  const codes: Record<string, string> = {};
  for (const link of links) {
    try {
      codes[link] = qr.svgDataUrl(await qr.qrSvg(link));
    } catch {
      // Printed as text only.
    }
  }
  return codes;
}
