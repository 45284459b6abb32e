// Whether an undated column of a score table names a time in the course of treatment, and where:
// 0 for the start ("Assessment", "Baseline"), 300 for now ("Latest", "Today"), and between for
// the rest ("Session 4", "Review", "Discharge"), in that order (see laterColumn). Undefined for a
// header that says no time ("Score", "Notes").
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
  if (MIDDLE.test(text)) return MIDDLE_TIME;
  if (LATE.test(text)) return 200;
  if (NOW.test(text)) return NOW_TIME;
  return undefined;
}

export const START = 0;
export const NOW_TIME = 300;

const MIDDLE_TIME = 100;

// Whether the column at `time` comes after the one at `before` (to its left). The start and now
// decide; numbered sessions and the end go by their order, so a table may run newest first
// ("Session 6 | Session 5 | Session 4"); a review or mid-point, whose place among sessions is
// unknown, goes by the columns' order.
export function laterColumn(before: number, time: number): boolean {
  if (before === NOW_TIME || time === START) return false;
  if (time === NOW_TIME || before === START) return true;
  if (before === MIDDLE_TIME || time === MIDDLE_TIME) return true;
  return time >= before;
}
