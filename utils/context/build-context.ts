import { bandOf } from './bands.ts';
import { runsNewestFirst } from './column-time.ts';
import type { ConditionId } from './condition-ids.ts';
import { ageOn, resolveBirthDate, resolveYearless, YEARLESS } from './dates.ts';
import { BLOCK_ORDER, type Evidence } from './evidence.ts';
import { MAX_SCORE } from './lexicon/measures.ts';
import { scrubPostcodes } from './postcode.ts';
import type { MeasureId } from './roles.ts';
import { SAFETY_FLAG_IDS } from './safety-flag-ids.ts';
import type { ClinicalContext, ConditionMention, ConditionStatus, SafetyFlag } from './schema.ts';
import { DATED_BY_YEAR } from './year-after.ts';

// Merges everything read into one ClinicalContext.
//
// One entry per condition. Present wins whenever a present mention exists. Otherwise:
// possible (something uncertain about the person, worth confirming) > family (a relative's
// condition, which the advice can use for risk-reduction framing) > negated (stated absent,
// which the advice does not need). The text is that of the first mention with the winning status.
export const RANK: Readonly<Record<ConditionStatus, number>> = { present: 4, possible: 3, family: 2, negated: 1 };

// BMI thresholds: 30 and over is obesity (NICE CG189); under 17.5 is the very low BMI that makes
// exercise advice unsafe without the eating-disorder team (ICD-10 F50.0 threshold).
const PERINATAL_ONLY = /^\s*perinatal\s*$/i;
const PARTNER = /\b(?:partner|wife|girlfriend|fianc[eé]e|spouse)\b/i;
const OBESE_BMI = 30;
const VERY_LOW_BMI = 17.5;

export function buildContext(evidence: Evidence, now: Date): ClinicalContext {
  const context: ClinicalContext = { conditions: [], measures: {}, flags: [] };
  const flags = new Set<SafetyFlag>();

  const best = new Map<ConditionId, { status: ConditionStatus; text: string; order: number; first: number }>();
  const mentioned = new Set<ConditionId>();
  const consider = (id: ConditionId, status: ConditionStatus, text: string, order: number) => {
    mentioned.add(id);
    const current = best.get(id);
    if (!current) best.set(id, { status, text, order, first: order });
    else if (RANK[status] > RANK[current.status] || (RANK[status] === RANK[current.status] && order < current.order)) {
      best.set(id, { status, text, order, first: Math.min(current.first, order) });
    } else current.first = Math.min(current.first, order);
  };
  // A pregnancy, birth, fall or symptom dated two calendar years back or more is over, whatever the
  // date in the year: "She was pregnant in 2019", "Had a baby in 2010", "Falls? Once, in 2015",
  // "Chest pain in 2019 - investigated".
  const pastBefore = now.getFullYear() - 1;
  for (const m of evidence.mentions) {
    const past = m.year !== undefined && m.year < pastBefore;
    // A pregnancy or birth that long ago is over; a fall or symptom is still history ("History of
    // falls (2024)" is frailty), only no longer a new sign.
    if (past && DATED_BY_YEAR.has(m.id)) continue;
    consider(m.id, m.status, m.text, m.order);
    if (m.status === 'present' && m.signal && !past) flags.add(m.signal);
  }
  for (const b of evidence.bmis) {
    if (b.value >= OBESE_BMI) consider('obesity', 'present', b.text, b.order);
    if (b.value < VERY_LOW_BMI) flags.add('eating-disorder');
  }
  // A drug suggests its condition only when the page says nothing about what it is used for.
  for (const m of evidence.medications) {
    // Only a drug taken now puts the person at risk of a hypo.
    if (m.med.hypoRisk && !m.before) flags.add('hypo-risk');
    const suggests = m.med.suggests;
    if (!suggests || m.forOther || m.med.supports.some((id) => mentioned.has(id)) || mentioned.has(suggests)) continue;
    consider(suggests, 'possible', m.text, m.order);
  }
  for (const s of evidence.signals) if (s.year === undefined || s.year >= pastBefore) flags.add(s.flag);
  // Type 1 diabetes is treated with insulin: its hypo caution, though no drug is named.
  if (best.get('type-1-diabetes')?.status === 'present') flags.add('hypo-risk');

  // "Perinatal" names pregnancy and the year after a birth alike: beside a pregnancy, and with
  // nothing else of a birth, it says no birth ("Perinatal referral" / "24 weeks pregnant").
  if (best.get('pregnancy')?.status === 'present' && best.get('postnatal')?.status === 'present' && !evidence.signals.some((s) => s.flag === 'postnatal')
    && evidence.mentions.every((m) => m.id !== 'postnatal' || m.status !== 'present' || PERINATAL_ONLY.test(m.text) || (m.year !== undefined && m.year < pastBefore))) {
    best.delete('postnatal');
    flags.delete('postnatal');
  }
  // Beside a partner's pregnancy, with nothing else of a birth, "Perinatal" is theirs as much as the
  // person's ("Perinatal referral for Mr Hughes. His partner is 30 weeks pregnant"): a check. Not a
  // sister's: "Ms X. Perinatal referral. Her sister is pregnant" is still hers.
  const perinatal = best.get('postnatal');
  const partners = best.get('pregnancy');
  if (perinatal?.status === 'present' && partners?.status === 'family' && PARTNER.test(partners.text) && !evidence.signals.some((s) => s.flag === 'postnatal')
    && evidence.mentions.every((m) => m.id !== 'postnatal' || m.status !== 'present' || PERINATAL_ONLY.test(m.text))) {
    perinatal.status = 'possible';
    flags.delete('postnatal');
  }
  // "Diabetic" beside a type-1 code: the typed entry says it all.
  const typed = ['type-1-diabetes', 'type-2-diabetes'].some((id) => best.get(id as ConditionId)?.status === 'present');
  const generic = best.get('diabetes');
  if (typed && generic && (generic.status === 'present' || generic.status === 'possible')) best.delete('diabetes');

  context.conditions = [...best.entries()]
    .sort((a, b) => a[1].first - b[1].first)
    .map(([id, v]): ConditionMention => ({ id, status: v.status, text: scrubPostcodes(v.text).slice(0, 200) }));

  // Scores ranked by the date they were taken on, as far as the page tells (see datedFor); those
  // in `ahead` rank by a date they must not be shown with.
  const today = localDate(now);
  const ahead = new Set<Evidence['measures'][number]>();
  let scores = byEntry(withYears(evidence, today), today);
  if (scores.measures.some((m) => m.today || m.timing?.nowColumn || m.after !== undefined || (m.date !== undefined && m.date > today))) {
    const backwards = newestFirst(scores);
    const journal = new Set(scores.measures.filter((m) => m.headingDate && m.date !== undefined).map((m) => m.date)).size >= 2;
    scores = { ...scores, measures: scores.measures.map((m) => datedFor(m, today, ahead, backwards, journal)) };
  }
  let nearby: Evidence['measures'][number] | undefined;
  const places = rowPlaces(scores);
  for (const measure of ['phq9', 'gad7'] as const) {
    const picked = pickMeasure(scores, measure, ahead, places);
    if (!picked) continue;
    context.measures[measure] = picked.result;
    if (measure === 'phq9') nearby = picked.nearby;
  }
  // The item 9 given with the latest total, on its line or the lines after; where another item 9
  // comes after that one ("... clinician-rated item 9: 1" further down), the latest of all.
  const phq9 = context.measures.phq9;
  const after = nearby !== undefined && evidence.measures.some((m) => m.measure === 'item9' && !m.date && !m.earlier && m.order > nearby!.order);
  if (phq9 && phq9.item9 === undefined && nearby !== undefined && !after) phq9.item9 = nearby.value;
  const item9 = phq9?.item9 ?? latestItem9(evidence, scores.measures === evidence.measures ? places : rowPlaces(evidence));
  if (item9 !== undefined && item9 >= 1) flags.add('phq9-item9');

  const age = pickAge(evidence, now);
  if (age !== undefined) context.ageYears = age;
  const postcode = [...evidence.postcodes].sort((a, b) => b.strength - a.strength || a.order - b.order)[0];
  if (postcode) context.postcodeDistrict = postcode.outcode;

  context.flags = SAFETY_FLAG_IDS.filter((f) => flags.has(f));
  return context;
}

// A journal line's day and month with no year ("27/11 - PHQ-9 12") get the latest year not after
// today, wherever the merge reads them (the line's own date, or a heading's it stood under).
function withYears(evidence: Evidence, today: string): Evidence {
  if (!evidence.measures.some((m) => m.date?.startsWith(YEARLESS) || m.timing?.entryDate?.startsWith(YEARLESS))) return evidence;
  return {
    ...evidence,
    measures: evidence.measures.map((m) => {
      const entry = m.timing?.entryDate;
      if (!m.date?.startsWith(YEARLESS) && !entry?.startsWith(YEARLESS)) return m;
      const dated = { ...m };
      if (m.date !== undefined) dated.date = resolveYearless(m.date, today);
      if (entry !== undefined) dated.timing = { ...m.timing, entryDate: resolveYearless(entry, today) };
      return dated;
    }),
  };
}

// A journal of lines that open with their date ("20/11/2026 Session 4. PHQ-9 10 today." over
// "13/11/2026 Session 3. PHQ-9 14 today."): each line's scores were taken that day, "today"
// included. Two such dates (not after today) make a journal; one alone may be a birth or a
// referral's ("14/03/1972 - DOB confirmed. PHQ-9 16"), and is left alone, unless the date follows
// the entry's name ("Session 5 - 20/11/2026. ... PHQ-9 today 12").
function byEntry(evidence: Evidence, today: string): Evidence {
  const entries = new Set<string>();
  let named = false;
  for (const m of evidence.measures) {
    const entry = m.timing?.entryDate;
    if (entry !== undefined && entry <= today) entries.add(entry);
    if (m.timing?.namedEntry) named = true;
  }
  if (entries.size < 2 && !named) return evidence;
  const journal = entries.size >= 2;
  return {
    ...evidence,
    measures: evidence.measures.map((m) => {
      const entry = m.timing?.entryDate;
      if (entry === undefined || entry > today || (m.date !== undefined && m.date !== entry) || (!journal && !m.timing?.namedEntry)) return m;
      const { today: _today, ...rest } = m;
      return { ...rest, date: entry };
    }),
  };
}

// The date a score ranks by:
// - "PHQ-9 23 (today)" is today's, whatever heading it stands under, except in a journal of dated
//   entries, where an entry's "today" is its own date ("13/11/2026 ... PHQ-9 14 today" is older
//   than "20/11/2026 ... PHQ-9 10");
// - under an undated entry after a dated one, just after that date (shown with none), unless the
//   entries run newest first: then it is older than the entry above it, and its date unknown;
// - dated after today beside the score, the date is of something booked ahead ("PHQ-9 18, review
//   15/12/2026"): today's (shown with none);
// - a heading dated ahead ("Contact 18/12/2026 - telephone review") dates nothing.
function datedFor(m: Evidence['measures'][number], today: string, ahead: Set<Evidence['measures'][number]>, newestFirst: boolean, journal: boolean): Evidence['measures'][number] {
  // Under a date field ("Date: 02/10/2026" / "PHQ-9 today: 17") "today" is that entry's day too.
  if (m.today) return (journal || m.fieldDate) && m.headingDate && m.date !== undefined && m.date <= today ? m : { ...m, date: today };
  // A table's column of now ranks as today's, but is not shown with a date it does not give.
  if (m.timing?.nowColumn && m.date === undefined) {
    const copy = { ...m, date: today };
    ahead.add(copy);
    return copy;
  }
  if (m.date === undefined && m.after !== undefined && m.after <= today && !newestFirst) {
    const copy = { ...m, date: m.after };
    ahead.add(copy);
    return copy;
  }
  if (m.date === undefined || m.date <= today) return m;
  if (m.headingDate) {
    const { date: _ahead, ...undated } = m;
    return undated;
  }
  const copy = { ...m, date: today };
  ahead.add(copy);
  return copy;
}

// The entries' own dates, in the order the page shows them, only ever go back in time: a journal
// listed newest first.
function newestFirst(evidence: Evidence): boolean {
  let previous: string | undefined;
  let back = false;
  for (const m of evidence.measures) {
    if (!m.headingDate || m.date === undefined) continue;
    if (previous !== undefined && m.date > previous) return false;
    if (previous !== undefined && m.date < previous) back = true;
    previous = m.date;
  }
  return back;
}

// The date on the person's own clock, which decides what "after today" means.
function localDate(now: Date): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

// The latest dated score wins; among undated ones (used only when none is dated) the last on the page.
// The latest score, with the item 9 given with it; `nearby`: an item 9 on the lines after it (see below).
function pickMeasure(evidence: Evidence, measure: MeasureId, ahead: ReadonlySet<Evidence['measures'][number]>, places: Places): { result: NonNullable<ClinicalContext['measures']['phq9']>; nearby?: Evidence['measures'][number] } | undefined {
  let winner: Evidence['measures'][number] | undefined;
  for (const m of evidence.measures) {
    if (m.measure !== measure || m.value > MAX_SCORE[measure] || m.value < 0) continue;
    if (!winner) winner = m;
    else if (m.date && !winner.date) winner = m;
    // On the same day, one said to be from before ("...; baseline PHQ-9 24") never beats one that is not.
    else if (m.date && winner.date && (m.date > winner.date || (m.date === winner.date && (winner.earlier && !m.earlier || (winner.earlier === m.earlier && m.order > winner.order))))) winner = m;
    // Undated, one said to be from before ("At assessment: PHQ-9 20") never beats one that is not.
    else if (!m.date && !winner.date && (winner.earlier && !m.earlier || (winner.earlier === m.earlier && placeOf(m, places) > placeOf(winner, places)))) winner = m;
  }
  if (!winner) return undefined;
  // "PHQ-9 completed today: 9" then "Previously (25/09/2026 GP review) PHQ-9 was 12": the dated
  // score's own words put it before the undated one just above it, which is the later.
  if (winner.date && winner.earlier) {
    // The nearest before it: compared with the dated score, not with the one found so far.
    const dated = winner;
    const block = blockOf(dated.order);
    for (const m of evidence.measures) {
      if (m.measure !== measure || m.date || m.earlier || m.order >= dated.order || block - blockOf(m.order) > 2 || m.value > MAX_SCORE[measure] || m.value < 0) continue;
      winner = m;
    }
  }
  let item9 = measure === 'phq9' ? winner.item9 : undefined;
  if (measure === 'phq9' && item9 === undefined) {
    for (const m of evidence.measures) {
      if (m.measure === 'item9' && m.date === winner.date && (m.date !== undefined || Math.abs(m.order - winner.order) < BLOCK_ORDER)) item9 = m.value;
    }
  }
  // "PHQ-9 14" then "Item 9: 0" on the next line or the one after ("GAD-7 9" between), the item
  // undated and not said to be earlier ("Item 9 at assessment: 2"): it may be the total's, unless
  // another PHQ-9 total comes between, or an item 9 dated later than the total stands elsewhere.
  // The caller decides whether it is the total's.
  let nearby: Evidence['measures'][number] | undefined;
  const laterItem = (m: Evidence['measures'][number]) => m.measure === 'item9' && m.date !== undefined && m.date > (winner!.date ?? '');
  if (measure === 'phq9' && item9 === undefined && !evidence.measures.some(laterItem)) {
    const block = blockOf(winner.order);
    for (const m of evidence.measures) {
      if (m.measure !== 'item9' || m.date || m.earlier || m.order <= winner.order || blockOf(m.order) - block > 2) continue;
      if (evidence.measures.some((o) => o.measure === 'phq9' && o !== winner && o.order > winner.order && o.order < m.order)) continue;
      nearby = m;
    }
  }
  const result = {
    value: winner.value,
    band: bandOf(measure, winner.value),
    ...(winner.date && !ahead.has(winner) ? { date: winner.date } : {}),
    ...(item9 !== undefined ? { item9 } : {}),
  };
  return nearby === undefined ? { result } : { result, nearby };
}

type Measure = Evidence['measures'][number];

// The block (or FHIR resource) an order falls in.
function blockOf(order: number): number {
  return Math.floor(order / BLOCK_ORDER);
}
type Places = ReadonlyMap<Measure, number>;

function placeOf(m: Measure, places: Places): number {
  return places.get(m) ?? m.order;
}

// Where undated scores stand in time: further down the page is later, except in a run of table rows
// whose first cells show it runs newest first ("Session | PHQ-9" over "8 | 9", "4 | 14", "1 | 20";
// "Today", "Session 4", "Assessment"), whose rows count the other way. The run's direction is read
// as a table's columns are (column-time.ts), so numbering that starts again ("S1 .. S6" then "S1 ..
// S4" after a step up) or rows such as "Review" among sessions leave it in page order.
function rowPlaces(evidence: Evidence): Places {
  const places = new Map<Measure, number>();
  const rows = evidence.measures.filter((m) => !m.date && m.timing?.rowTime !== undefined).sort((a, b) => a.order - b.order);
  let run: Measure[] = [];
  const flush = () => {
    const blocks: number[] = [];
    const times: number[] = [];
    for (const m of run) {
      const block = blockOf(m.order);
      if (blocks[blocks.length - 1] !== block) {
        blocks.push(block);
        times.push(m.timing!.rowTime!);
      }
    }
    if (blocks.length >= 2 && runsNewestFirst(times)) {
      const first = blocks[0]!;
      const last = blocks[blocks.length - 1]!;
      for (const m of run) places.set(m, (first + last - blockOf(m.order)) * BLOCK_ORDER + (m.order % BLOCK_ORDER));
    }
    run = [];
  };
  for (const m of rows) {
    const previous = run[run.length - 1];
    if (previous && blockOf(m.order) - blockOf(previous.order) > 1) flush();
    run.push(m);
  }
  flush();
  return places;
}

// The latest item 9 by date, then by place; one whose line says it was given earlier ("Item 9 at
// assessment: 0") only where there is no other.
function latestItem9(evidence: Evidence, places: Places): number | undefined {
  let latest: Evidence['measures'][number] | undefined;
  for (const m of evidence.measures) {
    if (m.measure !== 'item9') continue;
    if (latest && m.earlier && !latest.earlier) continue;
    if (!latest || (latest.earlier && !m.earlier) || (m.date ?? '') > (latest.date ?? '') || ((m.date ?? '') === (latest.date ?? '') && (m.date ? m.order > latest.order : placeOf(m, places) > placeOf(latest, places)))) latest = m;
  }
  return latest?.value;
}

// A date of birth is exact whenever the page was written; then an age field; then "54-year-old".
// No one younger than this is the person of a talking therapy's record: a baby's or a small
// child's birth date is theirs ("Baby | Ellie, born 01/10/2026"), not the mother's.
const YOUNGEST_PERSON = 5;
function pickAge(evidence: Evidence, now: Date): number | undefined {
  for (const kind of ['dob', 'field', 'text', 'named'] as const) {
    for (const a of [...evidence.ages].sort((x, y) => x.order - y.order)) {
      if (a.kind !== kind) continue;
      const years = a.dob ? ageOn(resolveBirthDate(a.dob, now), now) : a.years;
      if (years !== undefined && years >= YOUNGEST_PERSON && years <= 125) return years;
    }
  }
  return undefined;
}
