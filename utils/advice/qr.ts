import QRCode from 'qrcode';

// A QR code for a printed handout link. Only http(s) links: a QR code for javascript: or data: would
// carry the same risk as the link itself. The UI shows the SVG through an <img> data URL, never as markup.
export async function qrSvg(url: string): Promise<string> {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    throw new TypeError(`expected an http(s) link, found ${JSON.stringify(url.slice(0, 80))}`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new TypeError(`expected an http(s) link, found a ${parsed.protocol} link`);
  }
  return QRCode.toString(parsed.href, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
}

export function svgDataUrl(svg: string): string {
  return `data:image/svg+xml,${encodeURIComponent(svg)}`;
}
