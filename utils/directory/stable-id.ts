// cyrb53: a fast 53-bit string hash. 53 bits keep accidental collisions negligible at 100,000 rows
// (a 32-bit hash would very likely collide at that size).
function cyrb53(text: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

// The same row gives the same id on every import, so a refreshed spreadsheet updates activities
// rather than duplicating them. Parts are normalised so spacing and case edits keep the id.
export function stableId(...parts: (string | undefined)[]): string {
  const key = parts.map((p) => (p ?? '').toLowerCase().replace(/\s+/g, ' ').trim()).join('|');
  return `a-${cyrb53(key).toString(36)}`;
}
