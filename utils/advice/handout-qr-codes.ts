// QR code images (data: URLs of SVG) for a handout's links, by link. The encoder is loaded only
// here, when a handout is printed: it is about a tenth of the sidebar's code. A link that cannot
// be encoded, or an encoder that cannot be loaded (the extension updated while the sidebar was
// open), leaves that link printed as text: the handout prints regardless.
export async function handoutQrCodes(links: readonly string[]): Promise<Record<string, string>> {
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
