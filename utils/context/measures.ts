import { DATE_SOURCE, isoDate, findDates } from './dates.ts';
import type { MeasureCandidate } from './findings.ts';
import { ANSWER_SOURCE, answerScore } from './item-answers.ts';
import { readItemList } from './item-list.ts';
import { MAX_SCORE } from './lexicon/measures.ts';
import { CONDITION_BITS, ROLE_BIT, type MeasureId } from './roles.ts';
import { hasRole, roleOf, type Hit } from './scan.ts';
import { arrowFrom, EARLIER_CUE, isLater, markedLatest, type Num } from './later-score.ts';
import { figureOfMany } from './measure-owner.ts';

// Scores written in text: "PHQ-9: 14", "PHQ9 score 14/27 on 01/10/2026", "GAD-7 12 (1 Oct 2026),
// 9 (5 Nov 2026)", "scored 14 on the PHQ-9", "PHQ-9 and GAD-7 were 14 and 9". A label reads the
// numbers after it up to the next label or the end of the sentence; numbers that are dates,
// counters ("session 4"), units ("9 items") or out of range are never scores.

type Label = { hit: Hit; measure: MeasureId | 'item9' | 'other' | 'counter' };
type Token = Num | { kind: 'date'; iso: string; start: number; end: number };

// Not a session or week number glued to its letter: "s1", "T2", "wk6" (a typo such as "is22" still counts).
const TOKEN_SOURCE = `${DATE_SOURCE}|(?<![\\d.,/]|\\b(?:[sStTwW]|wk|Wk|WK|wks))(\\d{1,3})(?![\\d]|[.,]\\d)`;
const NUMBER_GROUP = 13;
// A unit of the number before it, not items or a day named after it: "9 items", not "18 item 9 =
// 1", "19 questions 1-8, question 9 scored 2" or "14 day 3". A
// session or week after a number stays a unit: "wk1 19 wk6 11" and "week 2-17 week 6-11" put the
// week first.
const UNIT_AFTER = /^\s?(?!(?:items?|questions?)\s?#?(?:\d|nine\b)|day\s?\d)(?:(?:more|further|extra|additional)\s+(?:[a-z]+\s+)?(?:sessions?|appointments?|appts?|contacts?|weeks?)\b|steps?\b|units?\b|items?|questions?|weeks?|wks?|days?|months?|years?|yrs?|y\/o|sessions?|occasions?|%|mg|mcg|micrograms?|kg|cm|mins?|minutes?|hours?|hrs?|times|x\b|th\b|st\b|nd\b|rd\b|am\b|pm\b|:\d)/i;
const RANGE_END = /^\s?\d{1,2}\s?(?:-|–|to)\s?$/i;
// "questions 1-9", "sessions 1 to 3", "session 1-4: ...": a range of items or sessions, rising.
// Not with an arrow: "recent sessions 1 → 2" may be item 9's answers.
// After one session the number is otherwise a score ("session 6-14", "session 5-22 - 2 on q9",
// "from 19 at session 1 to 11"), and "8 sessions 19-11" falls.
const ITEM_OR_PLURAL = /^(?:items?|questions?|q|\w+s)$/i;
const DASH_RANGE = /^\s?\d{1,2}[-–]$/;
const SCORES_FOLLOW = /^\s*(?::|scores?\b)/i;
function isRange(counter: string, between: string, last: number, after: string): boolean {
  const first = Number(/\d{1,2}/.exec(between)?.[0]);
  if (first >= last) return false;
  return ITEM_OR_PLURAL.test(counter) ? RANGE_END.test(between) : DASH_RANGE.test(between) && SCORES_FOLLOW.test(after);
}
const OUT_OF_BEFORE = /(?:\/|out of)\s?$/i;
// "/27", "out of 21": the scale's maximum, not a second score ("PHQ-9/GAD-7: 14/11" is two).
const MAXIMA = new Set([27, 21, 3]);
// An arrow from an earlier score, "18 -> 14", is no "greater than". A bare ">" is one: "14 > 10
// so meets caseness".
const ARROW_BEFORE = /->\s?$/;
const DAY_BEFORE = /\bday\s?$/i;
// A threshold, target or change, not a score: "PHQ-9 target below 10", "≥ 10 indicates caseness",
// "reduce PHQ-9 by 6 points", "GAD-7 above 8".
const NOT_A_SCORE_BEFORE = /(?:[<>≥≤]=?|\b(?:below|above|under|over|less than|more than|greater than|at least|at most|target(?: of)?|threshold(?: of)?|cut-?off(?: (?:of|for caseness|for recovery))?|by|of at least|aim(?: of)?|goal(?: of)?)\s*:?)\s?$/i;
const TARGET_LABEL_BEFORE = /\b(?:target|goal|aim|expected|predicted)\s*:?\s*$/i;
// "PHQ-9 of 10 or more", "GAD-7 8+": a cut-off, told after its number. Not "PHQ-9 14 + GAD-7 9".
const NOT_A_SCORE_AFTER = /^(?:\+(?!\s*\d)|\s*(?:or (?:more|above|higher|over|greater|less|below|lower|under)|and (?:above|over|below|under))\b)/i;
// A sum has three terms at least: not "PHQ-9 15 +2 since last week", a change.
const SUM_AFTER = /^\s?\+\s?\d{1,2}\s?\+\s?\d/;
const SUM_BEFORE = /\d\s?\+\s?$/;
const ON_NEXT = /^\s?(?:\/\s?2[17]\s?)?(?:points?\s)?(?:on|in|for)\s(?:the\s|a\s|her\s|his\s|their\s)?$/i;
// Between two scores told before their labels: "11 on the PHQ-9 and 10 on the GAD-7".
const LOOKBACK_CHAIN = /^\s*(?:,\s*)?(?:and\s+)?\d{1,2}\s?(?:\/\s?2[17]\s?)?(?:points?\s)?(?:on|in|for)\s(?:the\s)?$/i;
const ONLY_ON = /^\s*(?:,\s*)?(?:(?:both\s+)?(?:completed|done|taken)\s+)?(?:on\s+)?\(?$/i;
const LOOKBACK = /(\d{1,2})\s?(?:\/\s?2[17]\s?)?(?:points?\s)?(?:on|in|for)\s(?:the\s|a\s|her\s|his\s|their\s)?$/i;
const HAS_ARROW = /->|→/;
// Three or more scores one after another with only a comma or "then" between are a series,
// oldest first: "PHQ-9 scores: 19, 16, 12, 8". Spaces alone are not enough ("12 E10 7BL" is a
// postcode), nor are two ("PHQ-9 14, 3 on item 9").
const SERIES = /^\s*(?:[,;]|,?\s*then)\s*$/i;
// A bracket straight after the last value that names each one's time, in order.
const LEGEND = /^\s*\(([^()]{3,80})\)/;
const LEGEND_NOW = /^\s*(?:today|now|current(?:ly)?|latest|this (?:week|session))\s*$/i;
function legendPick<T extends { end: number }>(text: string, nums: readonly T[]): T | undefined {
  if (nums.length < 2) return undefined;
  const legend = LEGEND.exec(text.slice(nums[nums.length - 1]!.end, nums[nums.length - 1]!.end + 90));
  if (!legend) return undefined;
  const parts = legend[1]!.split(/[,/]/);
  if (parts.length !== nums.length) return undefined;
  const now = parts.findIndex((part) => LEGEND_NOW.test(part));
  return now >= 0 ? nums[now] : undefined;
}
// Two values for two labels, "14/11", straight after them or after their date, never in a date.
const PAIR = /^\s*(?:(?:on\s+)?\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\s*)?[:=-]?\s*(\d{1,2})\s*\/\s*(\d{1,2})(?![\d/.-])/i;
// "on 24/11": a day and month with no year, not a score.
const DAY_MONTH = /^\/(\d{1,2})(?![\d/])/;
const ON_BEFORE = /\b(?:on|dated|from)\s$|\(\s*$/i;
const TODAY_AFTER = /^\s*\(?\s*today\b/i;
// "Session 6 today: PHQ-9 16", "Today her PHQ-9 is 11": "today" earlier in the clause, with no
// other score or date between.
// "Today's PHQ-9 13, GAD-7 10": "today" before a list of scores dates each of them.
const TODAY_BEFORE = /\btoday\b[^.;\n\d]{0,30}$|\btoday(?:['’]s)?(?:\s*[:–-]\s*|\s+)(?:phq|gad)[^.;\n]{0,30}$/i;

// "today" after the last number before the label: not "10/11/2026: PHQ9 today 11, GAD 7 14".
const TODAY_WORD = /\btoday\b[^\d]*$/i;
// "PHQ-9 today 13".
const TODAY_JUST_BEFORE = /[,;]\s*(?:and\s+)?today\s*[:=-]?\s*$/i;
const TODAY_BETWEEN = /^[^\d.;\n]{0,12}\btoday\b[^\d.;\n]{0,12}$/i;

function todayBefore(text: string, at: number): boolean {
  return TODAY_BEFORE.test(text.slice(Math.max(0, at - 40), at));
}
// "last week", "twice a week": a time, not a counter with its number after it (unless it labels one).
const TIME_BEFORE = /\b(?:last|this|next|per|a|each|every)\s+$/i;
// "PHQ-9 last week: 11", "last week 2 on item 9" label the number after with its time, as a counter
// would; "last session 0" counts sessions.
const NUMBER_NEXT = /^\s*[:=]?\s*\d/;
const TIME_WORD = /^(?:weeks?|wks?)$/i;
// "PHQ-9 this session 10", "GAD-7 this week: 8": the number is this entry's score.
const THIS_BEFORE = /\bthis\s+$/i;
const ENTRY_WORD = /^(?:weeks?|wks?|session|appointment|appt|contact|visit)$/i;
function isTime(text: string, counter: Hit): boolean {
  const word = text.slice(counter.start, counter.end);
  const before = text.slice(Math.max(0, counter.start - 8), counter.start);
  if (ENTRY_WORD.test(word) && THIS_BEFORE.test(before)) return true;
  return TIME_WORD.test(word) && TIME_BEFORE.test(before) && !NUMBER_NEXT.test(text.slice(counter.end, counter.end + 4));
}
// "PHQ-9 history (newest first): 22, 15, 11".
const NEWEST_FIRST = /\b(?:newest|latest|most recent) first\b/i;
// The scores' own label says so: "Scores (newest first):", not "Appointments (most recent first):".
const SCORES_NEWEST_FIRST = /\b(?:scores?|sessions?|results?|measures?|outcomes?|history|phq-?9?|gad-?7?|reviews?)\s*[(,-]?\s*(?:newest|latest|most recent) first\)?\s*:/i;
const CONNECTOR = /^[\s,/&]*(?:and)?[\s,/&]*$/i;

// An item's answer right after its words or the rest of them ("better off dead, or of hurting
// yourself in some way - Several days", "Q9 thoughts better off dead - nearly every day"), or after its words in brackets or quotes ("Q9 (thoughts
// better off dead): Nearly every day", "Item 9 'self-harm' several days", and the closing bracket
// when those words are a label themselves). Only item 9's words: "Q9 (sleep)" is another form's item.
const ITEM9_WORDS = String.raw`(?=[^()"“”]*?\b(?:dead|death|die|dying|hurt\w*|harm\w*|suicid\w*|kill\w*|self[- ]?injur\w*)\b)`;
const ANSWER = new RegExp(String.raw`^[)'’"”]?[\s,]*(?:\(${ITEM9_WORDS}[^()\d]{1,80}\)|['‘"“]${ITEM9_WORDS}[^'’"”\d]{1,80}['’"”]|thoughts?\b[a-z ,'’/-]{0,60}?\b(?:dead|harm\w*|hurting yourself(?: in some way)?))?[\s,]*(?:or (?:of )?hurting yourself(?: in some way)?)?[\s:=?-]*(${ANSWER_SOURCE})\b`, 'i');

function max(measure: MeasureId | 'item9'): number {
  return measure === 'item9' ? 3 : MAX_SCORE[measure];
}

const TOKENS = new RegExp(TOKEN_SOURCE, 'gi');

// `inside`: names whose digits are no numbers ("Item 9 (PHQ-9): 1").
function tokens(text: string, from: number, to: number, counters: Hit[], inside: readonly Hit[] = []): Token[] {
  const lead = Math.min(from, 2);
  const window = text.slice(from - lead, to);
  const base = from - lead;
  const re = TOKENS;
  re.lastIndex = lead;
  const out: Token[] = [];
  // The ends of ranges set aside ("session 6-11"): when nothing else is left, the score after all.
  const rangeEnds: Token[] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(window)) !== null) {
    const start = base + m.index;
    const end = start + m[0].length;
    if (m[NUMBER_GROUP] === undefined) {
      const date = findDates(m[0])[0];
      if (date) out.push({ kind: 'date', iso: isoDate(date.date), start, end });
      continue;
    }
    if (UNIT_AFTER.test(text.slice(end, end + 28))) continue;
    const value = Number(m[NUMBER_GROUP]);
    const before = text.slice(Math.max(0, start - 28), start);
    if (MAXIMA.has(value) && OUT_OF_BEFORE.test(before)) continue;
    const dayMonth = DAY_MONTH.exec(text.slice(end, end + 4));
    if (dayMonth && ON_BEFORE.test(before) && value <= 31 && Number(dayMonth[1]) <= 12) continue;
    if (NOT_A_SCORE_BEFORE.test(before) && !ARROW_BEFORE.test(before)) continue;
    if (NOT_A_SCORE_AFTER.test(text.slice(end, end + 16))) continue;
    // "GAD-7 (3+3+2+2+1+1+2) = 14": the items of a sum, not its total.
    if (SUM_AFTER.test(text.slice(end, end + 4)) || SUM_BEFORE.test(before)) continue;
    // "on day 3": a day's number, not a score.
    if (DAY_BEFORE.test(before)) continue;
    // "Q1 2": neither the 1 of the counter nor the 2 after it is a score; nor the 9 of "questions 1-9".
    // Not past a closing bracket: "PHQ-9 (first session) 20".
    if (counters.some((c) => c.start <= start && start - c.end <= 2 && !text.slice(c.end, start).includes(')'))) continue;
    if (inside.length > 0 && inside.some((h) => h.start <= start && start < h.end)) continue;
    if (counters.some((c) => c.start <= start && start - c.end <= 9 && isRange(text.slice(c.start, c.end), text.slice(c.end, start), value, text.slice(end, end + 8)))) {
      rangeEnds.push({ kind: 'num', value, start, end });
      continue;
    }
    out.push({ kind: 'num', value, start, end });
  }
  return out.some((t) => t.kind === 'num') ? out : [...out, ...rangeEnds].sort((a, b) => a.start - b.start);
}

// First index in the sorted bounds at or after pos.
function lowerBound(bounds: number[], pos: number): number {
  let lo = 0;
  let hi = bounds.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (bounds[mid]! < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// Between a questionnaire's name and its own item: "AUDIT Q9", "CORE-10 (question 9)".
const OWN_ITEM = /^[\s:(-]{0,3}$/;

const ITEM_OF = /^\s*(?:of|on|in|from)\s+(?:the\s+)?$/i;

// How far an item list with its total may run after the questionnaire's name: past a sentence
// end, as in "1: 2, ... 9: 2. Total 14".
const LIST_REACH = 300;

// The sentence around a position: hard bounds are '.', '!', newline and '|' (not ';' or ',', nor
// an ellipsis that trails on: "PHQ-9 19 at assessment (before meds)... 14 today"), looked for no
// further than a window's length away.
const REACH = 200;

// An ellipsis trails on between scores: a number before it and one straight after ("19 at
// assessment (before meds)... 14 today"), or the questionnaire's name and its score ("PHQ-9...
// 19", "PHQ-9 score... 17", "PHQ-9 was... 21 today"); not "PHQ-9 not completed... has 2 children".
const NUMBER_BEFORE_DOTS = /(?<![\w-])\d{1,2}[^.!?\n\d]{0,40}$/;
const NUMBER_AFTER_DOTS = /^[.\s]*(?:[a-z]+\s+)?\d/i;
// The name may have words of its own before the dots ("PHQ-9 at assessment... 22", "Q9... scored
// 2"), though none that say it was not done.
const NAME_BEFORE_DOTS = /\b(?:phq|gad)[\s-]?\d{1,2}\b(?![^.!?\n]*\b(?:not|declined|refused|pending|incomplete|missed|unable|n\/a|awaiting|outstanding|due)\b)[^.!?\n\d]{0,30}$|\b(?:q|item|question)\s?9\b[^.!?\n\d]{0,20}$/i;
const SCORE_AFTER_DOTS = /^[.\s]*(?:(?:score(?:\s+of)?|scored|was|is|of|=|:|now|today)\s*)?\d/i;
function soft(text: string, b: number): boolean {
  const c = text.charCodeAt(b);
  if (c === 59) return true;
  if (c !== 46 || (text.charCodeAt(b - 1) !== 46 && text.charCodeAt(b + 1) !== 46)) return false;
  let first = b;
  while (first > 0 && text.charCodeAt(first - 1) === 46) first--;
  const before = text.slice(Math.max(0, first - 48), first);
  const after = text.slice(b + 1, b + 24);
  return (NUMBER_BEFORE_DOTS.test(before) && NUMBER_AFTER_DOTS.test(after)) || (NAME_BEFORE_DOTS.test(before) && SCORE_AFTER_DOTS.test(after));
}

function sentenceStart(text: string, bounds: number[], pos: number): number {
  for (let i = lowerBound(bounds, pos) - 1; i >= 0; i--) {
    const b = bounds[i]!;
    if (pos - b > REACH) return pos - REACH;
    if (!soft(text, b)) return b + 1;
  }
  return Math.max(0, pos - REACH);
}

function sentenceEnd(text: string, bounds: number[], pos: number): number {
  for (let i = lowerBound(bounds, pos); i < bounds.length; i++) {
    const b = bounds[i]!;
    if (b - pos > REACH) return pos + REACH;
    if (!soft(text, b)) return b;
  }
  return Math.min(text.length, pos + REACH);
}

// "GAD", the diagnosis, names the questionnaire in IAPT shorthand when its score follows straight
// after ("PHQ 12 GAD 9", "GAD: 9") or it stands beside the PHQ ("PHQ and GAD were 14 and 9");
// otherwise it is the diagnosis ("GAD since 2019"). analyse-span.ts then drops the mention.
// The score ends there: "GAD 9", "GAD 9/21", "GAD: 9 today", "PHQ 12 GAD 9 WSAS 20", "GAD 15 / PHQ
// 12"; not a duration or a range ("GAD 20+ yrs", "GAD 6/12", "GAD 3/52", "GAD 20 - 30 years",
// "GAD 3 admissions"). A trend counts with an arrow ("GAD 16 -> 12", read as 12), not with a dash
// ("GAD 16-12" may be a range of years).
const SCORE_NEXT = /^\s*(?:[:=–-]\s*)?(?!\d{1,2}\s*\/\s*(?:12|52)\b)\d{1,2}(?!\d)(?:\s*\/\s*21)?(?![-–\/]\d)(?=\s*(?:$|[,.;:)|(\n]|(?:->|→)\s*\d{1,2}(?!\d|\s*(?:\/\s*(?:12|52)|months?|mths?|years?|yrs?|weeks?|wks?|days?|mg|mcg|micrograms?)\b)|(?:[\/&–-]|->|→)?\s*(?:phq|gad|wsas|core|ies|pswq|spin|pcl|oci|hai|epds|audit|bai|bdi|hads|dass|pdss|ors|srs|mia|asi)\w*|[–-]\s*\(?(?:mild|moderate|severe|minimal)\b|(?<=\s)[–—-]\s+[a-z]|(?:today|on|at|and|in|last week|score|points?|\(?mild|\(?moderate|\(?severe|\(?minimal)\b|\d{1,2}[/.-]\d))/i;
const JOINED = /^\s*(?:and|&|\/|,)\s*$/i;
const LIST_NUMBER_BEFORE = /\b(\d{1,2})[.)]\s*$/;
const LIST_NUMBER_AFTER = /^\s*(\d{1,2})[.)]/;

// "2) GAD 3) Insomnia": the number after "GAD" is the list's next one, not a score ("2. GAD 9." ending
// its item, "Week 4. GAD 9. PHQ 12." are scores). A list that skips a number ("1. Depression 2. GAD
// 4. Asthma") shows itself by its "1.".
function nextListNumber(text: string, hits: Hit[], k: number): boolean {
  const hit = hits[k]!;
  const before = LIST_NUMBER_BEFORE.exec(text.slice(Math.max(0, hit.start - 8), hit.start));
  const after = LIST_NUMBER_AFTER.exec(text.slice(hit.end, hit.end + 8));
  if (before === null || after === null) return false;
  const n = Number(before[1]);
  const m = Number(after[1]);
  if (m === n + 1) return true;
  if (m !== n + 2 || n < 2) return false;
  // The skipped number's item names a condition, as the list's others do: "4. Asthma", not "4. Discharged".
  const following = hits[k + 1];
  if (!following || (following.mask & CONDITION_BITS) === 0 || following.start - (hit.end + after[0].length) > 2) return false;
  // "1. PHQ 14 2. GAD 4. 3. WSAS 12": the list goes on with the number after n, so m is a score.
  const then = LIST_NUMBER_AFTER.exec(text.slice(hit.end + after[0].length, hit.end + after[0].length + 8));
  if (then !== null && Number(then[1]) === n + 1) return false;
  // The list's "1.", not "Session 1. ... Session 2. GAD 4.": no word just before it. A list of
  // scores ("1. PHQ 12 2. GAD 4.") keeps the score.
  const head = text.slice(Math.max(0, hit.start - 200), hit.start - before[0].length);
  const first = FIRST_LIST_NUMBER.exec(head);
  return first !== null && !OTHER_MEASURE.test(head.slice(first.index));
}
const OTHER_MEASURE = /\b(?:phq|core|wsas|pcl|audit|edinburgh|epds)/i;
const FIRST_LIST_NUMBER = /(?<![A-Za-z]\s*)(?:^|[\s,;:])1[.)]\s/;

function namesGad7(text: string, hits: Hit[], k: number): boolean {
  const hit = hits[k]!;
  if (hit.end - hit.start !== 3 || text.slice(hit.start, hit.end) !== 'GAD' || !hasRole(hit, ROLE_BIT.condition)) return false;
  // "2) GAD 3) Insomnia": the next number of a numbered list.
  if (SCORE_NEXT.test(text.slice(hit.end, hit.end + 24))) return !nextListNumber(text, hits, k);
  const prev = hits[k - 1];
  return prev !== undefined && roleOf(prev, 'measure')?.measure === 'phq9' && JOINED.test(text.slice(prev.end, hit.start));
}

// "PHQ-9 item 9 = 2, total 18", "PHQ-9 item 9: 3, score 24": a total or score after the item's own
// score is the questionnaire's, in the item's sentence.
const PHQ_NAMED = /^phq/i;
const TOTAL = /^(?:total(?: score)?|score)$/i;
// "score 3 on AUDIT-C", "score of 12 on the GAD-7".
const ANOTHER_SCALE = /^\s*(?:of\s+)?\d{1,2}\s*(?:on|in|for)\b/i;
// Only the item's score between: not "item 9 = 1, GAD score 12".
const ITEM_SCORE_THEN = /^\s*(?:[:=]|scored|was|is)?\s*[0-3](?:\s*\/\s*3)?\s*[,;]?\s*(?:and\s+|with\s+|,\s*)?$/i;
function totalAfterItem9(text: string, hit: Hit, last: Label | undefined, bounds: number[]): boolean {
  if (!last || last.measure !== 'item9' || !hasRole(hit, ROLE_BIT.label) || !TOTAL.test(text.slice(hit.start, hit.end))) return false;
  return PHQ_NAMED.test(text.slice(last.hit.start, last.hit.end)) && ITEM_SCORE_THEN.test(text.slice(last.hit.end, hit.start))
    && !ANOTHER_SCALE.test(text.slice(hit.end, hit.end + 24)) && sentenceEnd(text, bounds, last.hit.end) >= hit.end;
}

// "PHQ 9 GAD 6": in IAPT shorthand ("PHQ 14 GAD 10") the 9 is the PHQ's score, not its name, when
// the GAD beside it has a score of its own. Not "PHQ 9 GAD 7 completed", "PHQ-9 GAD 6" or "PHQ9 GAD 6".
// So is "PHQ 8 GAD 6" or "PHQ 15 GAD 11", though PHQ-8 and PHQ-15 are questionnaires of their own.
const PHQ_SPACE_9 = /^phq (?:2|4|8|9|15)$/i;
const ONLY_SPACE = /^[\s,]*$/;
function phqThenScore(text: string, hits: Hit[], k: number): boolean {
  const hit = hits[k]!;
  const next = hits[k + 1];
  return next !== undefined && PHQ_SPACE_9.test(text.slice(hit.start, hit.end)) && ONLY_SPACE.test(text.slice(hit.end, next.start))
    && namesGad7(text, hits, k + 1) && !/^\s*[:=–-]?\s*7\b/.test(text.slice(next.end, next.end + 6));
}

const PLURAL = /\ds$/i;
const COUNT_BEFORE = /\b(?:number of|no\.? of|how many|total of|count of|\d+|two|three|four|five|six|several|all)\s+$/i;
const COUNT_AFTER = /^\s*(?:[:=-]\s*\d{1,2}\s+|(?:have been|were|was)\s+)?(?:completed|done|returned|administered|sent|attempted|missed|outstanding|received|given|to date)\b/i;
function isCounted(text: string, hit: Hit): boolean {
  return PLURAL.test(text.slice(hit.start, hit.end)) && (COUNT_BEFORE.test(text.slice(Math.max(0, hit.start - 16), hit.start)) || COUNT_AFTER.test(text.slice(hit.end, hit.end + 32)));
}
const QUESTION_END = /^[^.;!?\n\d]{0,60}\?/;
const ITEM_COUNTER = /^(?:item|q|question)/i;
const OPEN_BRACKET = /^\s*[([]\s*$/;
const CLOSE_BRACKET = /^\s*[)\]]/;

export function extractMeasures(text: string, hits: Hit[], bounds: number[]): MeasureCandidate[] {
  const labels: Label[] = [];
  const qualifiers: Hit[] = [];
  for (let k = 0; k < hits.length; k++) {
    const hit = hits[k]!;
    const role = roleOf(hit, 'measure');
    if (role) {
      // "Number of PHQ-9s completed: 4": the plural counts them.
      if ((role.measure === 'phq9' || role.measure === 'gad7') && isCounted(text, hit)) {
        labels.push({ hit, measure: 'other' });
        continue;
      }
      // "Item 9 (PHQ-9): 1": the questionnaire the item is of, not a total.
      const previous = labels[labels.length - 1];
      if ((role.measure === 'phq9' || role.measure === 'gad7') && previous && (previous.measure === 'item9' || (previous.measure === 'counter' && ITEM_COUNTER.test(text.slice(previous.hit.start, previous.hit.end)))) && OPEN_BRACKET.test(text.slice(previous.hit.end, hit.start)) && CLOSE_BRACKET.test(text.slice(hit.end, hit.end + 4))) {
        qualifiers.push(hit);
        continue;
      }
      const shorthand = (role.measure === 'phq9' || role.measure === 'other') && phqThenScore(text, hits, k);
      labels.push(shorthand ? { hit: { ...hit, end: hit.start + 3 }, measure: 'phq9' } : { hit, measure: role.measure });
    }
    else if (namesGad7(text, hits, k)) labels.push({ hit, measure: 'gad7' });
    else if (totalAfterItem9(text, hit, labels[labels.length - 1], bounds)) labels.push({ hit, measure: 'phq9' });
  }
  if (!labels.some((l) => l.measure === 'phq9' || l.measure === 'gad7' || l.measure === 'item9')) return [];
  const counters = labels.filter((l) => l.measure === 'counter' && !isTime(text, l.hit)).map((l) => l.hit);
  const stops = labels.filter((l) => l.measure !== 'counter');
  const out: MeasureCandidate[] = [];
  let group: Label[] = [];
  // The end of an item list: labels inside it ("Q9") are its items.
  let listEnd = -1;
  // Undated scores told one after another, which a date closing the sentence dates too ("PHQ-9 was
  // 8 and GAD-7 was 6, completed on 20/11/2026").
  let chain: MeasureCandidate[] = [];

  for (let i = 0; i < stops.length; i++) {
    const label = stops[i]!;
    if (label.hit.start < listEnd) continue;
    if (label.measure === 'other' || label.measure === 'counter') {
      group = [];
      if (chain.length > 0) chain = othersInChain(text, label.hit.end, stops[i + 1], sentenceEnd(text, bounds, label.hit.end), chain);
      continue;
    }
    const measure = label.measure;
    // "Target PHQ-9: 9", "Goal GAD-7 < 8": the label names a target, not a score.
    if (TARGET_LABEL_BEFORE.test(text.slice(Math.max(0, label.hit.start - 16), label.hit.start))) {
      group = [];
      continue;
    }
    // "CORE-10 question 9: 3", "AUDIT Q9: 2": another questionnaire's item 9.
    const prev = stops[i - 1];
    if (measure === 'item9' && prev?.measure === 'other' && OWN_ITEM.test(text.slice(prev.hit.end, label.hit.start))) continue;
    const sentenceFrom = sentenceStart(text, bounds, label.hit.start);
    const earlier = findDates(text, sentenceFrom, label.hit.start);
    // "PHQ-9 15 on 02/10/2026; today GAD-7 9": "today" after the date is the later score's day.
    const lastEarlier = earlier[earlier.length - 1];
    // Nor "Scores down from 18 and 15 on 01/09/2026 to PHQ-9 12": that day is of the scores before it.
    const fallbackDate = lastEarlier && !TODAY_WORD.test(text.slice(lastEarlier.end, label.hit.start)) && !fromThenTo(text, sentenceFrom, lastEarlier, label.hit.start) ? isoDate(lastEarlier.date) : undefined;
    const list = measure !== 'item9' && group.length === 0 ? readItemList(text, measure, label.hit.end, Math.min(text.length, label.hit.end + LIST_REACH)) : undefined;
    if (list) {
      listEnd = list.end;
      const after = list.date ? undefined : findDates(text, list.end, sentenceEnd(text, bounds, list.end))[0];
      const iso = list.date ?? (after ? isoDate(after.date) : fallbackDate);
      if (list.total !== undefined) out.push({ measure, value: list.total, ...(iso ? { date: iso } : {}), ...(list.item9 !== undefined ? { item9: list.item9 } : {}), offset: label.hit.start });
      else if (list.item9 !== undefined) out.push({ measure: 'item9', value: list.item9, ...(iso ? { date: iso } : {}), offset: label.hit.start });
      chain = [];
      continue;
    }
    // "Q9 of PHQ-9 scored 2": the questionnaire's name is the item's, and the score after it the item's.
    let from = label.hit.end;
    let next = stops[i + 1];
    if (measure === 'item9' && next?.measure === 'phq9' && ITEM_OF.test(text.slice(from, next.hit.start))) {
      from = listEnd = next.hit.end;
      next = stops[i + 2];
    }
    // "Thoughts that you would be better off dead or of hurting yourself in some way?  Several days
    // (1)": a form prints the item as a question, its answer after the question mark.
    const asked = measure === 'item9' ? QUESTION_END.exec(text.slice(from, from + 64)) : null;
    const end = Math.min(next ? next.hit.start : text.length, sentenceEnd(text, bounds, asked ? from + asked[0].length : from), from + 160);
    const found = tokens(text, from, end, counters, qualifiers);
    // "17 on the PHQ-9 and 12 on the GAD-7": a number told as the next label's is not this one's.
    if (next && found.length > 0) {
      const last = found[found.length - 1]!;
      if (last.kind === 'num' && ON_NEXT.test(text.slice(last.end, next.hit.start))) found.pop();
    }
    // "PHQ-9 today 18, compared to a group average of 12": a figure of many is no one's score.
    for (let t = found.length - 1; t >= 0; t--) if (found[t]!.kind === 'num' && figureOfMany(text, from, found[t]!.start)) found.splice(t, 1);
    const nums = found.filter((t): t is Num => t.kind === 'num');

    // "Thoughts that you would be better off dead ...: Several days": the answer says the score.
    const answer = nums.length === 0 && measure === 'item9' ? ANSWER.exec(text.slice(from, end)) : null;
    if (answer) {
      out.push({ measure, value: answerScore(answer[1]!), ...(fallbackDate ? { date: fallbackDate } : {}), offset: label.hit.start });
      continue;
    }
    if (nums.length === 0) {
      // "PHQ-9 and GAD-7 were 14 and 9": wait for the last label of the group.
      if (next && CONNECTOR.test(text.slice(label.hit.end, next.hit.start)) && (next.measure === 'phq9' || next.measure === 'gad7')) {
        group.push(label);
        continue;
      }
      if (group.length > 0) {
        const members = [...group, label];
        group = [];
        const stop = Math.min(sentenceEnd(text, bounds, label.hit.end), label.hit.end + 160);
        const laterTokens = tokens(text, label.hit.end, stop, counters, qualifiers);
        const later = laterTokens.filter((t) => t.kind === 'num');
        if (later.length === members.length) {
          // "PHQ-9 and GAD-7 were 8 and 6 on 20/11/2026".
          const date = fallbackDate ?? closingDate(text, laterTokens, stop);
          members.forEach((member, k) => {
            const value = (later[k] as Num).value;
            if (member.measure !== 'other' && member.measure !== 'counter' && value <= max(member.measure)) {
              out.push({ measure: member.measure, value, ...(date ? { date } : {}), offset: member.hit.start });
            }
          });
        }
        chain = [];
        continue;
      }
      const before = LOOKBACK.exec(text.slice(Math.max(sentenceFrom, label.hit.start - 48), label.hit.start));
      if (before) {
        const value = Number(before[1]);
        const dated = found.find((t) => t.kind === 'date') as Extract<Token, { kind: 'date' }> | undefined;
        // "..., baby born 20/11/2026": the birth's date.
        const after = dated && !OTHER_EVENT_BEFORE_DATE.test(text.slice(label.hit.end, dated.start)) ? dated : undefined;
        const date = after?.iso ?? fallbackDate;
        if (value <= max(measure)) {
          const candidate: MeasureCandidate = { measure, value, ...(date ? { date } : {}), offset: label.hit.start };
          out.push(candidate);
          // "She scored 11 on the PHQ-9 and 10 on the GAD-7 on 20/11/2026": the date closing the
          // second dates the first.
          if (after && chain.length > 0 && ONLY_ON.test(text.slice(label.hit.end, after.start))) {
            for (const c of chain) c.date = after.iso;
            chain = [];
          } else if (!date && next && LOOKBACK_CHAIN.test(text.slice(label.hit.end, next.hit.start))) chain.push(candidate);
        }
      }
      continue;
    }
    if (group.length > 0) {
      // "PHQ-9 and GAD-7: 14 and 9" reads values in order, as does "PHQ-9/GAD-7: 14/11".
      const members = [...group, label];
      group = [];
      const pair = members.length === 2 ? PAIR.exec(text.slice(label.hit.end, end)) : null;
      const paired = pair && !MAXIMA.has(Number(pair[2])) ? [Number(pair[1]), Number(pair[2])] : undefined;
      const values = paired ?? (nums.length === members.length ? nums.map((n) => n.value) : undefined);
      if (values) {
        // "PHQ-9/GAD-7: 14/11 on 20/11/2026".
        const date = fallbackDate ?? closingDate(text, found, end);
        members.forEach((member, k) => {
          const value = values[k]!;
          if (member.measure !== 'other' && member.measure !== 'counter' && value <= max(member.measure)) {
            out.push({ measure: member.measure, value, ...(date ? { date } : {}), offset: member.hit.start });
          }
        });
        chain = [];
        continue;
      }
    }

    const dates = found.filter((t) => t.kind === 'date');
    if (dates.length === 0) {
      // Undated: the first value, unless the text says which is latest ("from 18 to 14", "18 → 14",
      // "at assessment 19, at discharge 8") or lists them as a series; a value marked as earlier
      // ("8 today (was 19)") never takes over.
      let pick = nums[0]!;
      let pairedToday = false;
      const series = nums.length >= 3 && nums.every((n, k) => k === 0 || SERIES.test(text.slice(nums[k - 1]!.end, n.start)));
      // "PHQ-9 19 20 22 (assessment, last week, today)": a legend after the values names which is now.
      const byLegend = legendPick(text, nums);
      if (byLegend) pick = byLegend;
      else if (series) pick = NEWEST_FIRST.test(text.slice(label.hit.end, sentenceEnd(text, bounds, label.hit.end))) ? nums[0]! : nums[nums.length - 1]!;
      else {
        for (let k = 1; k < nums.length; k++) {
          const from = nums[k - 1]!;
          if (nums[k]!.value > max(measure)) continue;
          const between = text.slice(from.end, nums[k]!.start);
          // Whether an arrow may lead on is asked only where there is one.
          const arrows = !HAS_ARROW.test(between) || arrowFrom(text, hits, pick, from, nums[k]!, measure === 'item9');
          if (isLater(between, arrows, text.slice(nums[k]!.end, nums[k]!.end + 16))) pick = nums[k]!;
        }
        const paired = markedLatest(text, nums, pick);
        // The pair says which of its two is later, not that the later was taken on the day of
        // reading: "Session 3 - 01/10/2026 / PHQ-9 14 last week, 11 today" is a score of 1 October.
        pairedToday = paired !== pick;
        pick = paired;
      }
      if (pick.value <= max(measure)) {
        const pickAt = nums.indexOf(pick);
        // "At assessment on 3 October 2026 her PHQ-9 was 19; at discharge today 7": the date before
        // is the earlier score's, and the later one is today's.
        const laterToday = pickAt > 0 && fallbackDate !== undefined && LATER_TODAY.test(text.slice(nums[pickAt - 1]!.end, pick.start));
        const candidate: MeasureCandidate = { measure, value: pick.value, ...(fallbackDate && !laterToday ? { date: fallbackDate } : {}), offset: label.hit.start };
        if (laterToday) candidate.today = true;
        // "PHQ-9 today 9, down from baseline of 17": "today" before the first score, which stands;
        // "PHQ-9 (first session) 20; today 12": before the later one.
        if (!pairedToday && (TODAY_AFTER.test(text.slice(pick.end, pick.end + 12)) || (nums.length === 1 && !fallbackDate && todayBefore(text, label.hit.start))
          // Nor by the sentence's earlier date where it is an earlier score's: "PHQ-9 today 9 (baseline 17
          // on 02/09/2026), GAD-7 today 6"; "Assessment 10/11/2026: PHQ9 today 11" is of that day.
          || ((nums.length === 1 || pickAt === 0) && (!fallbackDate || EARLIER_CUE.test(text.slice(Math.max(sentenceFrom, lastEarlier!.start - 32), lastEarlier!.start)))
            && TODAY_BETWEEN.test(text.slice(label.hit.end, pick.start)))
          || (pickAt > 0 && !fallbackDate && TODAY_JUST_BEFORE.test(text.slice(nums[pickAt - 1]!.end, pick.start))))) candidate.today = true;
        out.push(candidate);
        // "PHQ-9 15, GAD-7 13 today.": "today" closing the sentence is each score's day.
        if (candidate.today && chain.length > 0 && TODAY_CLOSES.test(text.slice(pick.end, sentenceEnd(text, bounds, pick.end)))) for (const c of chain) c.today = true;
        // A date carried from before a semicolon ("... at referral (01/09/2026); PHQ-9 11, GAD-7 8 on
        // 20/11/2026") gives way to the one that closes the scores' own part.
        const carried = candidate.date !== undefined && candidate.date === fallbackDate && text.slice(lastEarlier!.end, label.hit.start).includes(';');
        const chained = nums.length === 1 && (!candidate.date || carried) && !candidate.today && next !== undefined && next.hit.start <= end + 1 && sentenceEnd(text, bounds, pick.end) > next.hit.start
          && CHAIN_GAP.test(text.slice(pick.end, next.hit.start)) && !TOLD_EARLIER.test(text.slice(label.hit.end, pick.start)) && !TOLD_EARLIER.test(clauseBefore(text, Math.max(sentenceFrom, label.hit.start - 24), label.hit.start));
        if (chained) chain.push(candidate);
        else chain = [];
      } else chain = [];
      continue;
    }
    const datesFirst = found[0]!.kind === 'date';
    // "PHQ-9 12 and GAD-7 9, down from 18 and 15 on 01/09/2026": the earlier scores of the chain
    // and of this label, in order.
    const run = datesFirst ? undefined : earlierRun(text, found, chain.length + 1);
    if (run) {
      chain.forEach((c, k) => {
        const tok = run.nums[k]!;
        if (tok.value <= max(c.measure)) out.push({ measure: c.measure, value: tok.value, ...(run.date ? { date: run.date } : {}), earlier: true, offset: tok.start, labelAt: c.offset });
      });
    }
    if (chain.length > 0) {
      const date = datesFirst || nums.length !== 1 ? undefined : closingDate(text, found, end);
      if (date) for (const c of chain) c.date = date;
      chain = [];
    }
    // The first score keeps its label's place, so a name that gave a score is known as such
    // ("GAD 9 (03/11/2026)" is no diagnosis: dropScoredNames).
    let first = true;
    let previous: Num | undefined;
    let toldEarlier: Num | undefined;
    for (let k = 0; k < found.length; k++) {
      const tok = found[k]!;
      if (tok.kind !== 'num' || tok.value > max(measure)) continue;
      // The run's scores given to the chain's labels above; its last is this label's, from before.
      if (run && run.nums.includes(tok)) {
        if (tok !== run.nums[run.nums.length - 1]) continue;
        toldEarlier = tok;
      }
      const before = previous;
      previous = tok;
      let date: string | undefined;
      if (datesFirst) {
        for (let j = k - 1; j >= 0; j--) if (found[j]!.kind === 'date') { date = (found[j] as Extract<Token, { kind: 'date' }>).iso; break; }
      } else {
        for (let j = k + 1; j < found.length; j++) {
          if (found[j]!.kind === 'num') break;
          // "PHQ-9 15 and GAD-7 12, baby born 01/10/2026": the date is of the birth.
          // "PHQ-9 was 19; on 20/11/2026 it was 7": past a semicolon, of what follows it.
          const between = text.slice(tok.end, found[j]!.start);
          if (!OTHER_EVENT_BEFORE_DATE.test(between) && !(between.includes(';') && found[j + 1]?.kind === 'num')) date = (found[j] as Extract<Token, { kind: 'date' }>).iso;
          break;
        }
        // "...; on 20/11/2026 it was 7": a date just before the score, in its own clause.
        const prior = found[k - 1];
        if (date === undefined && prior?.kind === 'date' && k > 1 && DATE_THEN_SCORE.test(text.slice(prior.end, tok.start)) && text.slice(found[k - 2]!.end, prior.start).includes(';')) date = prior.iso;
      }
      if (tok === toldEarlier && run?.date !== undefined) date = run.date;
      // "14 (previously 18 on 02/10/2026)": the dated score is told as the earlier one, so is older
      // than the undated one before it (build-context).
      const then = found[k + 1];
      if (date === undefined && !datesFirst && then?.kind === 'num' && found[k + 2]?.kind === 'date' && EARLIER_BETWEEN.test(text.slice(tok.end, then.start))) toldEarlier = then;
      // "15 at assessment (01/09/2026), now 9" or "…, 9 this session": a score told as now's after a
      // dated one is today's.
      // "PHQ-9 today 9 (baseline 17 on 02/09/2026)": "today" between the label and its first score.
      const now = date === undefined && (before !== undefined
        ? NOW_BEFORE.test(text.slice(before.end, tok.start)) || (AFTER_COMMA.test(text.slice(before.end, tok.start)) && NOW_AFTER.test(text.slice(tok.end, tok.end + 32)))
        : !fallbackDate && (TODAY_BETWEEN.test(text.slice(from, tok.start)) || TODAY_AFTER.test(text.slice(tok.end, tok.end + 12))));
      date ??= fallbackDate;
      out.push({ measure, value: tok.value, ...(date ? { date } : {}), ...(now && date === undefined ? { today: true as const } : {}), ...(tok === toldEarlier ? { earlier: true as const } : {}), offset: first ? label.hit.start : tok.start, ...(first ? {} : { labelAt: label.hit.start }) });
      first = false;
    }
  }
  return attachItem9(out);
}

// Scores told as earlier after the current ones, one for each label of a chain of `count`: "...,
// down from 18 and 15 on 01/09/2026" after "PHQ-9 12 and GAD-7 9". Their date, where one closes them.
const RUN_JOIN = /^\s*(?:and|&|,|\/)\s*$/i;
const RUN_DATE = /^\s*(?:,\s*)?(?:(?:on|at|in)\s+)?\(?\s*$/i;
function earlierRun(text: string, found: Token[], count: number): { nums: Num[]; date?: string } | undefined {
  if (count < 2) return undefined;
  for (let k = 1; k < found.length; k++) {
    const first = found[k]!;
    const before = found[k - 1]!;
    if (first.kind !== 'num' || before.kind !== 'num' || !EARLIER_BETWEEN.test(text.slice(before.end, first.start))) continue;
    const nums: Num[] = [first];
    let j = k + 1;
    for (; j < found.length; j++) {
      const tok = found[j]!;
      if (tok.kind !== 'num' || !RUN_JOIN.test(text.slice(nums[nums.length - 1]!.end, tok.start))) break;
      nums.push(tok);
    }
    if (nums.length !== count) return undefined;
    const after = found[j];
    const date = after?.kind === 'date' && RUN_DATE.test(text.slice(nums[nums.length - 1]!.end, after.start)) ? after.iso : undefined;
    return { nums, ...(date ? { date } : {}) };
  }
  return undefined;
}

// "Scores down from 18 and 15 on 01/09/2026 to PHQ-9 12": the date before the label closes scores
// told as earlier, and the label's come after "to" or "now".
const TO_NOW = /^[^.;]*\b(?:to|now|currently)\b/i;
function fromThenTo(text: string, sentenceFrom: number, date: { start: number; end: number }, labelAt: number): boolean {
  return TO_NOW.test(text.slice(date.end, labelAt)) && EARLIER_CUE.test(text.slice(Math.max(sentenceFrom, date.start - 40), date.start));
}

const LATER_TODAY = /[,;]\s*(?:and\s+)?(?:(?:at|on|by)\s+(?:the\s+)?[a-z]+(?:\s+[a-z]+)?\s+)?(?:today|now|this session)\b[^\d.;]*$/i;

// Between a date and the score it dates: "20/11/2026 it was 7", "20/11/2026: 7", "20/11/2026 had dropped to 7".
const DATE_THEN_SCORE = /^\s*[,:)]?\s*(?:(?:it|this|that|she|he|they|the score|score)\s+)?(?:(?:had\s+)?(?:was|were|is|scored|scores?|came\s+down|dropped|rose|fell|improved)\s+)?(?:(?:to|at|of)\s+)?(?:=\s*)?$/i;

// Another event's date: "..., baby born 01/10/2026", "..., referral received 20/11/2026".
const OTHER_EVENT_BEFORE_DATE = /\b(?:born|birth|delivered|dob|d\.o\.b|received|booked|next (?:session|appointment|appt|review)|due|discharged)\b/i;
// Between one score and the next label of a chain: "PHQ-9 was 8 and GAD-7", "PHQ-9 8/27, GAD-7", "PHQ-9 = 11; GAD-7".
// Or nothing but a space: "PHQ9 14 GAD7 11 today".
const CHAIN_GAP = /^\s?(?:\/\s?2[17]\s?)?(?:[,;]\s?(?:and\s)?|and\s|&\s)?\s*$/i;
// Between a score and an earlier one told after it: "14 (previously 18 on ...", "14, down from 18 on ...".
const EARLIER_BETWEEN = /^\s*[(,;]?\s*(?:previously|prev\.?|was|down from|up from|from|last time|last session|before|compared (?:with|to)|initial(?:ly)?|baseline|at (?:assessment|referral|intake))\s*:?\s*$/i;
// A score told as from before ("Initial PHQ-9 20", "PHQ-9 at assessment 20") is not dated by the
// date that closes the sentence.
const TOLD_EARLIER = /\b(?:initial(?:ly)?|baseline|first|previous(?:ly)?|prior|pre[- ]?treatment|assessment|intake|entry|start|original(?:ly)?|referral|last)\b/i;
// The text before `to` from `from`, cut at the last comma or semicolon.
function clauseBefore(text: string, from: number, to: number): string {
  const part = text.slice(from, to);
  const cut = Math.max(part.lastIndexOf(';'), part.lastIndexOf(','));
  return cut < 0 ? part : part.slice(cut + 1);
}
// Between the last score of a sentence and the date that closes it: "6, completed on", "6 (", "6 - both done".
const CLOSES = /^\s?(?:\/\s?2[17])?\s*(?:respectively\s*)?(?:[-–,(]\s*)?(?:(?:both|all)\s+)?(?:(?:were\s+|was\s+)?(?:completed|done|taken|recorded|scored|given|seen)(?:\s+(?:over the phone|by phone|by telephone|on the phone|online|in session|remotely))?\s+|(?:at\s+)?(?:assessment|review|appointment|appt|referral|intake|triage|discharge|follow[- ]?up|end of treatment|session(?:\s+\d{1,2})?)\s*[:,-]?\s+\(?\s*)?(?:on\s+)?$/i;
const CLOSED = /^\s*\)?\s*[.;]?\s*$/;
const TODAY_CLOSES = /^\s*(?:\/\s?2[17]\s*)?\(?\s*(?:both\s+)?(?:completed\s+)?today\s*\)?\s*[.;]?\s*$/i;

// The date that closes a run of scores: the tokens are scores and then one date, with nothing else
// after the last score than CLOSES allows, and nothing after the date before `end`.
function closingDate(text: string, found: Token[], end: number): string | undefined {
  const date = found[found.length - 1];
  const last = found[found.length - 2];
  if (date?.kind !== 'date' || last?.kind !== 'num' || found.some((t, k) => k < found.length - 1 && t.kind === 'date')) return undefined;
  return closes(text, last.end, date, end) ? date.iso : undefined;
}

// The date (at start-end) closes the scores that end at `scoreEnd`, and nothing follows it up to `stop`.
function closes(text: string, scoreEnd: number, date: { start: number; end: number }, stop: number): boolean {
  return CLOSES.test(text.slice(scoreEnd, date.start)) && CLOSED.test(text.slice(date.end, stop));
}

// Another questionnaire's score in a chain ("PHQ-9: 15, GAD-7: 9, WSAS: 20 (20/11/2026)"): the
// chain goes on past it, or ends with the date that closes it.
const OTHERS_SCORE = /^\s*[:=]?\s*(?:(?:was|were|is|of)\s+)?\d{1,3}(?!\d)/;
function othersInChain(text: string, from: number, next: { hit: { start: number } } | undefined, stop: number, chain: MeasureCandidate[]): MeasureCandidate[] {
  const score = OTHERS_SCORE.exec(text.slice(from, stop));
  if (!score) return [];
  const after = from + score[0].length;
  if (next !== undefined && next.hit.start < stop && CHAIN_GAP.test(text.slice(after, next.hit.start))) return chain;
  const dates = findDates(text, after, stop);
  const date = dates[0];
  if (dates.length === 1 && closes(text, after, date!, stop)) {
    const iso = isoDate(date!.date);
    for (const c of chain) c.date = iso;
  }
  return [];
}

// Words that tell a score as now's, before it ("…, now 9") or after it ("…, 9 this session").
const NOW_WORDS = 'now|today|currently|this (?:session|week)';
const NOW_BEFORE = new RegExp(`[,;]\\s*(?:and\\s+)?(?:${NOW_WORDS})\\s*[:=-]?\\s*$`, 'i');
// "…, 9 this session", "… and is 14 today".
const AFTER_COMMA = /(?:[,;]\s*(?:and\s+)?|\s(?:and|but)\s+(?:is\s+|was\s+|now\s+)?)$/;
// Not "9 this session last month".
const NOW_AFTER = new RegExp(String.raw`^\s*(?:${NOW_WORDS})\b(?![^\d.;,]{0,12}\b(?:ago|last|previous|before)\b)`, 'i');

// "Scores (newest first): 20/11 PHQ 11 GAD 8; 01/09 PHQ 19 GAD 15": of a line's undated totals of
// one measure the first is the latest, so the older ones go (the last on the page would win). Run
// after the names that scores were read from are dropped, so "GAD 15" stays a score.
export function newestOnly(text: string, out: MeasureCandidate[]): MeasureCandidate[] {
  if (out.length < 2 || !SCORES_NEWEST_FIRST.test(text)) return out;
  const seen = new Set<string>();
  return out.filter((c) => {
    if (c.date !== undefined || (c.measure !== 'phq9' && c.measure !== 'gad7')) return true;
    if (seen.has(c.measure)) return false;
    seen.add(c.measure);
    return true;
  });
}

// "PHQ-9 14 (item 9: 1)": an item-9 score right after a total of the same date belongs to it.
// "PHQ-9 item 9 = 0. PHQ-9 total 11 on 02/11/2026": an item 9 first in its line, with no total
// before it, belongs to the total straight after it.
export function attachItem9(candidates: MeasureCandidate[]): MeasureCandidate[] {
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k]!;
    if (c.measure !== 'item9') continue;
    let j = k - 1;
    for (; j >= 0; j--) {
      const total = candidates[j]!;
      if (total.measure === 'gad7') continue;
      if (total.measure === 'phq9' && total.item9 === undefined && sameDay(c, total)) {
        total.item9 = c.value;
        // "PHQ-9 = 16 (item 9 = 2) on 1 Oct 2026": the date after the item belongs to both.
        if (total.date === undefined && c.date !== undefined) total.date = c.date;
      }
      break;
    }
    const then = candidates[k + 1];
    if (j < 0 && c.date === undefined && then?.measure === 'phq9' && then.item9 === undefined && !then.earlier) then.item9 = c.value;
  }
  return candidates;
}

function sameDay(a: MeasureCandidate, b: MeasureCandidate): boolean {
  return a.date === undefined || b.date === undefined || a.date === b.date;
}
