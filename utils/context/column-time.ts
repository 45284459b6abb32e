// Whether an undated column of a score table names a time in the course of treatment, and where:
// 0 for the start ("Assessment", "Baseline"), 300 for now ("Latest", "Today"), and between for
// the rest ("Session 4", "Review", "Discharge"). Columns read left to right; only the start and
// now override that order (see laterColumn). Undefined for a header that says no time ("Score",
// "Notes").
const EARLY = /^(?:initial(?: assessment)?|assessment|baseline|referral|intake|first|pre(?:[- ]treatment)?|start(?: of treatment)?|triage|screening)$/i;
const NUMBERED = /^(?:session|sess|appointment|appt|week|wk|contact|review|s|t)\s*(\d{1,2})(?:\s*of\s*\d{1,2})?$/i;
const MIDDLE = /^(?:review|mid[- ]?(?:point|treatment|way)?)$/i;
const LATE = /^(?:discharge|end(?: of treatment)?|final(?: session)?|last(?: session)?|post(?:[- ]treatment)?|closing|close)$/i;
const NOW = /^(?:latest|current|today|now|most recent)$/i;

export function columnTime(header: string): number | undefined {
  const text = header.trim().replace(/[:.]$/, '');
  if (EARLY.test(text)) return START;
  const numbered = NUMBERED.exec(text);
  if (numbered) return 1 + Number(numbered[1]);
  if (MIDDLE.test(text)) return 100;
  if (LATE.test(text)) return 200;
  if (NOW.test(text)) return NOW_TIME;
  return undefined;
}

export const START = 0;
export const NOW_TIME = 300;

// Whether the column at `time` comes after the one at `before`, read left to right: always, unless
// the earlier column is "now" or the later one is the start.
export function laterColumn(before: number, time: number): boolean {
  return before !== NOW_TIME && time !== START;
}
