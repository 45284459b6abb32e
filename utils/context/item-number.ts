// The item a label names: "Q3", "Item 3", "Question 3", "PHQ-9 Q3", "3. Trouble sleeping", "3)".
// Never a bare "3": as a column header it is as likely a session or a week.
const ITEM_LABEL = /^\s*(?:(?:phq\s?-?\s?9|gad\s?-?\s?7)\s*)?(?:q|qu|item|question)\.?\s?([1-9])(?![\d.]\d|\d)|^\s*([1-9])[.)](?:\s|$)/i;

export function itemNumber(text: string): number | undefined {
  const m = ITEM_LABEL.exec(text);
  return m ? Number(m[1] ?? m[2]) : undefined;
}

// A column of item numbers: "Item", "Q", "Question no.". Under it a bare "3" is item 3. Not "No."
// or "#" alone, which as often number sessions.
const ITEM_COLUMN = /^\s*(?:(?:phq\s?-?\s?9|gad\s?-?\s?7)\s+)?(?:items?|q|qu|questions?|qn)\.?(?:\s*(?:no\.?|number|#))?\s*$/i;
const BARE_ITEM = /^\s*([1-9])\s*$/;

export function isItemColumn(text: string): boolean {
  return ITEM_COLUMN.test(text);
}

// The item a row's first cell names, knowing whether its column numbers items.
export function rowItemNumber(text: string, itemColumn: boolean): number | undefined {
  const item = itemNumber(text);
  if (item !== undefined || !itemColumn) return item;
  const bare = BARE_ITEM.exec(text);
  return bare ? Number(bare[1]) : undefined;
}

// A label that is only a total: "Total", "Total score", "Score", "Sum".
const TOTAL_LABEL = /^\s*(?:total(?:\s+score)?|score|sum)\s*:?\s*$/i;

export function isTotalLabel(text: string): boolean {
  return TOTAL_LABEL.test(text);
}
