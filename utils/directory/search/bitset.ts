// Fixed-size bitsets over activity positions (0..n-1). Facet filters are ANDs and ORs of these, so
// a filter over 100,000 activities touches about 3,000 words instead of 100,000 objects.

export type Bitset = Uint32Array;

export function createBitset(size: number): Bitset {
  return new Uint32Array((size + 31) >>> 5);
}

export function setBit(bits: Bitset, i: number): void {
  bits[i >>> 5]! |= 1 << (i & 31);
}

export function hasBit(bits: Bitset, i: number): boolean {
  return (bits[i >>> 5]! & (1 << (i & 31))) !== 0;
}

export function fillBitset(size: number): Bitset {
  const bits = createBitset(size);
  bits.fill(0xffffffff);
  // Clear the bits past the end so counts stay exact.
  const tail = size & 31;
  if (tail !== 0) bits[bits.length - 1] = (1 << tail) - 1;
  return bits;
}

// In place: `into` becomes into AND other.
export function andInto(into: Bitset, other: Bitset): Bitset {
  for (let w = 0; w < into.length; w++) into[w]! &= other[w]!;
  return into;
}

export function orInto(into: Bitset, other: Bitset): Bitset {
  for (let w = 0; w < into.length; w++) into[w]! |= other[w]!;
  return into;
}

export function andNotInto(into: Bitset, other: Bitset): Bitset {
  for (let w = 0; w < into.length; w++) into[w]! &= ~other[w]!;
  return into;
}

export function popcount(bits: Bitset): number {
  let count = 0;
  for (let w = 0; w < bits.length; w++) {
    let x = bits[w]!;
    x -= (x >>> 1) & 0x55555555;
    x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
    count += (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
  }
  return count;
}

// Calls fn for each set bit in ascending order.
export function forEachBit(bits: Bitset, fn: (i: number) => void): void {
  for (let w = 0; w < bits.length; w++) {
    let word = bits[w]!;
    while (word !== 0) {
      const low = word & -word;
      fn((w << 5) + (31 - Math.clz32(low)));
      word ^= low;
    }
  }
}

// Calls fn for each bit set in a AND b (andNot: a AND NOT b) without allocating a new bitset.
export function forEachBitAnd(a: Bitset, b: Bitset, fn: (i: number) => void, andNot = false): void {
  for (let w = 0; w < a.length; w++) {
    let word = andNot ? a[w]! & ~b[w]! : a[w]! & b[w]!;
    while (word !== 0) {
      const low = word & -word;
      fn((w << 5) + (31 - Math.clz32(low)));
      word ^= low;
    }
  }
}
