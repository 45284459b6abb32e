const START = 0;
const MIDDLE_TIME = 100;
const LATE_TIME = 200;
const NOW_TIME = 300;

// "Previous | Latest", "Before | After": a column before the other, read as the start.
const EARLY = /^(?:initial(?: assess(?:ment)?)?|assess(?:ment)?|assmt|ax|baseline|referral|intake|first(?: (?:session|appointment|contact|score))?|pre(?:[- ]?(?:treatment|therapy|intervention))?|start(?: of (?:treatment|therapy))?|triage|screening|previous(?: (?:score|session|review|result))?|prior|earlier|before(?: (?:treatment|therapy))?|(?:last|previous) (?:week|month|time|visit))$/i;
// "Tx3", "Rx 3": treatment session 3.
const NUMBERED = /^(?:session|sess|appointment|appt|week|wk|contact|treatment|tx|rx|s|t)\.?\s*(\d{1,2})(?:\s*of\s*\d{1,2})?$|^(\d{1,2})(?:st|nd|rd|th)\s+(?:session|appointment|appt|week|contact)$/i;
// Reviews and follow-ups come after the sessions: "Discharge | Review 1", "Session 3 | Follow-up".
const REVIEW = /^(?:review|follow[- ]?up|fu)\.?\s*(\d{1,2})$/i;
const MIDDLE = /^(?:review|mid[- ]?(?:point|treatment|way)?)$/i;
const LATE = /^(?:discharge|end(?: of (?:treatment|therapy))?|final(?: (?:session|score))?|last(?: (?:session|appointment|contact|score))?|post(?:[- ]?(?:treatment|therapy|intervention))?|closing|close|follow[- ]?up|fu|re-?assessment|after(?: (?:treatment|therapy))?)$/i;
const NOW = /^(?:latest|current(?: session| episode)?|today|now|most recent|this (?:session|week|month|time|visit))$/i;
const NOW_BRACKET = /\((?:today|now|latest|current)\)/i;
// Time since the start, as clinicians write it: "6/52" and "6 weeks", "3/12", "3 months" and
// "Month 3". Counted in weeks, as numbered sessions and weeks are (most courses meet weekly).
// A review or follow-up at that time is the same column: "3/12 follow-up", "6/52 review".
const WEEKS = /^(\d{1,2})\s*(?:\/\s*52|(?:weeks?|wks?))(?:\s+(?:follow[- ]?up|fu|review|post))?$/i;
const MONTHS = /^(?:(\d{1,2})\s*(?:\/\s*12|(?:months?|mths?))|(?:month|mth)\s*(\d{1,2}))(?:\s+(?:follow[- ]?up|fu|review|post))?$/i;
const WEEKS_IN_MONTH = 4.35;
// Below a review or mid-point's time, which is never ordered against numbers.
const LONGEST = MIDDLE_TIME - 1;

// "3/12": three months, or 3 December. A duration in a row of other times ("Baseline | 6/52 |
// 3/12"); a date otherwise ("20/11 | 3/12").
export function monthsOrDate(header: string): boolean {
  return /^\s*\d{1,2}\s*\/\s*12\b/.test(header);
}

// A header is a few words; anything longer names no time (and is not scanned: a cell of a long
// run of spaces must stay cheap).
const MAX_HEADER = 40;

// Whether an undated column of a score table names a time in the course of treatment, and which:
// the start ("Assessment", "Baseline"), now ("Latest", "Today", "Session 6 (today)"), a numbered
// session or week, a review or mid-point, the end ("Discharge", "Follow-up") or a numbered review
// after it. Undefined for a header that says no time ("Score", "Notes").
export function columnTime(header: string): number | undefined {
  if (header.length > MAX_HEADER) return undefined;
  // "Session 6 (today)": the bracket says now.
  if (NOW_BRACKET.test(header)) return NOW_TIME;
  const open = header.indexOf('(');
  const text = (open >= 0 ? header.slice(0, open) : header).trim().replace(/[:.]$/, '');
  if (EARLY.test(text)) return START;
  const numbered = NUMBERED.exec(text);
  if (numbered) return 1 + Number(numbered[1] ?? numbered[2]);
  const weeks = WEEKS.exec(text);
  if (weeks) return Math.min(LONGEST, 1 + Number(weeks[1]));
  const months = MONTHS.exec(text);
  if (months) return Math.min(LONGEST, 1 + Math.round(Number(months[1] ?? months[2]) * WEEKS_IN_MONTH));
  const review = REVIEW.exec(text);
  if (review) return LATE_TIME + 1 + Number(review[1]);
  if (MIDDLE.test(text)) return MIDDLE_TIME;
  if (LATE.test(text)) return LATE_TIME;
  if (NOW.test(text)) return NOW_TIME;
  return undefined;
}

// The words that name a target or a cut-off, not a score: a column's ("Target PHQ-9") or a row's
// ("Target  <10  <8").
const TARGET_WORDS = 'target|goal|aim|cut-?off|caseness|threshold';
export const NAMES_TARGET = new RegExp(`\\b(?:${TARGET_WORDS})\\b`, 'i');
export const OPENS_WITH_TARGET = new RegExp(`^(?:${TARGET_WORDS})\\b`, 'i');

// A column of a score table that holds no score of the person's: "Change", "Target", "Cut-off".
const NOT_SCORE = /^(?:(?:%|percent(?:age)?) change|change(?: score)?|difference|diff|improvement|reduction|target|goal|aim|(?:clinical )?cut[- ]?off|(?:clinical |recovery |caseness )?threshold|caseness|max(?:imum)?(?: (?:score|possible))?|out of|(?:normal |reference )?range|reliable change|rci|trend|notes?|comments?|band|severity|interpretation)$/i;

export function notScoreColumn(header: string): boolean {
  return header.length <= MAX_HEADER && NOT_SCORE.test(header.trim().replace(/[:.]$/, ''));
}

// Whether a table's time columns run newest first: the start last or now first ("Session 8 |
// Session 4 | Assessment", "Latest | Assessment"), or, with no start first, numbered sessions and
// ends falling ("Session 6 | Session 5 | Session 4", "Follow-up | Session 8"). Numbers that start
// again ("S1 | S6 | S1 | S5", after a step up) run left to right.
export function runsNewestFirst(times: readonly (number | undefined)[]): boolean {
  const known = times.filter((t): t is number => t !== undefined);
  if (known.length < 2) return false;
  if (known[known.length - 1] === START || known[0] === NOW_TIME) return true;
  if (known[0] === START) return false;
  const ordered = known.filter((t) => t !== START && t !== NOW_TIME && t !== MIDDLE_TIME);
  let fell = false;
  for (let k = 1; k < ordered.length; k++) {
    if (ordered[k]! > ordered[k - 1]!) return false;
    if (ordered[k]! < ordered[k - 1]!) fell = true;
  }
  return fell;
}

// A column that says it is now ("Latest", "Today", "Current").
export function isNowColumn(time: number | undefined): boolean {
  return time === NOW_TIME;
}

// Whether the column at `time` comes after the one at `before` (to its left): the start and now
// decide; otherwise the table's direction does.
export function laterColumn(before: number, time: number, newestFirst: boolean): boolean {
  if (before === NOW_TIME || time === START) return false;
  if (time === NOW_TIME || before === START) return true;
  return !newestFirst;
}
