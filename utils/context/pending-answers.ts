import type { Evidence } from './evidence.ts';
import { NOT_APPLICABLE } from './form-value.ts';
import type { RawMedication, RawMention, RawSignal } from './findings.ts';
import type { BlockAnswer } from './question-answer.ts';
import { isPresent, resolveStatus } from './resolve-status.ts';
import type { FormValue, MedicationInfo } from './roles.ts';
import type { SafetyFlag } from './schema.ts';

// What a block leaves open for the block after it to answer: a bare term ("<dt>Diabetes</dt>"), a
// question ("Pregnant?", "Chest pain?"), a drug asked about ("Insulin?"); and how the next block
// settles them.

// A condition named bare ("<dt>Diabetes</dt>") or asked ("Pregnant?"), settled by the next block's answer.
export type Pending = { mention: RawMention; section: Section; index: number }[];
// A symptom named alone ("<dt>Chest pain on exertion</dt>"), raised until the next block answers it.
export type PendingSignals = { signal: RawSignal; section: Section; index: number }[];
// A symptom asked about ("<dt>Chest pain?</dt>"), raised if the next block answers yes.
export type Questions = { signal: RawSignal; section: Section; order: number }[];
// A drug asked about ("<dt>Insulin?</dt>"), taken if the next block answers yes.
export type MedQuestions = { med: RawMedication; order: number; otherAsked: boolean }[];
// The status a section or label gives what stands under it.
export type Section = 'family' | 'possible' | 'negated' | 'present' | undefined;

// The walk's part that holds what waits for an answer, and what the evidence holds for good.
export type Asking = {
  evidence: Evidence;
  pending: Pending;
  pendingSignals: PendingSignals;
  questions: Questions;
  medQuestions: MedQuestions;
  flags: Set<SafetyFlag>;
  meds: Set<MedicationInfo>;
  medsBefore?: Set<MedicationInfo>;
};

// "<dt>Diabetes</dt><dd>No</dd>": a value block settles the bare terms and questions just before it.
export function answerWithValue(walk: Asking, value: FormValue, text: string): void {
  // Last first, so each index still points at its own mention. An answer that says nothing
  // ("Unknown", no box ticked) takes the mention back.
  for (const p of walk.pending.reverse()) {
    // "Pregnant?" over "Unknown": the question stays a question; over "N/A" it asks nothing.
    if (value === 'unknown' && p.mention.dims.question && !NOT_APPLICABLE.test(text)) continue;
    settleMention(walk.evidence, p, value);
  }
  // A symptom stays raised unless the answer takes it back: "N/A" or "Unknown" does not.
  for (const p of walk.pendingSignals.reverse()) {
    if (value === 'unknown' || isPresent({ ...p.signal.dims, form: value, explicit: true }, p.section)) continue;
    walk.evidence.signals.splice(p.index, 1);
    walk.flags.delete(p.signal.flag);
  }
  raiseQuestions(walk, value);
  answerMedQuestions(walk, text);
  clearPending(walk);
}

// A block of words after a question: an answer in words ("Yes - 20 weeks", "Twice this year"), a
// gestation after "Pregnant?" (`gestation`), a yes to a drug asked about. Whatever it says, the
// questions before it are answered or left as they were, and no longer wait.
export function answerInWords(walk: Asking, answer: BlockAnswer | undefined, text: string, gestation = true): void {
  if (answer && (walk.pending.length > 0 || walk.questions.length > 0)) answerQuestions(walk, answer);
  else if (gestation && walk.pending.length > 0 && GESTATION_ANSWER.test(text)) answerWithGestation(walk);
  answerMedQuestions(walk, text);
  clearPending(walk);
}

// "Insulin?" over "Yes" or "Yes - 10 units at night": taken. Not a yes that says it stopped or is
// someone else's ("Yes, stopped last month", "Yes (for her son)"), nor a question of someone else's
// ("Does partner use insulin?", "Mum on insulin?").
const PLAIN_YES = /^\s*(?:yes|y|yep|true)\b(?![^\n]*\b(?:stopped|no longer|used to|previously|was|were|ago|son|daughter|husband|wife|partner|mum|mother|dad|father|brother|sister|his|him|for her|child|baby)\b)/i;
export const ASKED_OF_OTHER = /\b(?:partner|husband|wife|mum|mother|dad|father|son|daughter|brother|sister|child|baby|his|him|he|they|family)\b/i;
function answerMedQuestions(walk: Asking, answerText: string): void {
  if (walk.medQuestions.length === 0 || !PLAIN_YES.test(answerText)) return;
  for (const q of walk.medQuestions) if (!q.otherAsked) takeMed(walk, q.med, q.order);
}

// A drug taken before counts once as such, and leaves a later mention of it now to count.
export function takeMed(walk: Asking, m: RawMedication, order: number): void {
  if (walk.meds.has(m.med)) return;
  if (m.before) {
    if (walk.medsBefore?.has(m.med)) return;
    (walk.medsBefore ??= new Set()).add(m.med);
  } else walk.meds.add(m.med);
  const taken: Evidence['medications'][number] = { med: m.med, text: m.text, order };
  if (m.forOther) taken.forOther = true;
  if (m.before) taken.before = true;
  walk.evidence.medications.push(taken);
}

export function clearPending(walk: Asking): void {
  if (walk.pending.length > 0) walk.pending = [];
  if (walk.pendingSignals.length > 0) walk.pendingSignals = [];
  if (walk.questions.length > 0) walk.questions = [];
  if (walk.medQuestions.length > 0) walk.medQuestions = [];
}

// "<dt>Chest pain?</dt><dd>Only on exertion</dd>": a block that answers a question the block
// before asks, in words beyond a bare value ("Yes - 20 weeks", "Twice this year"). Only questions
// asked with a question mark take it.
function answerQuestions(walk: Asking, answer: BlockAnswer): void {
  const ev = walk.evidence;
  for (const p of walk.pending.reverse()) {
    if (!p.mention.dims.question && p.mention.open !== true) continue;
    // Words of when or how often answer falls or an eating disorder, not "Pregnant?" ("On the
    // pill") or "Diabetes?" ("One of her parents").
    if (answer.words && p.mention.signal !== 'falls' && p.mention.signal !== 'eating-disorder') continue;
    if (answer.fallsOnly && p.mention.signal !== 'falls') continue;
    settleMention(ev, p, answer.value, answer.year);
  }
  raiseQuestions(walk, answer.value, answer.notCardiac === true, answer.year, answer.fallsOnly === true);
}

// "Pregnant or breastfeeding?" over "28 weeks": a gestation says yes to a pregnancy asked about.
const GESTATION_ANSWER = /^\s*(?:(?:currently|approx\.?|about|now)\s+)?\d{1,2}\s*(?:\+\s*\d\s*)?(?:weeks?|wks?|\/40)\b(?:\s+(?:pregnant|gestation))?\s*\.?\s*$/i;
function answerWithGestation(walk: Asking): void {
  for (const p of walk.pending) if (p.mention.signal === 'pregnancy' && p.mention.dims.question) settleMention(walk.evidence, p, 'yes');
}

// A pending mention settled by the answer after it: its status, or gone when the answer takes it back.
// A year in the answer dates it, for the merge to judge against today.
function settleMention(ev: Evidence, p: Pending[number], form: FormValue, year?: number): void {
  const status = resolveStatus({ ...p.mention.dims, form, explicit: true }, p.section, p.mention);
  if (!status) {
    ev.mentions.splice(p.index, 1);
    return;
  }
  const mention = ev.mentions[p.index]!;
  mention.status = status;
  if (year !== undefined) mention.year = year;
}

function raiseQuestions(walk: Asking, answer: FormValue, notCardiac = false, year?: number, fallsOnly = false): void {
  for (const q of walk.questions) {
    if (notCardiac && q.signal.flag === 'cardiac-symptoms') continue;
    if (fallsOnly && q.signal.flag !== 'falls') continue;
    // Only falls take a dated answer, and they are raised by their mention, which carries the year.
    if (year !== undefined) continue;
    if (walk.flags.has(q.signal.flag) || !isPresent({ ...q.signal.dims, form: answer, explicit: true }, q.section)) continue;
    walk.flags.add(q.signal.flag);
    walk.evidence.signals.push({ flag: q.signal.flag, order: q.order });
  }
}
