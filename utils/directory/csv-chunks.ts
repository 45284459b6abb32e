// Splits CSV text into slices of whole records without parsing it, so a 100,000-row file can be
// parsed a slice at a time with the event loop free in between. Quotes are tracked the way
// papaparse reads them (only a quote at the start of a field opens a quoted field), so line
// breaks inside quoted cells never split a record.

export interface CsvSlice {
  // Index of the slice's first record in the file (0 = header).
  firstRecord: number;
  records: number;
  start: number;
  end: number;
}

export function sliceCsvRecords(text: string, delimiter: string, recordsPerSlice: number): CsvSlice[] {
  const slices: CsvSlice[] = [];
  const delim = delimiter.charCodeAt(0);
  let inQuotes = false;
  let fieldStart = true;
  let start = 0;
  let records = 0;
  let firstRecord = 0;
  const len = text.length;
  for (let i = 0; i < len; i++) {
    const c = text.charCodeAt(i);
    if (inQuotes) {
      if (c === 34) {
        if (text.charCodeAt(i + 1) === 34) i++;
        else inQuotes = false;
      }
      continue;
    }
    if (c === 34 && fieldStart) {
      inQuotes = true;
      fieldStart = false;
    } else if (c === delim) {
      fieldStart = true;
    } else if (c === 10) {
      records++;
      fieldStart = true;
      if (records === recordsPerSlice) {
        slices.push({ firstRecord, records, start, end: i });
        firstRecord += records;
        records = 0;
        start = i + 1;
      }
    } else if (c !== 13) {
      fieldStart = false;
    }
  }
  // A last record without a final line break still counts.
  const unterminated = len > 0 && (inQuotes || text.charCodeAt(len - 1) !== 10);
  const last = records + (unterminated ? 1 : 0);
  if (start < len && last > 0) slices.push({ firstRecord, records: last, start, end: unterminated ? len : len - 1 });
  return slices;
}

// The slice's text without its final line break (papaparse would read one more, empty, record).
export function sliceText(text: string, slice: CsvSlice): string {
  const end = text.charCodeAt(slice.end - 1) === 13 ? slice.end - 1 : slice.end;
  return text.slice(slice.start, end);
}
