import { OUTCODE_PATTERN } from '../context/schema.ts';

// The inward code is a digit and two letters ("6QQ"); no outward code ends that way, so it can be
// recognised even when the space is missing ("N76QQ").
const INWARD = /\d[A-Z]{2}$/;

// The outward code (district) of a full or partial UK postcode, upper case, or undefined when the
// text is not a postcode. Only the district is ever kept, never the full postcode.
export function outcodeOf(postcode: string): string | undefined {
  if (typeof postcode !== 'string') return undefined;
  const upper = postcode.toUpperCase().replace(/[\u00a0\t]/g, ' ').trim();
  if (upper === '' || upper.length > 12) return undefined;
  const parts = upper.split(/\s+/);
  let outward: string;
  if (parts.length >= 2) {
    // "N7 6QQ", "N7 6" (a sector) or "N7 6Q": the first part is the district.
    if (parts.length > 2 || !/^\d[A-Z]{0,2}$/.test(parts[1] ?? '')) return undefined;
    outward = parts[0] ?? '';
  } else {
    const compact = parts[0] ?? '';
    outward = compact.length >= 5 && INWARD.test(compact) ? compact.slice(0, -3) : compact;
  }
  return OUTCODE_PATTERN.test(outward) ? outward : undefined;
}
