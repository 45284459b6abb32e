import { ROLE_BIT } from './roles.ts';
import { hasRole, type Hit } from './scan.ts';

// Which of two scores a line gives for one questionnaire is the later: by the words between and
// after them ("19 at assessment, now 11", "15 last week, 12 today", "18 -> 14"), for measures.ts.

// A score's number and where it stands.
export type Num = { kind: 'num'; value: number; start: number; end: number };

// What may follow a score that "then" leads to: not "then 6 CBT sessions", "then 4 of 7 items",
// "then 15 at referral" (back then).
const THEN_SCORE_ENDS = /^\s*(?:$|[.,;:()/]|(?:on|in|after|when|last|this|today|now|and|then|following|post|by)\b|at (?!assessment|referral|intake|baseline))/i;

// Whether the words between two scores make the second the later one. The cue nearest the second
// score speaks for it: "was 19 at assessment, now 11", "from 19 at baseline to 10" (later);
// "8 today (was 19)" (earlier).
export function isLater(between: string, arrows = true, after = ''): boolean {
  const cut = Math.max(between.lastIndexOf(','), between.lastIndexOf('('), between.lastIndexOf(';'));
  const tail = cut >= 0 ? between.slice(cut + 1) : between;
  const near = arrows ? tail : tail.replace(ARROWS, ' ');
  const later = lastIndex(LATEST_CUE_ALL, near);
  const earlier = lastIndex(EARLIER_CUE_ALL, near);
  if (later > earlier && /^then/i.test(near.slice(later)) && !THEN_SCORE_ENDS.test(after)) return false;
  if (later >= 0 || earlier >= 0) return later > earlier;
  // Nothing next to the second score: the first may be marked as the earlier one ("19 at assessment, 11").
  return cut >= 0 && EARLIER_CUE.test(between.slice(0, cut));
}

const LATEST_CUE = /(?:\bto\b|(?<!\bsince\s)\bthen\s*$|\blater\s*$|→|->|\bnow\b|\bcurrently\b|\blatest\b|\btoday\b|\bdischarge\b|\bpost\b|\bfinal\b|\blast session\b|\bmost recent\b|\bend of treatment\b|\bthis week\b|\bat (?:session|week|appointment|appt|review|contact) \d{1,2}\b)/i;

const LATEST_CUE_ALL = new RegExp(LATEST_CUE.source, 'gi');

// Words that make the score after them the older one: "8 today (was 19 at assessment)".
export const EARLIER_CUE = /\b(?:was|were|previously|initially|baseline|at assessment|at referral|at intake|pre|first|from)\b/i;

const EARLIER_CUE_ALL = new RegExp(EARLIER_CUE.source, 'gi');

const ARROWS = /->|→/g;

// Words straight after a score that say when it was taken: "12 last week, 8 today".
// Not a legend for a whole series: "22 20 19 (today first)", "15 19 22 (today, last week,
// assessment)".
// "16 today, GAD-7 12" goes on to another score; "(today, last week, assessment)" is a legend.
const LATER_AFTER = /^\s*\(?\s*(?:today|now|currently|this week|this session|at discharge|at end of treatment|at final session)\b(?!\s*(?:first|,\s*(?:last|previous|prev|at|assessment|baseline|referral|intake|then|week|session)\b))/i;

// Or a month or season it was taken in: "PHQ-9 14 in August, 16 today".
const EARLIER_AFTER = /^\s*\(?\s*(?:last week|last month|last time|last session|previously|at assessment|at referral|at intake|at baseline|initially|in (?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|the (?:spring|summer|autumn|winter)))\b/i;

// "PHQ-9 12 last week, 8 today": a score marked as the earlier one and the next marked as today's
// or now, with nothing else between. Nothing wider: "SH urges 0 now", "sertraline 100 currently"
// and "eldest 16 now" are not the score.
export function markedLatest(text: string, nums: readonly Num[], pick: Num): Num {
  const next = nums[nums.indexOf(pick) + 1];
  if (!next) return pick;
  const mark = EARLIER_AFTER.exec(text.slice(pick.end, pick.end + 24));
  if (!mark || !PAIR_JOIN.test(text.slice(pick.end + mark[0].length, next.start).replace(TRAILING_ASIDE, ''))) return pick;
  const later = LATER_AFTER.exec(text.slice(next.end, next.end + 32));
  // "2 today on item 9", "5 today on the AUDIT-C": another score's.
  return later && PHRASE_ENDS.test(text.slice(next.end + later[0].length, next.end + later[0].length + 8)) ? next : pick;
}

const PHRASE_ENDS = /^\s*(?:$|[.,;:)(]|and\b|with\b|-)/i;

// What the earlier score's time may trail before the join: "15 last week (worse after her
// bereavement), 12 today", "15 last week…, 12 today". Not an aside with a number: "(was 19)".
const TRAILING_ASIDE = /^(?:\s*(?:\([^()\d]{0,60}\)|…|\.{3}))+/;

// "14 last month and is 16 today": a verb of the score's may follow the join.
const PAIR_JOIN = /^\s*\)?\s*(?:[,;]|and|then|vs\.?|versus|compared (?:with|to))?\s*(?:(?:is|was|now|is now)\s+)?\(?\s*$/i;

// An arrow leads on from the score picked so far, or from a number nothing names as another
// quantity: "18 (moderate), 14 -> 9", "since the assault 15 → 24", "19 (→ 14 today)"; not "Q9 2,
// SH urges 6 -> 0", "mood rating 3 -> 6", "6 cans/day → 2", "citalopram 20 -> 40" or "(session 4 -> 5)".
export function arrowFrom(text: string, hits: readonly Hit[], pick: Num, from: Num, to: Num, item9: boolean): boolean {
  if (NUMBER_IN_PAREN_ARROW.test(text.slice(Math.max(pick.end, from.end - 40), to.start))) return false;
  if (from === pick) return true;
  // Item 9 follows another arrow only upwards, the safe way: "Item 9 0 at discharge, since relapse
  // 1 → 2", not "Q9 2; A&E visits 3 -> 0".
  if (item9) return to.value > pick.value;
  const lead = LEAD_WORDS.exec(text.slice(pick.end, from.start))![0];
  const tail = TAIL_WORDS.exec(text.slice(to.end, to.end + 24))![0];
  if (OTHER_QUANTITY.test(lead) || OTHER_QUANTITY.test(text.slice(from.end, to.start)) || OTHER_QUANTITY.test(tail)) return false;
  // "binges 4 -> 0", "days off sick 5 -> 0": a plural noun right before the number counts it.
  const plural = COUNTED.exec(lead);
  if (plural && !TIME_PLURAL.test(plural[1]!)) return false;
  return !drugBetween(hits, from.start - lead.length, from.start);
}

const COUNTED = /\b([a-z]{3,}s)\s*:?\s*$/i;

const TIME_PLURAL = /^(?:weeks|months|days|sessions|appointments|appts|contacts|reviews|wks|mths|yrs|years)$/i;

// An arrow inside brackets that starts from a number there: "(session 4 -> 5 no change)".
const NUMBER_IN_PAREN_ARROW = /\([^)]*\d[^)\d]*(?:->|→)[^)]*$/;

const LEAD_WORDS = /[^,;(\d]*$/;

const TAIL_WORDS = /^[^,;.(]*/;

// What else a number in a note counts: urges, ratings, drinks, doses, steps, episodes, other scales.
const OTHER_QUANTITY = /\b(?:suicid\w*|panic|alcohol|thoughts?|nightmares?|flashbacks?|y-?bocs|hads|urges?|ratings?|rated|mood|suds|cans?|units?|episodes?|attacks?|drinks?|cigarettes?|cigs|hours?|hrs|sleep|sh|self[- ]?harm(?:ing)?|mg|doses?|steps?|stepped|level|weight|bmi|kg|stone|out of 10|wsas|core|audit|pcl|epds|items?|q\d|per (?:day|week)|a (?:day|week))\b|\/10\b/i;

function drugBetween(hits: readonly Hit[], from: number, to: number): boolean {
  for (const h of hits) if (h.start >= from && h.end <= to && hasRole(h, ROLE_BIT.medication)) return true;
  return false;
}

function lastIndex(re: RegExp, text: string): number {
  let at = -1;
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) at = m.index;
  return at;
}
