// Dates as UK records write them: 01/10/2026, 1/10/26, 01.10.2026, 01-10-2026, 2026-10-01,
// 1 Oct 2026, 1st October 2026, 01-Oct-2026, October 1, 2026. Day first unless that is impossible
// (10/31/2026 is read as US). Every pattern is a flat sequence: no nested quantifiers.
export type DateParts = { year: number; month: number; day: number; twoDigitYear?: true };

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';

// Groups: 1-3 numeric d/m/y; 4-6 ISO y-m-d; 7-9 d Month y; 10-12 Month d, y.
export const DATE_SOURCE =
  `(?<![\\d/.-])(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4}|\\d{2})(?![\\d/])` +
  `|(?<![\\d/.-])(\\d{4})-(\\d{1,2})-(\\d{1,2})(?![\\d/-])` +
  `|(?<!\\d)(\\d{1,2})(?:st|nd|rd|th)?[ -](?:of )?${MONTH}\\.?,?[ -](\\d{4}|\\d{2})(?!\\d)` +
  `|(?<![a-z])${MONTH}\\.? (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})(?!\\d)`;

export type FoundDate = { start: number; end: number; date: DateParts };

function valid(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1 || year < 1880 || year > 2200) return false;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= days;
}

function fromParts(d: string, m: string, y: string): DateParts | undefined {
  let day = Number(d);
  let month = Number(m);
  const two = y.length === 2;
  const year = two ? 2000 + Number(y) : Number(y);
  if (month > 12 && day <= 12) [day, month] = [month, day];
  if (!valid(year, month, day)) return undefined;
  return two ? { year, month, day, twoDigitYear: true } : { year, month, day };
}

function monthNumber(name: string): number {
  return MONTHS[name.slice(0, name.toLowerCase().startsWith('sept') ? 4 : 3).toLowerCase()] ?? 0;
}

const DATES = new RegExp(DATE_SOURCE, 'gi');
const HAS_DIGIT = /\d/;

// Dates in text[from, to). The window is cut out first so a search never runs past `to`.
export function findDates(text: string, from = 0, to = text.length): FoundDate[] {
  const out: FoundDate[] = [];
  // Keep a few characters before `from` so the lookbehinds see the real neighbours.
  const lead = Math.min(from, 2);
  const window = from === 0 && to === text.length ? text : text.slice(from - lead, to);
  if (!HAS_DIGIT.test(window)) return out;
  const base = from - lead;
  const re = DATES;
  re.lastIndex = lead;
  let m: RegExpExecArray | null;
  while ((m = re.exec(window)) !== null) {
    let date: DateParts | undefined;
    if (m[1] !== undefined) date = fromParts(m[1], m[2]!, m[3]!);
    else if (m[4] !== undefined) date = valid(Number(m[4]), Number(m[5]), Number(m[6])) ? { year: Number(m[4]), month: Number(m[5]), day: Number(m[6]) } : undefined;
    else if (m[7] !== undefined) date = fromParts(m[7], String(monthNumber(m[8]!)), m[9]!);
    else if (m[10] !== undefined) date = fromParts(m[11]!, String(monthNumber(m[10])), m[12]!);
    if (date) out.push({ start: base + m.index, end: base + m.index + m[0].length, date });
  }
  return out;
}

// A day and month with no year ("27/11 - PHQ-9 12", "Week 4 (27/11): ..."), read only where a
// journal line opens with it: elsewhere "2/52", "3/7" and "12/27" are durations and scores. Kept as
// "0000-11-27" until the merge, which knows today, gives it the latest year not after today.
export const YEARLESS = '0000';
// A slash only: "09.05 Phone review" is a time, "2.2 At assessment" a section's number.
const DAY_MONTH = /^(\d{1,2})\/(\d{1,2})(?![\d/.])/;
export function yearlessDate(text: string): string | undefined {
  return yearlessAt(text)?.date;
}

// The whole cell is a day and month ("20/11", spaces aside).
export function dayMonthOnly(cell: string): string | undefined {
  const trimmed = cell.trim();
  const found = yearlessAt(trimmed);
  return found && found.end === trimmed.length ? found.date : undefined;
}

// The day and month `text` opens with, and where they end.
export function yearlessAt(text: string): { date: string; end: number } | undefined {
  const m = DAY_MONTH.exec(text);
  if (!m) return undefined;
  const day = Number(m[1]);
  const month = Number(m[2]);
  // 29 February is allowed: some year has it.
  if (month < 1 || month > 12 || day < 1 || day > new Date(Date.UTC(2000, month, 0)).getUTCDate()) return undefined;
  return { date: `${YEARLESS}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`, end: m[0].length };
}

// The yearless date's year: the latest that has the day (29 February) and puts it no later than
// `today` (both ISO).
export function resolveYearless(date: string, today: string): string {
  if (!date.startsWith(YEARLESS)) return date;
  const month = Number(date.slice(5, 7));
  const day = Number(date.slice(8, 10));
  for (let year = Number(today.slice(0, 4)); ; year--) {
    const dated = `${year}${date.slice(4)}`;
    if (dated <= today && valid(year, month, day)) return dated;
  }
}

export function firstDate(text: string): DateParts | undefined {
  return findDates(text)[0]?.date;
}

export function isoDate(date: DateParts): string {
  return `${String(date.year).padStart(4, '0')}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
}

// A birth year written with two digits is in the past: 01/02/70 is 1970, 01/02/05 is 2005.
export function resolveBirthDate(date: DateParts, now: Date): DateParts {
  if (!date.twoDigitYear) return date;
  const year = date.year > now.getUTCFullYear() ? date.year - 100 : date.year;
  return { year, month: date.month, day: date.day };
}

export function ageOn(dob: DateParts, now: Date): number {
  const y = now.getUTCFullYear();
  const m = now.getUTCMonth() + 1;
  const d = now.getUTCDate();
  let age = y - dob.year;
  if (m < dob.month || (m === dob.month && d < dob.day)) age--;
  return age;
}

// A cell that is a month and year alone ("Jan 2026", "November 2026"), as the ISO date of its first
// day: a column of a table of scores by month.
const MONTH_YEAR = new RegExp(String.raw`^\s*${MONTH}\.?\s+((?:19|20)\d\d)\s*$`, 'i');

export function monthYear(text: string): string | undefined {
  const m = MONTH_YEAR.exec(text);
  return m ? `${m[2]}-${String(monthNumber(m[1]!)).padStart(2, '0')}-01` : undefined;
}
