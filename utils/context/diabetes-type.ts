// "Diabetes: Type 1", "Diabetes type: type 2", "Type of diabetes - T1": the type given as a diabetes
// field's value. "Type 1" alone names nothing ("Type 1 respiratory failure", "type 2 error").
const FIELD_BEFORE = /\b(?:diabet(?:es|ic)(?:\s+mellitus)?(?:\s*\(?\s*type\s*\)?)?|dm|type\s+of\s+diabetes)\s*[:=\-–]\s*$/i;

// Where the field's label starts, or -1 when the type at `start` is not a diabetes field's value.
// Asked by the scan, so that "yes, type 1" under "Do you have diabetes?" names nothing of its own.
export function diabetesFieldStart(text: string, start: number): number {
  const from = Math.max(0, start - 40);
  const m = FIELD_BEFORE.exec(text.slice(from, start));
  return m ? from + m.index : -1;
}
