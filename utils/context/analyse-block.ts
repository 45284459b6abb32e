import { givenToMother } from './birth-of-other.ts';
import { analyseSpan, type SpanOptions } from './analyse-span.ts';
import { answerOf } from './answer-of.ts';
import { askedOfPerson } from './asked-of-person.ts';
import { ANSWER_SOURCE, answerScore } from './item-answers.ts';
import { answerOfBlock } from './question-answer.ts';
import type { Block } from './block.ts';
import { columnTime, isNowColumn, laterColumn, monthsOrDate, NAMES_TARGET, notScoreColumn, runsNewestFirst } from './column-time.ts';
import { classifyLabel, isSectionLabel } from './classify-label.ts';
import { dayMonthOnly, findDates, firstDate, isoDate, monthYear, yearlessAt, yearlessDate } from './dates.ts';
import { inlineLabels } from './inline-labels.ts';
import { readItemLine } from './item-line.ts';
import { isItemColumn, itemNumber } from './item-number.ts';
import { itemRow, latestOnly, MARK, tickScore } from './item-row.ts';
import { item9InWords } from './item9-in-words.ts';
import { namedAges, shorthandPerson } from './named-age.ts';
import { scorerOf } from './measure-owner.ts';
import { peopleNamed } from './people-named.ts';
import { namesRelationshipColumn } from './others-details.ts';
import { endedRow, giveToOther, namesEndColumn, othersRow } from './row-owner.ts';
import { bringsThePerson, namesOther, speaksOfCaring } from './relative-scope.ts';
import { applyStatus, labelSections, RELATIVES_LABEL } from './label-sections.ts';
import { DATED_BY_YEAR } from './year-after.ts';
import { memoByText } from './memo-by-text.ts';
import { formValueOf, MAX_VALUE, PAST_FORM, settlesSymptoms } from './form-value.ts';
import { emptyFindings, type BlockFindings, type Dims, type MeasureCandidate, type RawMention } from './findings.ts';
import { TAKEN_NOW, type LabelInfo } from './lexicon/labels.ts';
import { attachItem9 } from './measures.ts';
import { MAX_SCORE } from './lexicon/measures.ts';
import { outwardOnly } from './postcode.ts';
import { ROLE_BIT, type FormValue, type MeasureId } from './roles.ts';
import { hasRole, roleOf, scan, type Hit, type ScanResult } from './scan.ts';

let analysed = 0;

// Reads one block, independent of its surroundings, and caches the result on the block.
export function analyseBlock(block: Block): BlockFindings {
  if (block.findings) return block.findings;
  analysed++;
  block.findings = block.kind === 'row' && block.cells ? analyseRow(block) : analyseText(block);
  return block.findings;
}

// How many blocks have been read so far in this process (lets tests prove re-reads are incremental).
export function blocksAnalysed(): number {
  return analysed;
}

const LINE: SpanOptions = { line: true };
const NOW_AGAIN = new RegExp(TAKEN_NOW.source, 'gi');
const SENTENCE_END = /[.;!?](?:\s|$)/g;
const PART_END = /[,;]|\band\b/gi;

// The part of a line a position is in, between commas, semicolons or "and".
function partOf(text: string, at: number): string {
  let from = 0;
  let to = text.length;
  PART_END.lastIndex = 0;
  for (let m = PART_END.exec(text); m !== null; m = PART_END.exec(text)) {
    if (m.index < at) from = m.index + m[0].length;
    else {
      to = m.index;
      break;
    }
  }
  return text.slice(from, to);
}
const LEAD_LABEL = /^\s*([^:|\n]{1,40}?)\s*:\s*/;
const VALUE_AGE = /^\s*(\d{1,3})(?:\s?(?:y|yr|yrs|years?|years old|y\/o)\b\.?)?(?:\s*\(.*\))?\s*$/i;
// Words that put a dated line's entry ahead or elsewhere: "Review booked 18/12/2026", "Next session".
const NOT_THIS_ENTRY = 'booked|due|next|planned|arranged|scheduled|cancelled|canceled|dna|did not attend';
// A heading's date that is not the entry's: one booked ahead, or a birth date.
const AHEAD = new RegExp(String.raw`\b(?:${NOT_THIS_ENTRY}|born|dob|birth)\b`, 'i');
// "09/11/2026 Dr A Patel (GP)", "9th November 2026", "09-Nov-2026", "09 Nov 2026 14:30".
const STARTS_WITH_DATE = /^\s*\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}|^\s*\d{1,2}(?:st|nd|rd|th)?[ -][A-Za-z]{3,9}[ -]\d{4}/;
// A journal entry's own heading line: "Session 4 - 03/11/2026", "Telephone review 3 Nov 2026",
// "Assessed 20/11/2026.", "Session 5 (20/11/2026).".
// Not one booked ahead ("Review booked 18/12/2026", "Next session 4 Dec 2026"), nor a subheading
// ("Assessment of risk", "Review of systems").
// In a therapist's shorthand too: "Step 3 CBT S7 - 24.11.26", "Tel r/v 24/11/2026", "F2F S4 (20/11/2026)".
// "Tel" and "S7" alone only with a date after them: "Tel: 020 7946 0000" and "S1 4AA" are no entries.
const MODALITY = String.raw`(?:cbt|gsh|pwp|ipt|ba|dit|emdr|counselling|cfd|ct)`;
const ENTRY_HEADING = new RegExp(String.raw`^\s*(?:(?:initial|baseline|first|follow[- ]?up|final|discharge|step \d(?:\s+${MODALITY})?|${MODALITY}|today['’]?s|latest|current)\s+)?(?:session|appointment|appt|contact|review(?! of\b)|assessment(?! of\b)|visit|consultation|telephone|video|face to face|f2f|tel\s+(?:call|contact|r\/v|review|appt)|(?:tel|s\d{1,2})(?=\s*[-–—:(]?\s*\d{1,2}[/.]\d)|entry|duty(?: call| contact)?|addendum|note added|measures|scores|outcome measures|questionnaires|(?:screening|triage|phone|telephone) call|seen|assessed|reviewed)\b(?![^.;!?]*\b(?:${NOT_THIS_ENTRY})\b)(?:[^.;!?]|\.(?=\d))*\.?\s*$`, 'i');

function applyForm(dims: Dims, form: FormValue, notApplicable = false): void {
  if (dims.explicit && !dims.question) return;
  // "Pregnant? ... Unknown": the question stays a question; "Pregnant? N/A" asks nothing.
  if (dims.question && form === 'unknown' && !notApplicable) return;
  delete dims.question;
  dims.form = form;
  dims.explicit = true;
}

const EMPTY: BlockFindings = Object.freeze(emptyFindings()) as BlockFindings;
const HAS_DIGIT = /\d/;
const DATE_FIELD_LAST = /(?:\s{2,}|\t|\|)\s*(?:date|contact date|date of contact|session date|appointment date)\s*:\s*(\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{1,2}[ -][A-Za-z]{3,9}[ -]\d{4})\s*$/i;
// "Home: 88 Newland Park, Hull, HU5 2DT" as a field's label only: "home" in prose is anyone's.
const HOME_LABEL = /^\s*(?:current\s+)?home\s*$/i;
const HOME: LabelInfo = { addr: 'person' };
// Or as one of a banner's fields, set apart by spaces: "DOB 01/02/1950  Home: 12 High St, ...".
const HOME_IN_SENTENCE = /(?:[.;|]\s+|\s{2,}|\t)(?:current\s+)?home\s*:[^.;|:]*$/i;
// Or opening the line, or after the person's titled name there: "Ms Karen O'NEILL Home: 18 Fernbank
// Road, Bristol BS6 6PZ" (names in capitals as they are written, so no /i).
const HOME_OPENING = /^\s*(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}\s+)?(?:[Cc]urrent\s+)?(?:[Hh]ome|HOME)\s*:[^.;|:]*$/;
// A workplace's field on such a line: "Work: 1 Station Rd, Leeds LS1 4AA".
const WORK_IN_LINE = /(?:^|[.;|]\s+|\s{2,}|\t)(?:work|work address|employer|workplace|place of work)\s*:[^.;|:]*$/i;
const FORM_NAME = /^\s*(?:[A-Za-z'’&/]+\s+){0,5}(?:template|proforma|pro forma|checklist|screening tool|assessment tool|protocol)\s*:?\s*$/i;

// A line that opens with a date may be an entry of that day ("20/11/2026 Session 4. PHQ-9 10
// today."): its scores with no date of their own (or the same) carry it, for the merge to use
// where the page is a journal of such lines. Alone, the date may be a birth or a referral's.
// Spaces and a day's name before the date: "Mon 20/11/2026".
const BEFORE_ENTRY_DATE = /^\s*(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?/i;
const DIGIT = /\d/;
const AFTER_ENTRY_DATE = /^(?:\s*[-–—:|,.)]|\s+\d{1,2}[:.]\d{2}\b|\s+[A-Z])/;

function dateByEntry(text: string, measures: MeasureCandidate[]): void {
  let from = 0;
  let entry = entryDate(text);
  // "Step 3 CBT. Session 8 on 18/11/2026. PHQ9 7": an entry named in the line's second sentence,
  // for the scores after it.
  if (entry === undefined) {
    const next = SECOND_SENTENCE.exec(text.slice(0, 64));
    if (next === null) return;
    from = next[0].length;
    entry = entryDate(text.slice(from));
    if (entry === undefined || !entry.named) return;
  }
  const { date, named } = entry;
  for (const m of measures) {
    // Not one the line says was given earlier: "...; GAD-7 13; baseline PHQ-9 24".
    if (m.offset >= from && !m.earlier && (m.date === undefined || m.date === date)) m.timing = named ? { ...m.timing, entryDate: date, namedEntry: true } : { ...m.timing, entryDate: date };
  }
}
const SECOND_SENTENCE = /^[^.;\n]{1,40}[.;]\s+/;

// "Week 4 (27/11): PHQ-9 12", "Session 3 (20/11/2026) - PHQ-9 15": the entry's name, then its date.
const ENTRY_NAMED = /^\s*(?:week|wk|session|appt|appointment|contact|review)\s*\d{0,3}\s*\(\s*/i;
const ENTRY_NAMED_END = /^\s*\)\s*[-–—:|,.]/;
// "Session 6 - 20/11/2026. PHQ-9 10", "Week 3, 20/11/2026: ...", "Seen 20/11/2026: ...", "Session 8
// on 18/11/2026.". Not "Appointment: 18/12/2026", a booking.
// "Tel call 24/11/26. PHQ 11", "S7 - 24.11.26: ...": a therapist's shorthand for the entry.
const ENTRY_NAMED_THEN = /^\s*(?:(?:(?:step\s*\d\s+)?(?:week|wk|session|contact|review|s(?=\d))\s*\d{0,3}|(?:tel(?:ephone)?|phone|video)\s+(?:call|contact|review|r\/v|session|appt)|tel|f2f)(?:\s+on\s+|\s*[-–—:,]\s*|\s+)|(?:seen|assessed|reviewed)(?:\s+on)?\s+)/i;

// "18-Nov-2026 Anxiety review. GAD-7 13", "20/11/2026 - Telephone session": the entry named right
// after its date, which is then the entry's own (not a birth's or a referral's).
const ENTRY_WORD_AFTER = /^\s*[-–—:|,.)]?\s*(?:[A-Za-z0-9-]+\s+){0,2}(?:session|review|appointment|appt|assessment|contact|consultation|telephone|video|follow[- ]?up|visit)\b/i;

// The date a line opens its entry with; `named`: the entry's name stands before the date or right
// after it, so the date is the entry's own.
function entryDate(text: string): { date: string; named: boolean } | undefined {
  const namedBefore = ENTRY_NAMED.exec(text);
  const then = namedBefore ? null : ENTRY_NAMED_THEN.exec(text);
  const lead = namedBefore ? namedBefore[0].length : (then ?? BEFORE_ENTRY_DATE.exec(text)!)[0].length;
  if (!DIGIT.test(text[lead] ?? '')) return undefined;
  const after = namedBefore ? ENTRY_NAMED_END : AFTER_ENTRY_DATE;
  const named = namedBefore !== null || then !== null;
  const first = findDates(text, 0, Math.min(text.length, 40))[0];
  if (first && first.start === lead) {
    if (!after.test(text.slice(first.end))) return undefined;
    const namedAfter = text.slice(0, first.start).trim() === '' && ENTRY_WORD_AFTER.test(text.slice(first.end, first.end + 48));
    return { date: isoDate(first.date), named: named || namedAfter };
  }
  const yearless = yearlessAt(text.slice(lead));
  return yearless && after.test(text.slice(lead + yearless.end)) ? { date: yearless.date, named } : undefined;
}

function analyseText(block: Block): BlockFindings {
  const text = block.text;
  const trimmed = text.trim();
  if (trimmed.length === 0) return EMPTY;
  const scanned = scan(text);
  const digits = HAS_DIGIT.test(text);
  const colon = text.includes(':');
  const answersBefore = trimmed.length <= 60 && block.kind !== 'label' && block.kind !== 'heading' ? answerOfBlock(text, scanned.hits) : undefined;
  if (scanned.hits.length === 0 && !digits && !colon && block.kind !== 'label' && block.kind !== 'heading') {
    // "Several days" under item 9's question (contextualise pairs them).
    const words = trimmed.length <= 32 ? ANSWER_ONLY.exec(trimmed) : null;
    if (!answersBefore && !words) return EMPTY;
    const answers = emptyFindings();
    if (answersBefore) answers.answer = answersBefore;
    if (words) answers.valueAnswer = answerScore(words[1]!);
    return answers;
  }
  const labelLike = block.kind === 'label' || block.kind === 'heading' || trimmed.endsWith(':') || scanned.hits.some((h) => hasRole(h, ROLE_BIT.label));
  if (trimmed.length <= 60 && labelLike) {
    const info = classifyLabel(trimmed, block.kind === 'label' || trimmed.endsWith(':'));
    if (info) {
      const findings = emptyFindings();
      if (isSectionLabel(info)) findings.heading = info;
      else findings.label = info;
      // "Person cared for:" heads a carer's own record.
      if (speaksOfCaring(trimmed)) findings.people = { caring: true };
      // "Any falls in the last year?" over "Denies": a line with no colon may answer the question
      // before it, as well as head what follows.
      if (block.kind === 'text' && !colon) {
        const form = formValueOf(text, scanned);
        if (form === 'no') findings.answer = { value: form };
      }
      return findings;
    }
  }
  const findings = analyseSpan(text, LINE, scanned);
  // "PHQ-9 11. Thoughts of self-harm: several days.": item 9 by what it asks, with the total before it.
  if (colon && SCALE_ANSWER.test(text) && !findings.measures.some((m) => m.measure === 'item9')) {
    const item9 = item9InWords(text);
    if (item9) findings.measures = attachItem9([...findings.measures, item9].sort((a, b) => a.offset - b.offset));
  }
  // "Falls and frailty template", "Falls risk screening tool": the name of a form, not a finding.
  if (trimmed.length <= 80 && FORM_NAME.test(trimmed)) for (const list of [findings.mentions, findings.signals]) for (const m of list) m.dims.hypothetical = true;
  if (findings.mentions.length > 1) {
    givenToMother(text, findings.mentions);
    deniedByValue(text, findings.mentions);
  }
  if (findings.measures.length > 0) {
    // Whether the line says an item 9 was given earlier is asked once, not once per score in it.
    let itemEarlier: boolean | undefined;
    for (const m of findings.measures) {
      const scorer = scorerOf(text, m.labelAt ?? m.offset);
      if (scorer) m.scorer = scorer;
      if (m.measure === 'item9' ? (itemEarlier ??= ITEM_GIVEN_EARLIER.test(text)) : opensEarlier(text, m.offset)) m.earlier = true;
    }
    // After the scores told earlier are known, which no entry's date is of.
    dateByEntry(text, findings.measures);
  }
  if (answersBefore) findings.answer = answersBefore;
  const people = peopleNamed(text, scanned.hits);
  if (people) findings.people = people;
  const ofOther = people?.ofOther === true;
  // "Re: Ms Priya Shah, DOB 12/05/1994, 14 Bramley Close, Leeds LS13 2HJ": a line that says it
  // names the person gives their address. Not one a line marks as a practice's or service's, nor
  // a relative's or staff's ("Re: Mr John Smith (father of patient), 4 Elm Row").
  if (people?.label && !ofOther) {
    for (const p of findings.postcodes) if (p.who === undefined && !namesOther(text.slice(0, p.offset)) && !workplaceBefore(text, p.offset)) p.who = 'person-explicit';
  }
  // "Mrs Linda Shaw, 4 Elm Road, Brighton BN2 3LE": a letter's addressee, a title and name over a
  // house's address, is the person (a GP is "Dr", a practice or a relative says so).
  else if (!ofOther && findings.postcodes.length === 1 && TITLED_ADDRESS.test(text)) {
    const p = findings.postcodes[0]!;
    if (p.who === undefined && !namesOther(text.slice(0, p.offset)) && !KIN_BRACKET.test(text) && !KIN_NAMED.test(text) && !workplaceBefore(text, p.offset)) {
      p.who = 'person';
      findings.addressee = true;
    }
  }
  if (ofOther) {
    // Up to the label's sentence end: "Spouse: Mr Omar Aziz. Client is 24 weeks pregnant".
    const end = text.search(/[.;]\s/);
    for (const list of [findings.mentions, findings.signals, findings.medications]) for (const m of list) if (end < 0 || m.offset < end) m.dims.family = true;
  }
  if (digits && !ofOther && findings.ages.length === 0) {
    const ages = namedAges(text);
    // "Mrs Smith, 45, attended with her son Josh": the age is not the person's.
    if (ages.length > 0 && !bringsThePerson(text)) for (const age of ages) findings.ages.push({ kind: 'named', years: age.years, offset: age.offset });
    const shorthand = ages.length === 0 ? shorthandPerson(text) : undefined;
    if (shorthand) findings.ages.push({ kind: 'named', years: shorthand.years, offset: 0 });
  }
  if (digits && findings.measures.every((m) => m.measure === 'item9')) {
    const item = readItemLine(text);
    if (item) findings.items = [item];
  }
  if (trimmed.length <= MAX_NAMES && (scanned.hits.some((h) => hasRole(h, ROLE_BIT.measure)))) {
    const names = namedQuestionnaire(text, scanned, findings.measures);
    if (names) findings.names = names;
    if (findings.measures.length === 0 && namesItem9Only(text, scanned)) findings.namesItem9 = true;
  }
  const lead = colon ? LEAD_LABEL.exec(text) : null;
  const leadInfo = lead ? classifyLabel(lead[1]!, true) ?? (HOME_LABEL.test(lead[1]!) ? HOME : undefined) : undefined;
  const rest = lead ? text.slice(lead[0].length) : text;
  if (lead && rest.trim().length === 0 && trimmed.length <= 42) {
    // "Plan:" or "Address:" alone: a label or heading for what follows.
    if (leadInfo && !isSectionLabel(leadInfo)) findings.label = leadInfo;
    else findings.heading = leadInfo ?? {};
    // "25/11/2026:", "Scores this session (25/11/2026):": a heading that dates what follows it, as
    // the same line with no colon does. Not one booked ahead ("Next review (18/12/2026):").
    if (digits && !AHEAD.test(trimmed)) {
      const dates = findDates(trimmed);
      if (dates.length === 1) findings.dateHeading = isoDate(dates[0]!.date);
      if (findings.dateHeading && EARLY_ENTRY.test(trimmed)) findings.headingEarly = true;
    }
    return findings;
  }
  if (block.kind === 'heading') findings.heading = {};
  if (block.kind === 'label') findings.label = {};
  if (leadInfo) findings.leadLabel = leadInfo;
  if (leadInfo?.addr === 'org' && !leadInfo.work) {
    const orgUntil = orgPartEnd(text, lead![0].length);
    if (orgUntil !== undefined) findings.orgUntil = orgUntil;
  }

  // "Chest pain on exertion: No": the answer settles whatever the question names without a status
  // of its own (a form value right beside a term has already settled that term).
  const answer = answerOf(text, scanned);
  if (answer) {
    const lists = settlesSymptoms(answer.value) ? [findings.mentions, findings.signals, findings.medications] : [findings.mentions];
    for (const list of lists as { dims: Dims; offset: number }[][]) {
      for (const item of list) if (answer.answered.has(item.offset)) applyForm(item.dims, answer.value, answer.notApplicable);
    }
  }
  if (findings.mentions.length + findings.signals.length + findings.medications.length > 0) askedOfPerson(text, findings, answer);

  // "Family history: ..." (or "FH:" mid-paragraph) sets the status of what follows it in the block;
  // a relative's label also that of the drugs and symptoms after it ("Parent's health: on insulin").
  if (text.includes(':') && findings.mentions.length + findings.medications.length + findings.signals.length > 0) {
    const sections: { at: number; info: LabelInfo }[] = [];
    for (const { label, at } of inlineLabels(text)) {
      const info = classifyLabel(label);
      sections.push({ at, info: info && isSectionLabel(info) ? info : {} });
    }
    labelSections(text, sections, findings.mentions, () => true);
    labelSections(text, sections, findings.medications, RELATIVES_LABEL, 2);
    // "Pertinent negatives: chest pain, falls": a heading that denies its list denies its symptoms too.
    labelSections(text, sections, findings.signals, (info) => RELATIVES_LABEL(info) || (info.status === 'negated' && info.itemsOnly === true), 2);
  }
  if (leadInfo?.notTaken) {
    // "Previous drugs: none. Current: insulin glargine", "Previous medication: sertraline, now on
    // insulin": only up to the next label or word of the present.
    const after = lead![0].length;
    const label = inlineLabels(text).find((l) => l.at > after)?.at ?? Infinity;
    NOW_AGAIN.lastIndex = after;
    const now = NOW_AGAIN.exec(text)?.index ?? Infinity;
    SENTENCE_END.lastIndex = after;
    const sentence = SENTENCE_END.exec(text)?.index ?? Infinity;
    const end = Math.min(label, now, sentence);
    // "sertraline, gliclazide 80mg bd continues": a drug whose own part of the line says it goes on.
    findings.medications = findings.medications.filter((m) => m.offset >= end || TAKEN_NOW.test(partOf(text, m.offset)));
  }
  if (leadInfo?.age === 'age' || leadInfo?.age === 'dob') readLabelledAge(rest, leadInfo.age, lead![0].length, findings);
  // "Contact type: Telephone   Date: 14/03/2025": a date field that ends a line of fields.
  if (colon && digits && findings.measures.length === 0 && findings.dateHeading === undefined && text.length <= 120) {
    const field = DATE_FIELD_LAST.exec(text);
    const dates = field ? findDates(field[1]!) : [];
    if (dates.length === 1) findings.dateHeading = findings.dateField = isoDate(dates[0]!.date);
  }
  // "Date: 14/03/2025", "Session date: 20/11/2026 10:30": the entry's date, for what follows it.
  if (leadInfo?.date && digits && findings.measures.length === 0 && rest.length <= 40 && ONLY_DATE_TIME.test(rest.replace(ANY_DATE, ''))) {
    const dates = findDates(rest);
    if (dates.length === 1) findings.dateHeading = findings.dateField = isoDate(dates[0]!.date);
  }
  // "Home: 88 Newland Park, Hull, HU5 2DT": the label no lexicon word marks.
  if (leadInfo === HOME) for (const p of findings.postcodes) p.who ??= 'person';
  // ... or as a sentence's: "DOB 30/06/1995. Home: 12 Wilmslow Road, Manchester M14 5TQ. Works at ...".
  else if (findings.postcodes.length > 0 && colon) {
    for (const p of findings.postcodes) {
      if (p.who !== undefined) continue;
      const before = text.slice(Math.max(0, p.offset - 80), p.offset);
      if (HOME_IN_SENTENCE.test(before) || (p.offset <= 80 && HOME_OPENING.test(before))) p.who = 'person';
      else if (WORK_IN_LINE.test(before)) p.who = 'org';
    }
  }
  if (leadInfo?.addr) {
    const outcode = outwardOnly(rest);
    if (outcode) findings.postcodes.push({ outcode, who: leadInfo.addr, offset: lead![0].length, outwardOnly: true });
  }

  const form = (scanned.hits.length === 1 && trimmed.length <= MAX_VALUE) || scanned.hits.length >= 4 ? formValueOf(text, scanned) : undefined;
  if (form) findings.formOnly = form;
  if (digits && (block.kind === 'heading' || (trimmed.length <= 60 && (STARTS_WITH_DATE.test(trimmed) || ENTRY_HEADING.test(trimmed)))) && findings.measures.length === 0) {
    const date = firstDate(trimmed);
    if (date) findings.dateHeading = isoDate(date);
    if (date && EARLY_ENTRY.test(trimmed)) findings.headingEarly = true;
  }
  // A new entry with no date of its own ("Session 6", "Telephone contact today"): the date of the
  // entry before it no longer dates what follows.
  if (findings.dateHeading === undefined && trimmed.length <= 60 && ENTRY_HEADING.test(trimmed) && findings.measures.length === 0) findings.newEntry = true;

  if (trimmed.length <= 40 && digits) {
    const age = VALUE_AGE.exec(trimmed);
    if (age && Number(age[1]) <= 125) findings.valueAge = Number(age[1]);
    const dob = firstDate(trimmed);
    if (dob) findings.valueDob = dob;
    const outcode = outwardOnly(trimmed);
    if (outcode) findings.valueOutcode = outcode;
    const score = VALUE_SCORE.exec(trimmed);
    if (score) findings.valueScore = Number(score[1]);
    // "7 (14/08/2025)", "11 - 02/10/2026": the score and the day it was taken.
    const dated = !score && dob ? SCORE_THEN_DATE.exec(trimmed) : null;
    const undated = dated ? VALUE_SCORE.exec(dated[1]!) : null;
    if (undated) {
      findings.valueScore = Number(undated[1]);
      findings.valueScoreDate = isoDate(dob!);
    }
  }
  return findings;
}
// A block of only one of an item's four answers ("Several days"); the rest of a "Date:" field once
// its date is taken out (a time at most).
const ANSWER_ONLY = new RegExp(String.raw`^(${ANSWER_SOURCE})\.?$`, 'i');
const ONLY_DATE_TIME = /^[\s,(]*(?:(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]m)?)?[\s)]*$/i;
const ANY_DATE = /\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}|\d{1,2}(?:st|nd|rd|th)?[ -][A-Za-z]{3,9}[ -]\d{4}/;
const SCORE_THEN_DATE = new RegExp(String.raw`^(.*?)\s*(?:\(\s*(?:on\s+)?(?:${ANY_DATE.source})\s*\)|(?:[-–,]|\bon)\s*(?:${ANY_DATE.source}))$`, 'i');
const VALUE_SCORE = /^(\d{1,2})\s*(?:\/\s*(?:27|21))?\s*(?:\(\s*(?:minimal|mild|moderate|moderately severe|severe)\s*\))?$/i;

// A short block that names one questionnaire and gives none of its scores: "PHQ-9", "GAD-7 item
// scores (01/10/2026)", "PHQ-9 - Patient Health Questionnaire". Two ("PHQ-9 and GAD-7") name none;
// any other questionnaire or measurement ("CORE-10", "Weight") is 'other'.
const MAX_NAMES = 80;

// A line that ends in a colon introduces what follows it: "PHQ-9 today (total 15):".
const INTRODUCES = /:\s*$/;

function namedQuestionnaire(text: string, { hits }: ScanResult, measures: readonly MeasureCandidate[]): BlockFindings['names'] {
  let measure: MeasureId | undefined;
  let two = false;
  let named: Hit | undefined;
  for (const hit of hits) {
    const role = roleOf(hit, 'measure');
    if (!role || role.measure === 'counter' || role.measure === 'item9') continue;
    if (role.measure === 'other') return { measure: 'other' };
    if (measure !== undefined && measure !== role.measure) two = true;
    measure = role.measure;
    named = hit;
  }
  if (two) return undefined;
  if (!measure || measures.some((m) => m.measure !== 'item9' && (m.measure !== measure || !INTRODUCES.test(text)))) return undefined;
  const date = firstDate(text);
  const names: NonNullable<BlockFindings['names']> = date ? { measure, date: isoDate(date) } : { measure };
  if (onlyName(text, named!)) names.only = true;
  return names;
}

// The block says nothing but the name, maybe with "score" or "total" and a date: "PHQ-9", "GAD-7
// total:", "PHQ-9 score (20/11/2026)". Not "PHQ-9 sessions attended", "Weeks since last PHQ-9".
const NAME_ONLY_REST = /^[\s:()\-–\d/.]*(?:(?:total|score|result|today|latest)\b[\s:()\-–\d/.]*)*$/i;
// Nothing before a name but punctuation, or a word that says it is the latest: "<dt>Latest PHQ-9</dt>".
const NAME_FIRST = /^[\s:(\-–]*(?:(?:latest|current|most recent|recent|last|todays?|today's|today’s)\s+)?$/i;
function onlyName(text: string, hit: Hit): boolean {
  return NAME_FIRST.test(text.slice(0, hit.start)) && NAME_ONLY_REST.test(text.slice(hit.end));
}

// Where an organisation's lead label stops speaking for its line: at the next label that is not
// more of the organisation ("GP: Dr Patel. Reason: low mood", not "GP: Dr Lee. Clinic: COPD
// clinic"), or at a label of what the person is referred for wherever it stands ("GP: Dr Patel
// Reason: COPD", as a copied header runs its fields together).
const ORG_FIELD = /^(?:team|clinic|role|job title|title|position|designation|speciality|specialty|service|department|dept|unit|ward|site|location|base|practice|surgery|hospital|trust|organi[sz]ation|address|tel|telephone|phone|mobile|fax|e-?mail|contact|bleep|ext|extension|name|gp|consultant|referrer|clinician|lead|nurse|doctor|dr|pathway)$/i;
const PERSON_FIELD = /\b(?:reasons? for referral|referral reason|reasons?|presenting (?:problems?|complaints?|issues?)|problems?|diagnos[ie]s|(?:past )?(?:medical )?history|pmh|concerns?)\s*:/gi;
// So does what they did for the person: "GP: Dr Patel, has referred for anxiety".
const DID_FOR_PERSON = /,\s*(?:who\s+)?(?:has\s+|have\s+)?(?:referred|re-referred|requested|requesting|requests|prescribed|started|commenced|increased|diagnosed)\b/gi;
// A value that opens with the person (or their baby) is what the team says of them, not the
// team's details: "Perinatal team: baby born 2 months ago", "CMHT: she has asthma".
const PERSON_VALUE = /^\s*(?:she|he|client|patient|pt|service user|baby|her baby|his baby)\b/i;
// A sentence that opens with the person ends it too: "Other patients on the ward: one was pregnant.
// Client has psychosis."
const PERSON_SENTENCE = /[.;]\s+(?:the\s+)?(?:client|patient|pt|service user)\b/gi;
function orgPartEnd(text: string, from: number): number | undefined {
  if (PERSON_VALUE.test(text.slice(from, from + 24))) return from;
  const next = inlineLabels(text).find((l) => l.at > from && !ORG_FIELD.test(l.label.trim()));
  PERSON_FIELD.lastIndex = from;
  const field = PERSON_FIELD.exec(text);
  DID_FOR_PERSON.lastIndex = from;
  const did = DID_FOR_PERSON.exec(text);
  PERSON_SENTENCE.lastIndex = from;
  const person = PERSON_SENTENCE.exec(text);
  const at = Math.min(next?.at ?? Infinity, field ? field.index + field[0].length : Infinity, did ? did.index + 1 : Infinity, person ? person.index + 1 : Infinity);
  return at === Infinity ? undefined : at;
}

// "PHQ-9 item 9", "Q9 (thoughts better off dead)": a block that is only item 9's name, whose value
// the next block may give ("<dt>PHQ-9 item 9</dt><dd>2</dd>").
function namesItem9Only(text: string, { hits }: ScanResult): boolean {
  if (hits.length !== 1 || roleOf(hits[0]!, 'measure')?.measure !== 'item9') return false;
  return NAME_FIRST.test(text.slice(0, hits[0]!.start)) && /^[\s:)?\-–]*(?:score\b[\s:)\-–]*)?$/i.test(text.slice(hits[0]!.end));
}

// Gives `value` to everything in `lists` that states no status of its own.
function answerAll(lists: readonly (readonly { dims: Dims; offset: number }[])[], value: FormValue): void {
  for (const list of lists) for (const item of list) applyForm(item.dims, value);
}

// A cell of tick boxes alone: "[x] Yes" is yes; "[ ] Stick [ ] Frame [x] None" is no; a lone
// "[ ] Yes" left unticked is no; boxes none of which is ticked answer nothing ('unknown').
const BOX_OPTION = /\[(x| )\]\s*([A-Za-z][A-Za-z /-]{0,24}?)\s*(?=\[|$)/gi;
const BOX_CELL = /^\s*(?:\[(?:x| )\]\s*[A-Za-z][A-Za-z /-]{0,24}?\s*)+$/i;
const NONE_OPTION = /^(?:no|n|none|never|nil|not applicable|n\/a)$/i;
const YES_OPTION = /^(?:yes|y)$/i;
const UNKNOWN_OPTION = /^(?:unknown|not known|not asked|declined(?: to answer)?|not answered|unsure|n\/k)$/i;
function boxAnswer(cell: string): FormValue | undefined {
  if (!cell.includes('[') || !BOX_CELL.test(cell)) return undefined;
  const options = [...cell.matchAll(BOX_OPTION)].map((m) => ({ ticked: m[1]!.toLowerCase() === 'x', label: m[2]!.trim() }));
  const ticked = options.filter((o) => o.ticked);
  if (ticked.length === 0) return options.length === 1 && YES_OPTION.test(options[0]!.label) ? 'no' : 'unknown';
  if (ticked.every((o) => UNKNOWN_OPTION.test(o.label))) return 'unknown';
  if (ticked.every((o) => NONE_OPTION.test(o.label))) return 'no';
  if (ticked.some((o) => NONE_OPTION.test(o.label))) return 'unknown';
  return 'yes';
}

// No cell after c says anything: "Falls | [ ] Yes | Fell on stairs last month" answers in its comment.
const NOT_BLANK_CELL = /[A-Za-z\d]/;
function quietAfter(cells: readonly string[], c: number): boolean {
  for (let k = c + 1; k < cells.length; k++) if (NOT_BLANK_CELL.test(cells[k]!)) return false;
  return true;
}

// "DOB | 30/04/1948 | NHS No | 601 234 5678": every other cell a label of the person's own details,
// read for the cell after it. Undefined for a relative's, carer's or child's row ("Carer | Frank
// Jones | DOB | 01/01/1950") or any other.
const BANNER_LABEL = /^(?:nhs(?: no\.?| number)?|mrn|hospital (?:no|number)|rio id|id|gender|sex|name|patient|client|tel|phone|mobile|email|ethnicity|religion|language)$/i;
function bannerLabels(cells: readonly string[]): (LabelInfo | undefined)[] | undefined {
  if (cells.length < 4 || cells.length % 2 !== 0) return undefined;
  const labels: (LabelInfo | undefined)[] = [];
  for (let k = 0; k < cells.length; k += 2) {
    const cell = cells[k]!.trim();
    // Loose: an unknown label ending in "team" or "practice" reads as an organisation's, refused below.
    const info = classifyLabel(cell, true);
    if (!BANNER_LABEL.test(cell) && (!info || (info.addr !== undefined && info.addr !== 'person' && info.addr !== 'person-explicit'))) return undefined;
    labels[k + 1] = info;
  }
  return labels;
}

// Words in a cell that answer a question one of the two cells before asks, as the block after a question does
// (see answerQuestions in contextualise.ts).
function rowAnswer(cell: string, scanned: ScanResult, before: readonly BlockFindings[]): FormValue | undefined {
  const answer = answerOfBlock(cell, scanned.hits);
  if (!answer) return undefined;
  const asked = before.flatMap((f) => [...f.signals.filter((x) => x.dims.question).map((x) => x.flag), ...f.mentions.filter((x) => x.dims.question).map((x) => x.signal)]);
  if (answer.notCardiac && asked.includes('cardiac-symptoms')) return undefined;
  // A year dates the answer, which a row's value cannot carry: left unread.
  if (answer.year !== undefined || (answer.fallsOnly && !asked.includes('falls'))) return undefined;
  if (answer.words && !asked.some((flag) => flag !== undefined && flag !== 'pregnancy' && flag !== 'postnatal' && flag !== 'me-cfs')) return undefined;
  // A count of none ("0", "Never") in a row answers falls only: the row's other cells take its value.
  if (answer.words && answer.value === 'no' && !asked.includes('falls')) return undefined;
  return answer.value;
}

// The cell asks about something with a question mark ("Chest pain?").
function asks(f: BlockFindings): boolean {
  return f.signals.some((x) => x.dims.question) || f.mentions.some((x) => x.dims.question);
}

// The cell is one known phrase and nothing else.
function isOnly(cell: string, { hits }: ScanResult): boolean {
  return hits.length === 1 && hits[0]!.start === 0 && hits[0]!.end >= cell.trim().length;
}

// The cell names only a relative: 'alone' ("Mother", "Maternal grandfather"), or 'named', by a name
// with the relative in brackets ("Frank (husband)", "Mrs J Price (mother)", "Amy (daughter, 15)").
const NAME_THEN_BRACKET = /^\s*(?:(?:mr|mrs|ms|miss|mx|dr)\.?\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}\s*\(\s*(?:(?:her|his|pt['’]?s|client['’]?s)\s+)?$/;
const BRACKET_ENDS = /^\s*(?:,\s*(?:aged?\s*)?\d{1,3}(?:\s*(?:y|yo|yrs?|years?))?\s*)?\)\s*$/;
const PERSON_WORDS = /\b(?:she|he|her|his|him|pt|patient|client)\b/i;
function relativeCell(cell: string, scanned: ScanResult): 'alone' | 'named' | undefined {
  const { hits } = scanned;
  if (hits.length !== 1 || !hits[0]!.roles.some((r) => r.kind === 'trigger' && r.dim === 'family' && r.dir === 'pre')) return undefined;
  if (isOnly(cell, scanned)) return 'alone';
  return NAME_THEN_BRACKET.test(cell.slice(0, hits[0]!.start)) && BRACKET_ENDS.test(cell.slice(hits[0]!.end)) ? 'named' : undefined;
}

function readLabelledAge(value: string, kind: 'age' | 'dob', offset: number, findings: BlockFindings): void {
  if (findings.ages.length > 0) return;
  if (kind === 'dob') {
    const date = findDates(value)[0];
    if (date) findings.ages.push({ kind: 'dob', dob: date.date, offset });
    return;
  }
  // "Age: 15 months", "Age: 6 weeks": a baby's, not years.
  const m = FIELD_AGE.exec(value);
  if (m && Number(m[1]) <= 125) findings.ages.push({ kind: 'field', years: Number(m[1]), offset });
}
const FIELD_AGE = /^\s*(\d{1,3})(?!\d|\s*(?:months?|mths?|mos?|weeks?|wks?|days?|\/12|\/52)\b)/i;

// `answer`: the column is one answer ("Yes", "No", "Family"), ticked by a mark in its cells.
// `other`: the column is another questionnaire's ("CORE-10", "AUDIT").
// `notScore`: the column holds something else of each row's ("Change", "Target").
// `counts`: the column numbers sessions or weeks ("Session", "Week no.").
// `itemColumn`: the column numbers a questionnaire's items ("Item", "Q"), so a bare "3" in it is item 3.
// `aside`: a column whose yes or no says something else of the row's problem ("Primary?", "Significant").
// `relationship`: the column says whom each row is about ("Relationship", "Relation to client").
// `ends`: the column says when each row ended ("End", "Stopped").
type Header = { info?: LabelInfo; measure?: MeasureId | 'item9'; date?: string; answer?: FormValue; item?: number; itemColumn?: true; other?: true; time?: number; notScore?: true; counts?: true; aside?: true; relationship?: true; ends?: true; tick?: number };
const ASIDE_COLUMN = /^\s*(?:primary|significant|significance|main|major|minor|headline|pinned|priority|confidential|sensitive|private|shared|summary|show in summary|in summary)\s*\??\s*$/i;
const COUNTS_SESSIONS = /^(?:session|sess|week|wk|appointment|appt|contact|visit)s?\.?(?:\s*(?:no\.?|number|#))?$/i;
const WHOLE_NUMBER = /^\s*(\d{1,2})\s*$/;

const DAY_MONTH_LAST = /(?:^|\s)(\d{1,2}\/\d{1,2})\s*$/;

function classifyHeader(text: string | undefined): Header {
  return text ? headerOf(text) : {};
}

// "Pregnancy: not pregnant", "Pregnant: not currently pregnant": a field whose value denies its own
// term answers no, as "Pregnancy: No" does.
// So does "Eating disorder: no history of eating disorder", "Bipolar: screened, no features of bipolar
// disorder", "Psychosis: no psychotic symptoms".
const DENYING_VALUE = /^\s*[^:\n]{1,40}?\s*:\s*(?:[a-z]+,?\s+){0,2}?(?:not|no longer|never|no|nil|denies|denied|negative)\b/i;
function deniedByValue(text: string, mentions: RawMention[]): void {
  const colonAt = text.indexOf(':');
  if (colonAt < 0 || colonAt > 44 || !DENYING_VALUE.test(text)) return;
  const colon = text.indexOf(':');
  for (const label of mentions) {
    if (label.offset >= colon) break;
    const denied = mentions.some((m) => m.offset > colon && m.dims.negated === true && m.ids.some((id) => label.ids.includes(id)));
    if (!denied) continue;
    label.dims.negated = true;
    label.dims.explicit = true;
  }
}

const SENTENCE_CLOSED = /[.;!?](?:\s|$)/;

// A cheap look for one of the PHQ-9's answers before item9InWords: most lines have none.
const SCALE_ANSWER = /several days|half the days|every day|not at all/i;

// Shared between rows and tables: never changed once made.
const headerOf = memoByText((text: string): Header => {
  const header: Header = {};
  const info = classifyLabel(text, true);
  if (info) header.info = info;
  const answer = formValueOf(text);
  if (answer) header.answer = answer;
  // "Target PHQ-9", "PHQ-9 goal": a column of targets, not of scores.
  const target = NAMES_TARGET.test(text);
  for (const hit of scan(text).hits) {
    const role = roleOf(hit, 'measure');
    if (target && role) {
      header.other = true;
      break;
    }
    if (role && (role.measure === 'phq9' || role.measure === 'gad7' || role.measure === 'item9')) {
      header.measure = role.measure;
      break;
    }
    if (role?.measure === 'other') header.other = true;
  }
  const dates = findDates(text);
  if (dates.length === 1 && text.trim().length <= 24) header.date = isoDate(dates[0]!.date);
  // "Jan 2026 | Jun 2026 | Nov 2026": a month's column, dated by its first day.
  const month = header.date === undefined ? monthYear(text) : undefined;
  if (month) header.date = month;
  // "Measure | 13/11 | 20/11", "Session B 20/11": a column of a day and month (the merge gives the year).
  const dayMonth = header.date === undefined && text.length <= 24 ? DAY_MONTH_LAST.exec(text) : null;
  if (dayMonth) header.date = yearlessDate(dayMonth[1]!);
  const item = itemNumber(text);
  if (item !== undefined) header.item = item;
  else if (isItemColumn(text)) header.itemColumn = true;
  const time = columnTime(text);
  if (time !== undefined) header.time = time;
  if (notScoreColumn(text)) header.notScore = true;
  if (COUNTS_SESSIONS.test(text.trim())) header.counts = true;
  if (ASIDE_COLUMN.test(text)) header.aside = true;
  if (namesRelationshipColumn(text)) header.relationship = true;
  if (namesEndColumn(text)) header.ends = true;
  const tick = tickScore(text);
  if (tick !== undefined) header.tick = tick;
  return header;
});

// A line that says its item 9 was given before now: "Item 9 at assessment: 2", "Q9 previously 1".
const ITEM_GIVEN_EARLIER = /\b(?:at (?:assessment|referral|intake|baseline|triage|screening)|baseline|initially|previously|last (?:session|week|time|review)|first session|pre-?treatment)\b/i;

// Where the person works or studies: not their home.
// A relative named as the line's own, not the person's ("lives with her husband", "mother of two").
const KIN_NAMED = /(?<!\b(?:her|his|their|with|for|of|to|and|my)\s+)\b(?:husband|wife|partner|spouse|mother|mum|father|dad|son|daughter|sister|brother|next of kin|nok|friend|neighbou?r|relative|guardian|parent|relationship)\b(?!\s+(?:of|to)\b)/i;
const KIN_BRACKET = /\((?:[^)]{0,30}\b)?(?:husband|wife|partner|son|daughter|mother|father|brother|sister|nok|next of kin|carer|mum|dad|parent|guardian)\b[^)]{0,30}\)/i;
const TITLED_ADDRESS = /^\s*(?:[Mm]rs?|[Mm]s|[Mm]iss|[Mm]x)\.?\s+[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){0,2}\s*,\s*(?:[Ff]lat\s+\d{1,4}[A-Za-z]?\s*,?\s+)?\d{1,4}[A-Za-z]?\s+[A-Z][a-z]+/;
const WORKPLACE = /\b(?:work(?:place|s at| address)?|employer|employed|office|school|college|university|nursery|ward|hospital|clinic|care home|pharmacy)\b/i;
// Not in the person's own name: "Re: Mr Steven WARD, 3 Northgate".
const TITLED_NAME = /\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|MR|MRS|MS|MISS)\.?\s+[A-Z][A-Za-z'’-]+(?:\s+[A-Z][A-Za-z'’-]+){0,2}/g;
function workplaceBefore(text: string, offset: number): boolean {
  return WORKPLACE.test(text.slice(0, offset).replace(TITLED_NAME, ''));
}
const EARLY_ENTRY = /\b(?:assessment|assess|baseline|initial|referral|intake|triage|screening|first (?:session|appointment|contact)|(?:session|appointment|appt|contact) (?:1|one)|1st (?:session|appointment)|start of (?:treatment|therapy))\b/i;

// A total whose sentence opens by saying it was given before now: "At assessment: PHQ-9 20" under
// "Session 4 - 20/11/2026" is not that session's.
// The words that put a score before now, whether they open its sentence or follow its name.
const SAID_EARLIER = String.raw`at (?:the )?(?:initial )?(?:assessment|referral|intake|baseline|triage|screening)|on referral|initially|previously`;
const OPENS_EARLIER = new RegExp(String.raw`^\s*(?:[-*•]\s*)?(?:${SAID_EARLIER}|baseline|initial|intake|(?:at (?:the )?)?first session|pre-?treatment|previous(?: scores?)?\s*:|prior(?: scores?)?\s*:)`, 'i');
const SENTENCE_BREAK = /[.;!?\n]\s/g;

// Only where the words say it of the score: "At assessment: PHQ-9 20", "Baseline PHQ-9 19",
// "PHQ-9 at assessment 19"; not "Previously struggling to leave the house, now walking daily with
// PHQ-9 down to 8".
const EARLIER_THEN = /^[\s:(–-]*(?:\([^()]{0,40}\)\s*,?\s*)?(?:(?:phq|gad|wsas|core)[\w-]*\s*[:=]?\s*\d{1,2}(?:\s*\/\s*\d{2})?\s*(?:,|;|and|&)?\s*)*(?:(?:the\s+)?(?:score|total|was|were)\s*)?[:=–-]?\s*$/i;
const LATER_IN_SENTENCE = /\b(?:now|today|this (?:session|week)|currently|latest|down to|up to|improved to|reduced to|fell to|rose to)\b|->|→/i;
const EARLIER_AFTER = new RegExp(String.raw`^\S+(?:\s+(?:total|score))?\s+(?:${SAID_EARLIER})\b`, 'i');

// Where each sentence of the last text asked about starts, after its break: a block's scores are
// asked about one after another, and finding the breaks afresh for each from the block's start made
// a long block with many scores quadratic.
let sentenceStarts: { text: string; starts: number[] } | undefined;

// The start of the sentence that holds `offset`.
function sentenceStart(text: string, offset: number): number {
  if (sentenceStarts?.text !== text) {
    const starts = [0];
    SENTENCE_BREAK.lastIndex = 0;
    for (let m = SENTENCE_BREAK.exec(text); m !== null; m = SENTENCE_BREAK.exec(text)) starts.push(m.index + m[0].length);
    sentenceStarts = { text, starts };
  }
  // The last start whose break lies before `offset` (a break's start is 2 before its sentence's).
  const { starts } = sentenceStarts;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! - 2 < offset) lo = mid;
    else hi = mid - 1;
  }
  return starts[lo]!;
}

function opensEarlier(text: string, offset: number): boolean {
  const from = sentenceStart(text, offset);
  const lead = OPENS_EARLIER.exec(text.slice(from, offset));
  if (lead !== null) return EARLIER_THEN.test(text.slice(from + lead[0].length, offset));
  // "PHQ-9 at assessment 22, now 13": the score read is the later one.
  return EARLIER_AFTER.test(text.slice(offset, offset + 48)) && !LATER_IN_SENTENCE.test(text.slice(offset, offset + 80).split(/[.;!?\n]/)[0]!);
}

// A cell that only ticks its column: "X", "✓", "[x]" (a ticked box or radio button), "•".

// A score, maybe out of the maximum, maybe marked or with its band or a note in brackets after it,
// or (for an item) the answer's words: "14", "14/27", "14 (moderate)", "9 (item 9 = 0)", "9*",
// "2 - More than half the days".
const SCORE_CELL = /^\s*(\d{1,2})\s*(?:\/\s*(?:27|21|3)\s*)?(?:\*\s*)?(?:\(?[a-z ]{0,20}\)?|\([^()]{0,30}\)|[-–—:]\s*(?:not at all|several days|more than half(?: of)? the days|nearly every day))?\s*$/i;

function scoreOf(text: string): number | undefined {
  const m = SCORE_CELL.exec(text);
  return m ? Number(m[1]) : undefined;
}

// A table's rows share one headers array: classify its headers once, not once per row.
const classifiedHeaders = new WeakMap<readonly (string | undefined)[], Header[]>();

function headersOf(block: Block): Header[] {
  if (!block.headers) return [];
  let headers = classifiedHeaders.get(block.headers);
  if (!headers) {
    headers = block.headers.map(classifyHeader);
    // "Baseline | 6/52 | 3/12": beside a time that is no date, "3/12" is three months.
    if (headers.some((h) => h.time !== undefined && h.date === undefined)) {
      headers = headers.map((h, c) => (h.date !== undefined && h.time !== undefined && monthsOrDate(block.headers![c] ?? '') ? { ...h, date: undefined } : h));
    }
    classifiedHeaders.set(block.headers, headers);
  }
  return headers;
}

// A cell that is a date and nothing else, maybe with its time: "20/11/2026", "20 Nov 2026 14:30".
const TIME_AFTER = /^\s*(?:\d{1,2}[:.]\d{2}(?:\s*[ap]m)?)?\s*$/i;
function dateCell(cell: string): string | undefined {
  if (cell.length > 32) return undefined;
  const dates = findDates(cell);
  if (dates.length !== 1 || cell.slice(0, dates[0]!.start).trim() !== '' || !TIME_AFTER.test(cell.slice(dates[0]!.end))) return undefined;
  return isoDate(dates[0]!.date);
}

function analyseRow(block: Block): BlockFindings {
  const cells = block.cells!;
  const headers = headersOf(block);
  const scans = cells.map((cell) => scan(cell));
  const findings = emptyFindings();
  const rowLabel = cells.length > 1 ? classifyLabel(cells[0]!, block.rowHeader === true) : undefined;
  const pairLabels = headers.length === 0 ? bannerLabels(cells) : undefined;
  const rowLabelActive = rowLabel !== undefined && (block.rowHeader === true || cells.length === 2);
  const ownerLabel = rowLabelActive && (rowLabel.aboutCarer || rowLabel.aboutParent);
  if (ownerLabel) findings.rowOwnerLabel = rowLabel;
  // "Mother | Stroke": a row that starts with a relative is about that relative.
  const relative = cells.length > 1 ? relativeCell(cells[0]!, scans[0]!) : undefined;
  // "Glimepiride 2mg | 2019 | 2022" under "Drug | Start | End", "Gliclazide 80mg | Discontinued":
  // a drug the row says has stopped.
  const ended = cells.length > 1 && endedRow(cells, (c) => headers[c]?.ends === true);
  // "20/11/2026 | Session 6. PHQ-9 11, GAD-7 9": a journal's row, whose first cell dates the scores
  // its entry gives.
  // Not under a "DOB" column.
  const entryDate = cells.length > 1 && headers[0]?.info?.age !== 'dob' ? dateCell(cells[0]!) : undefined;
  let statusForm: FormValue | undefined;
  // The status is of the past ("Resolved", "Past"): a condition of now only is then not reported.
  let statusPast = false;
  let markedAnswer: FormValue | undefined;
  // The cell the answer came from: it answers the symptoms and drugs before it, and only in a
  // row that is a question and its answer (two cells, a marked answer column or a status column).
  let answerCell = -1;
  const cellFindings: BlockFindings[] = [];
  // A cell so far asks about something with a question mark ("Chest pain?").
  let askedBefore = false;
  // Whether the headers' times run newest first, worked out once for the row.
  let newest: boolean | undefined;
  const newestFirst = (): boolean => (newest ??= runsNewestFirst(headers.map((h) => h?.time)));
  let offset = 0;
  cells.forEach((cell, c) => {
    const header = headers[c] ?? {};
    const f = c === 0 && rowLabelActive ? emptyFindings() : analyseSpan(cell, { codeColumn: header.info?.code === true }, scans[c]);
    // "Condition | Yes | No" over "Diabetes |  | X": a mark answers with its column's heading.
    const marked = c > 0 && header.answer !== undefined && MARK.test(cell);
    // "Chest pain? | Only on exertion": words that answer a question in a cell before.
    const form = marked ? header.answer : header.aside ? undefined : c > 0 || cells.length === 1 ? formValueOf(cell, scans[c]) ?? (askedBefore ? rowAnswer(cell, scans[c]!, cellFindings.slice(-2)) : undefined) ?? (c > 0 && quietAfter(cells, c) ? boxAnswer(cell) : undefined) : undefined;
    if (marked) {
      // Marks in two columns ("✓ | ✓") say nothing the form can be read by.
      const answer = markedAnswer === undefined || markedAnswer === form ? form! : 'unknown';
      markedAnswer = answer;
      statusForm = answer;
      answerCell = c;
    } else if (form && f.mentions.length === 0 && (statusForm === undefined || timeAnswerWins(headers, answerCell, c, statusForm, form, endsRow(cellFindings[0]), newestFirst))) {
      statusForm = form;
      statusPast = PAST_FORM.test(cell);
      answerCell = c;
    }
    for (const list of [f.mentions, f.medications, f.signals, f.ages, f.postcodes, f.bmis, f.measures] as { offset: number }[][]) {
      for (const item of list) item.offset += offset;
    }
    cellFindings.push(f);
    if (!askedBefore && asks(f)) askedBefore = true;
    offset += cell.length + 3;
  });

  // Not under a heading that is itself an answer: "Resolved | No" says the symptom goes on.
  const answersSymptoms = markedAnswer !== undefined || (cells.length === 2 && headers.length === 0)
    || (headers[answerCell]?.info?.statusColumn === true && headers[answerCell]?.answer === undefined)
    || headers[answerCell]?.time !== undefined;
  cellFindings.forEach((f, c) => {
    const header = headers[c] ?? {};
    // "Exertional chest pain | No", "Insulin | No": the row's answer settles its symptoms and drugs too.
    if (statusForm && settlesSymptoms(statusForm) && c < answerCell && answersSymptoms) answerAll([f.signals, f.medications], statusForm);
    // "Father | Blackouts": a cell that is only the symptom, in a relative's row.
    // So is "He fell twice" or "Her youngest is 10 weeks old" in a relative's row.
    if (relative && c > 0) {
      const only = isOnly(cells[c]!, scans[c]!);
      for (const signal of f.signals) if (only || signal.pronoun) signal.dims.family = true;
      for (const mention of f.mentions) if (mention.pronoun) mention.dims.family = true;
    }
    for (const mention of f.mentions) {
      if (statusForm) {
        applyForm(mention.dims, statusForm);
        if (statusPast && mention.dims.form === statusForm) mention.dims.historical = true;
      }
      applyStatus(mention.dims, header.info);
      // "Children | Son: 6 weeks old. Low mood since the birth.": a child's reaches its sentence.
      if (rowLabelActive && !ownerLabel && !(rowLabel?.sentenceOnly && SENTENCE_CLOSED.test(cells[c]!.slice(0, mention.offset)))) applyStatus(mention.dims, rowLabel);
      // Only a cell that names the condition and nothing else: "Partner | aware she is 20 weeks
      // pregnant" is about her. A row headed by a relative named in full ("Sarah (partner) |
      // Pregnant 20 weeks") is about them, unless the cell speaks of the person.
      if (relative && c > 0 && (mention.bare || (relative === 'named' && !PERSON_WORDS.test(cells[c]!)))) mention.dims.family = true;
      // A bare term in a two-cell row is a form row ("Diabetes | No").
      findings.mentions.push(mention);
    }
    const notTaken = header.info?.notTaken || (rowLabelActive && rowLabel?.notTaken);
    // "Mother's health | on insulin", "Father | chest pain on exertion": a relative's row's drugs and symptoms are theirs.
    const relativesRow = rowLabelActive && c > 0 && rowLabel?.status === 'family' && !ownerLabel;
    if (relativesRow) for (const item of [...f.medications, ...f.signals]) item.dims.family = true;
    if (!notTaken) {
      if (ended) for (const m of f.medications) m.before = true;
      findings.medications.push(...f.medications);
    }
    findings.signals.push(...f.signals);
    findings.bmis.push(...f.bmis);
    // The row's own day is its "today" too ("02/10/2026 | Assessment. PHQ-9 today 16").
    if (entryDate !== undefined && c > 0) {
      for (const m of f.measures) {
        m.date ??= entryDate;
        if (m.today && m.date === entryDate && headers[0]?.info?.date) delete m.today;
      }
    }
    findings.measures.push(...f.measures);
    findings.ages.push(...f.ages);
    const pairLabel = pairLabels?.[c];
    const addr = header.info?.addr ?? (rowLabelActive ? rowLabel?.addr : pairLabel?.addr);
    for (const pc of f.postcodes) findings.postcodes.push(pc.who || !addr ? pc : { ...pc, who: addr });
    const cell = cells[c]!;
    if (addr && f.postcodes.length === 0) {
      const outcode = outwardOnly(cell);
      if (outcode) findings.postcodes.push({ outcode, who: addr, offset: 0, outwardOnly: true });
    }
    const age = header.info?.age ?? (rowLabelActive && c > 0 ? rowLabel?.age : pairLabel?.age);
    if (age && f.ages.length === 0) readLabelledAge(cell, age, 0, findings);
  });

  // "Father | Heart attack aged 60": the age is the relative's.
  if (rowLabelActive && rowLabel?.status === 'family') findings.ages = [];
  // "Date of session | 13/11/2026" over "PHQ-9 | 11": the entry's date, for the rows after it.
  if (cells.length === 2 && rowLabelActive && rowLabel?.date && findings.measures.length === 0) {
    const date = dateCell(cells[1]!);
    // A date field's, as "Date of session: 13/11/2026" on a line is: "today" under it is that day.
    if (date !== undefined) findings.dateHeading = findings.dateField = date;
  }
  rowMeasures(cells, headers, scans, findings);
  attachItem9(findings.measures);
  if (othersRow(cells, headers.findIndex((h) => h?.relationship === true))) giveToOther(findings);
  return findings;
}

// Whether column c, named by a time, comes after the column that answered so far.
// In a row answered in columns named by time, the answer that counts over `answer` from column
// `before`: "Falls | No | Yes" under "Symptom | Previous | Current" is yes. A yes in any of them
// stays, as a resolved condition or symptom does ("Chest pain | Yes | No"), except for what ends:
// a pregnancy, the year after birth and a drug go by the latest column ("Pregnant | Yes | No"
// under "Before | After", "Insulin | Yes | No" under "Previous | Current").
function timeAnswerWins(headers: Header[], before: number, c: number, answer: FormValue, form: FormValue, ends: boolean, newestFirst: () => boolean): boolean {
  const earlier = headers[before]?.time;
  const time = headers[c]?.time;
  if (earlier === undefined || time === undefined) return false;
  const later = laterColumn(earlier, time, newestFirst());
  if (ends) return later;
  return answer !== 'yes' && (later || form === 'yes');
}

// The row names what ends: a drug, or a pregnancy or the year after birth.
function endsRow(first: BlockFindings | undefined): boolean {
  return first !== undefined && (first.medications.length > 0 || first.mentions.some((m) => m.ids.some((id) => DATED_BY_YEAR.has(id))));
}

// Scores in a table row, with measures in rows or columns and dates in a cell or in the headers:
// "PHQ-9 | 14 | 01/10/2026", "01/10/2026 | 14 | 9" under "Date | PHQ-9 | GAD-7",
// "PHQ-9 | 18 | 14" under "Measure | 01/09/2026 | 01/10/2026".
const HAS_DIGIT_DATE = /\d[/.-]\d/;
function scoreDateIn(cell: string): string | undefined {
  const date = findDates(cell)[0];
  return date ? isoDate(date.date) : undefined;
}

function rowMeasures(cells: string[], headers: Header[], scans: ScanResult[], findings: BlockFindings): void {
  let rowMeasure: MeasureId | 'item9' | undefined;
  let labelCell = -1;
  let rowDate: string | undefined;
  // "8 | 9" under "Session | PHQ-9", "Week 6 | 11": where the row stands in the course.
  const count = headers[0]?.counts ? WHOLE_NUMBER.exec(cells[0] ?? '') : null;
  const rowTime = count ? 1 + Number(count[1]) : cells.length > 1 ? columnTime(cells[0]!.trim()) : undefined;
  cells.forEach((cell, c) => {
    // "Date | PHQ-9" over "13/11 | 18": a day and month under a column named for dates.
    if (rowDate === undefined && headers[c]?.info?.date) {
      rowDate = dayMonthOnly(cell);
      if (rowDate !== undefined) return;
    }
    if (scoreOf(cell) !== undefined) return;
    if (rowMeasure === undefined && cell.length <= 120) {
      for (const hit of scans[c]!.hits) {
        const role = roleOf(hit, 'measure');
        // A long cell names the row only when the questionnaire's words are most of it ("9. Thoughts
        // that you would be better off dead or of hurting yourself in some way").
        if (cell.length > 60 && cell.length - (hit.end - hit.start) > 40) continue;
        if (role && (role.measure === 'phq9' || role.measure === 'gad7' || role.measure === 'item9')) {
          rowMeasure = role.measure;
          labelCell = c;
          break;
        }
      }
    }
    // "PHQ-9 at referral (14/11/2026) | 13": the date beside the questionnaire's name in its own cell.
    if (rowDate === undefined && (cell.trim().length <= 24 || headers[c]?.info?.date || c === labelCell)) {
      const date = findDates(cell)[0];
      if (date) rowDate = isoDate(date.date);
    }
  });
  const itemised = itemRow(cells, headers, rowMeasure, labelCell, rowDate, scoreOf);
  if (itemised) {
    findings.measures.push(...itemised.measures);
    if (itemised.items.length > 0) findings.items = itemised.items;
    return;
  }
  const out = findings.measures;
  let rowTotal: MeasureCandidate | undefined;
  let replacedItem9: MeasureCandidate | undefined;
  cells.forEach((cell, c) => {
    if (c === labelCell) return;
    const value = scoreOf(cell);
    if (value === undefined) return;
    const header = headers[c] ?? {};
    if (header.notScore || (header.info && !header.info.score && !header.measure && !header.date && header.time === undefined)) return;
    const measure = header.measure === 'item9' ? 'item9' : (rowMeasure ?? header.measure);
    // "PHQ-9 | 7 (14/08/2025)": the day the score was taken, beside it.
    const date = header.date ?? (HAS_DIGIT_DATE.test(cell) ? scoreDateIn(cell) : undefined) ?? rowDate;
    if (!measure) {
      // "10/11/2026 | 19" under "Date | Score": a total of the questionnaire named above the table
      // ("PHQ-9 history"), if one is (item-run.ts).
      if (header.info?.score && rowDate !== undefined) (findings.items ??= []).push({ item: 'total', value, date: rowDate, offset: c, listed: true });
      return;
    }
    if (measure === 'item9') {
      if (value > 3) return;
      if (rowTotal && rowTotal.measure === 'phq9') rowTotal.item9 = value;
      else if (rowMeasure !== 'gad7') out.push({ measure: 'item9', value, ...(date ? { date } : {}), ...(!date && rowTime !== undefined ? { timing: { rowTime } } : {}), offset: c });
      return;
    }
    if (value > MAX_SCORE[measure]) return;
    if (rowMeasure && header.date === undefined && rowTotal) {
      // "PHQ-9 | 19 | 15 | 11" under "Assessment | Session 4 | Session 8": the later column's.
      const before = headers[rowTotal.offset]?.time;
      // A date of the row's own ("01/10/2026 | PHQ-9 | 18 | 9" under "Date | Measure | Before | After")
      // dates both columns alike.
      // A column that says it is now is later than one that names no time ("Jan | Nov | Latest").
      const later = before === undefined ? isNowColumn(header.time) : header.time !== undefined && laterColumn(before, header.time, runsNewestFirst(headers.map((h) => h?.time)));
      if (!later || headers[rowTotal.offset]?.date !== undefined) return;
      out.splice(out.indexOf(rowTotal), 1);
      // Item 9 asked earlier and not since still counts: "Assessment | Q9 | Today" over "23 | 3 | 16".
      if (rowTotal.item9 !== undefined) replacedItem9 = { measure: 'item9', value: rowTotal.item9, offset: rowTotal.offset };
    }
    const candidate: MeasureCandidate = { measure, value, ...(date ? { date } : {}), offset: c };
    // "PHQ-9 | Today | 20/11/2026": the column of now is today's, later than any dated one.
    if (!date && isNowColumn(header.time)) candidate.timing = { nowColumn: true };
    if (!date && rowTime !== undefined) candidate.timing = { ...candidate.timing, rowTime };
    out.push(candidate);
    if (rowMeasure) rowTotal = candidate;
  });
  if (replacedItem9 && rowTotal && rowTotal.item9 === undefined) out.push(replacedItem9);
  // "Thoughts you would be better off dead | 2 | 0" under "Today | Assessment": the latest answer alone.
  if (rowMeasure === 'item9') {
    const answers = out.filter((m) => m.measure === 'item9');
    const latest = latestOnly(answers, headers);
    if (latest.length < answers.length) findings.measures = out.filter((m) => m.measure !== 'item9' || latest.includes(m));
  }
}
