// Where an undated column of a score table stands in the course of treatment, from its header:
// "Assessment" before "Session 4" before "Session 8" before "Discharge", and "Latest" after all.
// Undefined for a header that says no time ("Score", "Notes"), so a row is only read as running
// left to right when every header it crosses says so.
const EARLY = /^(?:initial(?: assessment)?|assessment|baseline|referral|intake|first|pre(?:[- ]treatment)?|start(?: of treatment)?|triage|screening)$/i;
const NUMBERED = /^(?:session|sess|appointment|appt|week|wk|contact|review|s|t)\s*(\d{1,2})(?:\s*of\s*\d{1,2})?$/i;
const MIDDLE = /^(?:review|mid[- ]?(?:point|treatment|way)?)$/i;
const LATE = /^(?:discharge|end(?: of treatment)?|final(?: session)?|last(?: session)?|post(?:[- ]treatment)?|closing|close)$/i;
const NOW = /^(?:latest|current|today|now|most recent)$/i;

export function columnTime(header: string): number | undefined {
  const text = header.trim().replace(/[:.]$/, '');
  if (EARLY.test(text)) return 0;
  const numbered = NUMBERED.exec(text);
  if (numbered) return 1 + Number(numbered[1]);
  if (MIDDLE.test(text)) return 100;
  if (LATE.test(text)) return 200;
  if (NOW.test(text)) return 300;
  return undefined;
}
