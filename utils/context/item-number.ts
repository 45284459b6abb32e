// The item a label names: "Q3", "Item 3", "Question 3", "PHQ-9 Q3", "3. Trouble sleeping", "3)".
// Never a bare "3": as a column header it is as likely a session or a week.
const ITEM_LABEL = /^\s*(?:(?:phq\s?-?\s?9|gad\s?-?\s?7)\s*)?(?:q|qu|item|question)\.?\s?([1-9])(?![\d.]\d|\d)|^\s*([1-9])[.)](?:\s|$)/i;

export function itemNumber(text: string): number | undefined {
  const m = ITEM_LABEL.exec(text);
  return m ? Number(m[1] ?? m[2]) : undefined;
}

// A label that is only a total: "Total", "Total score", "Score", "Sum".
const TOTAL_LABEL = /^\s*(?:total(?:\s+score)?|score|sum)\s*:?\s*$/i;

export function isTotalLabel(text: string): boolean {
  return TOTAL_LABEL.test(text);
}
