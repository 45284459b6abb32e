import type { Scorer } from './measure-owner.ts';
import type { PeopleNamed } from './people-named.ts';
import type { BlockAnswer } from './question-answer.ts';
import type { ConditionId } from './condition-ids.ts';
import type { DateParts } from './dates.ts';
import type { LabelInfo } from './lexicon/labels.ts';
import type { AddressWho, FormValue, MeasureId, MedicationInfo } from './roles.ts';
import type { SafetyFlag } from './schema.ts';

// What one block (a line, list item, table row) says, before its surroundings are known. Cached
// per block: the context (section heading, label, region) is applied afterwards, so an edit
// elsewhere on the page never forces a block to be read again.

export type Dims = {
  negated: boolean;
  possible: boolean;
  family: boolean;
  hypothetical: boolean;
  historical: boolean;
  form?: FormValue;
  // A certainty trigger or form value applied inside the block, so a section default must not override it.
  explicit: boolean;
  // Possible only for the question mark after it ("Pregnant?"): an answer to the question settles it.
  question?: true;
};

export function noDims(): Dims {
  return { negated: false, possible: false, family: false, hypothetical: false, historical: false, explicit: false };
}

export type RawMention = {
  ids: readonly ConditionId[];
  dims: Dims;
  text: string;
  offset: number;
  // The block (or cell) is just this term, so a value in the next block ("<dt>Diabetes</dt><dd>No</dd>") can be its status.
  bare: boolean;
  termStatus?: 'possible' | 'negated';
  currentOnly?: boolean;
  // The year a pregnancy or birth is dated to right after its term ("pregnant in 2019", "PND (2015)"),
  // or that answers a falls question ("Falls? Twice in 2026").
  year?: number;
  signal?: SafetyFlag;
  // Told of "her" ("Her youngest is 10 weeks old"), who may be someone the block before names.
  pronoun?: 'she';
  // Asked by a question ending a few words after it ("Any falls in the last year?"), which the
  // next block may answer.
  open?: true;
  // A bare SNOMED CT number alone on its line: a code only where the merge finds it under a list
  // of conditions ("Problems:" over "195967001").
  listCode?: true;
};

// `givenTo`: given by one person to another of the other sex ("She gives him his insulin"): see given-to-other.ts.
// `forOther`: the line says what else it is taken for ("Metformin 500mg BD (for PCOS)"), so it
// suggests nothing.
// `before`: told as taken before, not now ("Was on insulin", "Used to take gliclazide").
export type RawMedication = { med: MedicationInfo; dims: Dims; text: string; offset: number; givenTo?: 'she' | 'he'; forOther?: true; before?: true };
export type RawSignal = {
  flag: SafetyFlag;
  dims: Dims;
  offset: number;
  // The block is a short question naming the symptom ("Chest pain on exertion"), so a value in
  // the next block ("<dd>No</dd>") can answer it.
  asked?: boolean;
  // Told of "she" or "he" ("She fell twice"), who may be someone the block before names.
  pronoun?: 'she' | 'he';
  // A fall or symptom dated to a year ("Fell on ice in 2014"), which may make it past (build-context).
  year?: number;
};

// Rarely given, so kept apart (a score's fields are read for every score of a long page):
// `nowColumn`: in a table's column of now ("Today", "Latest"), later than any dated score, its
// date unknown; `entryDate`: the date its line opens with ("20/11/2026 Session 4. PHQ-9 10
// today."), its date where the page is a journal of such lines (build-context).
// `rowTime`: an undated table row's place in the course of treatment, from its first cell ("8"
// under "Session", "Week 6", "Assessment"; see column-time.ts): rows may run newest first.
// `namedEntry`: the entry's date follows its name ("Session 5 - 20/11/2026. ..."), so is the
// entry's own even where no other line is so dated.
export type Timing = { nowColumn?: true; entryDate?: string; namedEntry?: true; rowTime?: number };

export type MeasureCandidate = {
  measure: MeasureId | 'item9';
  value: number;
  date?: string;
  // "PHQ-9 23 (today)": dated by the reading's own day.
  today?: true;
  // The date came from a heading above the score, not from beside it.
  headingDate?: true;
  // That heading was a date field ("Date: 02/10/2026"), so an entry's "today" is its day.
  fieldDate?: true;
  // Undated, under an entry that came after one dated this: later than that, date unknown.
  after?: string;
  // When, where the page says it other than by a date beside the score (see Timing).
  timing?: Timing;
  // Who the score's clause opens with, where it may be someone else (measure-owner.ts).
  scorer?: Scorer;
  // An item 9 whose line says it was given earlier ("Item 9 at assessment: 2"), or a total whose
  // sentence opens so ("At assessment: PHQ-9 20"): no heading's date is its own, and a dated one
  // ("Previously (25/09/2026) PHQ-9 was 12") is older than an undated total just before it.
  earlier?: true;
  item9?: number;
  offset: number;
  // Its questionnaire's name, where the score stands further on ("Her father's PHQ-9 20 (02/09/2026),
  // 18 now"): whose the name is, the score is.
  labelAt?: number;
};

// One item's score, or a questionnaire's total ('total'), shown item by item in a line or a table
// row: "Item 3: 1", "Q3 | 3 | 2", "Total: 14". Item 0: one whose number is not shown ("Feeling
// nervous, anxious or on edge - Several days (1)"). `measure` when the block or its table's headers name
// the questionnaire; otherwise the questionnaire named above owns it (see item-run.ts).
// `column`: in a table with one administration per column ("Item 9 | 0 | 2" under "PHQ-9 |
// Assessment | Today"), the column it was given in, which keeps each column's items together.
// `listed`: a dated total in a table's score column ("10/11/2026 | 19" under "Date | Score"), one of
// a list of the questionnaire's totals rather than the total of items above it.
export type ItemScore = { item: number | 'total'; value: number; measure?: MeasureId; date?: string; offset: number; column?: number; nowColumn?: true; listed?: true };

// `named`: after the person's name ("Mr Lang, 79"), taken only where nothing else says the age.
export type AgeCandidate = { kind: 'dob' | 'field' | 'text' | 'named'; years?: number; dob?: DateParts; offset: number };

export type PostcodeCandidate = { outcode: string; who?: AddressWho; offset: number; outwardOnly?: boolean };

export type BmiCandidate = { value: number; dims: Dims; text: string; offset: number };

export type BlockFindings = {
  // The block is a section heading ("Family history", "Medications").
  heading?: LabelInfo;
  // The block is only a label ("Address", "DOB:"): it sets the context of the blocks after it.
  label?: LabelInfo;
  // The block starts with its own label ("Address: ..."), which ends any earlier dangling label.
  leadLabel?: LabelInfo;
  // A row's label whose status depends on whose record it is ("Carer's own health | ...",
  // "Parent's health | ..."): left to contextualise.ts, as a lead label is.
  rowOwnerLabel?: LabelInfo;
  // An organisation's lead label ("GP: Dr Patel. Reason: low mood") speaks only up to the next
  // label in the block, which starts here.
  orgUntil?: number;
  // The block is only a form value ("No", "☑").
  formOnly?: FormValue;
  // Who the block says the person and those around them are: see people-named.ts.
  people?: PeopleNamed;
  // The block answers a question the block before asks ("Only on exertion" after "Chest pain?").
  answer?: BlockAnswer;
  // A short dated heading ("Session 4 – 01/10/2026"): undated scores below it take this date.
  // `headingEarly`: the heading is of the assessment itself ("20/11/2026 Initial assessment"), so
  // a score below it said to be the assessment's ("Baseline PHQ-9 19") is still of that date.
  dateHeading?: string;
  // The date heading is a date field's ("Date: 02/10/2026"): the entry's own day, which its "today" is.
  dateField?: string;
  headingEarly?: true;
  // An entry's heading with no date ("Session 6"): scores below it are not the last entry's.
  newEntry?: true;
  // The block names one questionnaire and gives none of its scores ("PHQ-9", "GAD-7 (01/10/2026)"),
  // or only its total before a colon ("PHQ-9 today (total 15):"): item scores below it are that
  // questionnaire's. 'other': another one ("CORE-10"), whose items are nobody's here.
  // `only`: the block is the name alone, maybe with "total" or a date, so a bare score in the next
  // block is its total ("<dt>PHQ-9</dt><dd>9</dd>").
  names?: { measure: MeasureId | 'other'; date?: string; only?: true };
  // The block is only item 9's name: a score of 0-3 in the next block is item 9's.
  namesItem9?: true;
  items?: ItemScore[];
  // The block read as a bare value, for a label in an earlier block.
  valueAge?: number;
  // The block is only a score ("9", "14/27", "14 (moderate)"): the total of a questionnaire named
  // just above it ("<dt>PHQ-9</dt><dd>9</dd>").
  valueScore?: number;
  valueScoreDate?: string;
  // The block is one of the four answers of a PHQ-9 item alone ("Several days"), scored 0-3.
  valueAnswer?: number;
  valueDob?: DateParts;
  valueOutcode?: string;
  // The postcode is an addressee line's ("Mrs Linda Shaw, 4 Elm Road, Brighton BN2 3LE"), which a
  // relationship on the next line gives to someone else.
  addressee?: true;
  mentions: RawMention[];
  medications: RawMedication[];
  signals: RawSignal[];
  measures: MeasureCandidate[];
  ages: AgeCandidate[];
  postcodes: PostcodeCandidate[];
  bmis: BmiCandidate[];
};

export function emptyFindings(): BlockFindings {
  return { mentions: [], medications: [], signals: [], measures: [], ages: [], postcodes: [], bmis: [] };
}
