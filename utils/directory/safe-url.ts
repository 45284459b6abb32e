// Directory text is untrusted. Links are kept only when their scheme is one we allow to open.
export const ALLOWED_LINK_SCHEMES = ['http:', 'https:', 'tel:', 'mailto:'] as const;

export function isSafeLink(value: string): boolean {
  // Strip what browsers ignore before the scheme (controls, spaces) so "java\tscript:" cannot slip by.
  const trimmed = value.replace(/[\u0000-\u0020\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/g, '');
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return false;
  }
  return (ALLOWED_LINK_SCHEMES as readonly string[]).includes(url.protocol) && trimmed === value.trim();
}

export function safeLinkOrUndefined(value: string | undefined): string | undefined {
  return value !== undefined && isSafeLink(value) ? value.trim() : undefined;
}

// A web address as spreadsheets hold it, without its scheme: "www.walkingforhealth.org.uk",
// "example.org/yoga". A host of dotted labels ending in letters, then an optional path.
const BARE_WEB_ADDRESS = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}(?:[/?#][^\s]*)?$/i;

// The https link a bare web address stands for, as a browser's address bar reads it; undefined
// for anything else (a scheme of its own, a space, an email address).
export function bareWebLink(value: string): string | undefined {
  const trimmed = value.trim();
  if (!BARE_WEB_ADDRESS.test(trimmed)) return undefined;
  const link = `https://${trimmed}`;
  return isSafeLink(link) ? link : undefined;
}
