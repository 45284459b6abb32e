// UK postcodes. Only the outward code (district) ever leaves the reader; the inward part is
// dropped as soon as a postcode is recognised, and scrubPostcodes() guards every string we output.
const OUTWARD = '(GIR|[A-PR-UWYZ][A-HK-Y]?\\d[A-Z\\d]?)';
const INWARD = '(\\d[ABD-HJLNP-UW-Z]{2})';
// Written with one space as a rule, but pages also show two, a non-breaking space or a tab.
const FULL_SOURCE = `(?<![A-Za-z0-9])${OUTWARD}[ \\t\\u00a0]{0,2}${INWARD}(?![A-Za-z0-9])`;
// What the scrub removes is wider still: any run of up to three spaces of any kind, line breaks
// and zero-width spaces included, and with letters glued on either side ("asthmaEC1A 1BB", from
// two inline elements with no space between), so no spacing lets a full postcode out.
const SCRUB_SOURCE = `${OUTWARD}[\\s\\u200b]{0,3}${INWARD}`;

export type FoundPostcode = { start: number; end: number; outcode: string };

// One shared expression (reset before each use) rather than a new one per call: this runs for
// every short line of a record.
const FULL = new RegExp(FULL_SOURCE, 'gi');

export function findPostcodes(text: string): FoundPostcode[] {
  const re = FULL;
  re.lastIndex = 0;
  const out: FoundPostcode[] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) out.push({ start: m.index, end: m.index + m[0].length, outcode: m[1]!.toUpperCase() });
  return out;
}

const OUTWARD_ONLY = /^\s*([A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]?)\s*(?:\([A-Za-z][A-Za-z .'-]{0,30}\))?\s*\.?\s*$/i;

// A value that is just a district ("N7"), as a "Postcode district" field may show; a town's name in
// brackets may follow ("CF14 (Cardiff)").
export function outwardOnly(text: string): string | undefined {
  const m = OUTWARD_ONLY.exec(text);
  return m ? m[1]!.toUpperCase() : undefined;
}

// The outward code of a full or outward-only postcode ("n7 6rt" → "N7"), or undefined.
export function outwardCode(value: string): string | undefined {
  const full = findPostcodes(value.trim());
  if (full.length === 1 && full[0]!.start === 0 && full[0]!.end === value.trim().length) return full[0]!.outcode;
  return outwardOnly(value);
}

const SCRUB = new RegExp(SCRUB_SOURCE, 'gi');

export function scrubPostcodes(text: string): string {
  return text.replace(SCRUB, (_all, outward: string) => outward);
}
