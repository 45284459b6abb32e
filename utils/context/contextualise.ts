import { findPostcodes } from './postcode.ts';
import type { Block } from './block.ts';
import { findingsOf, seenBlocks, type SeenBlocks } from './block-findings.ts';
import { RANK } from './build-context.ts';
import type { ConditionId } from './condition-ids.ts';
import { BLOCK_ORDER, emptyEvidence, type Evidence } from './evidence.ts';
import type { BlockFindings, MeasureCandidate } from './findings.ts';
import { followRun, type ItemRun } from './item-run.ts';
import { TAKEN_NOW, type LabelInfo } from './lexicon/labels.ts';
import { namesOthersScores, opensWithOthersScores, othersScoreLine, scoredByOther } from './measure-owner.ts';
import { afterTheirHealthLabel, ageAgain, babysAge, detailsOf, givesRelationship, goesOnWithDetails, labelsSomeoneElse, listsTheirConditions, theirHealth, MAX_DETAIL_LINE, MOTHER, nameInDetails, opensOthersDetails, opensWithLabel, OWN_LABEL, rowAsLine, tellsOfThem, theirConditions, withSex, type DetailsOf } from './others-details.ts';
import { meantInBlockBefore } from './relative-scope.ts';
import { HE_BIT, SHE_BIT } from './lexicon/relatives.ts';
import type { PeopleNamed } from './people-named.ts';
import { pairRowItem9, type RowTable } from './row-item9.ts';
import { queriedSymptom } from './queried-symptom.ts';
import { countWords } from './text-utils.ts';
import { sentenceSubject } from './sentence-subject.ts';
import { isPresent, resolveStatus } from './resolve-status.ts';
import type { AddressWho, MedicationInfo } from './roles.ts';
import type { SafetyFlag } from './schema.ts';
import { isSeg, type RegionContext, type Seg } from './seg.ts';
import { answerInWords, answerWithValue, ASKED_OF_OTHER, clearPending, takeMed, type MedQuestions, type Pending, type PendingSignals, type Questions, type Section } from './pending-answers.ts';
import { DATED_BY_YEAR } from './year-after.ts';
import { DATE_SOURCE, findDates, isoDate } from './dates.ts';

// Walks the blocks in document order, applying what surrounds each one (section heading,
// dangling label, adapter region) to what the block said on its own.

type State = {
  section?: LabelInfo;
  // Whether the first block under an itemsOnly section named something; undefined until that block
  // is read. The first block is the section's whatever it says ("Sister:" over "20 weeks pregnant"),
  // the rest only while they are items of its list, and under a relative only where the first named
  // something: "Parents:" over "separated, mother remarried" or "Mother:" over "Jane Smith, 07700
  // 900123" heads no list.
  sectionListed?: boolean;
  label?: LabelInfo;
  dateHeading?: string;
  // The dated heading is of the assessment itself (see BlockFindings.headingEarly).
  headingEarly?: boolean;
  // The date a date field gave ("Date: 02/10/2026"); while it is the heading's, "today" is that day.
  dateField?: string;
  regions: ReadonlySet<RegionContext>;
  // `label` is a person's address label running on over the short lines after it; `addressTown`
  // once one of them had no number (a town's name: there is one).
  addressRun?: boolean;
  addressTown?: boolean;
  // The date of the entry before an undated one ("Session 6" after "Assessment 01/09/2026").
  entryAfter?: string;
  // The lines being read are someone else's name, age and address ("Next of kin:" over them; see
  // others-details.ts).
  othersDetails?: boolean;
};

// `seen`: findings of the blocks already read in this pass, shared by identical blocks.
// `settled`, `meds`, `flags`: what the evidence already holds for good, so that a mention the
// merge could never prefer is not added (a long record says "no chest pain" in every session).
type Walk = {
  evidence: Evidence;
  seq: number;
  pending: Pending;
  pendingSignals: PendingSignals;
  questions: Questions;
  medQuestions: MedQuestions;
  seen: SeenBlocks;
  settled: Map<ConditionId, number>;
  meds: Set<MedicationInfo>;
  medsBefore?: Set<MedicationInfo>;
  flags: Set<SafetyFlag>;
  // The questionnaire whose items are being shown a line or row at a time.
  run?: ItemRun;
  // The last block read with words in it: whom "she" or "he" may mean at the start of the next.
  previous?: string;
  // The person's sex where the record names them by a title ("Re: Mrs Jones"); `firm` once a label
  // says it is them, which a later line no longer changes.
  personSex?: 'she' | 'he';
  personSexFirm?: boolean;
  personSexConflict?: boolean;
  // The sex "Carer: Mrs Fenwick, 74" gives, whether the record speaks of caring, and whether a
  // label names the person ("Name: Brian Fenwick": then the carer is someone else).
  carerSex?: 'she' | 'he';
  caring?: boolean;
  // The record is a young person's: a "Young person:" label has named them. A parent's health is
  // then a relative's; in a parent's own record (Early Help, a parenting course) it is the person's.
  youngPerson?: boolean;
  personLabelled?: boolean;
  // The record is a parent and infant one (see PeopleNamed.perinatal), or has told of the
  // person's pregnancy or baby.
  perinatal?: boolean;
  babyRecord?: boolean;
  // The record says the person is a carer (see PeopleNamed.personCares).
  personCares?: boolean;
  // How much of the block is someone else's, straight after their details (its first sentence;
  // see others-details.ts), and what their lines said of whose they are.
  ofThem: number;
  details: DetailsOf | undefined;
  // The sexes of the relatives the record has named so far (SHE_BIT, HE_BIT).
  sexesNamed: number;
  // Where the postcodes of the block just read start, when it was an addressee line; else -1.
  addresseeFrom: number;
  // Where the postcodes of the address run under the person's name or date of birth start; else -1.
  runFrom: number;
  // The block just read opened with someone else's label ("Next of kin: husband").
  kinBefore: boolean;
  // Postnatal mentions read from a baby's age under a child's heading (see babysOfAMan).
  babys?: Evidence['mentions'][number][];
  // The table whose rows are being read, for item 9 given in a row of its own.
  rowTable?: RowTable;
  // The table rows below are under a heading that gives them to a relative ("Mother's scores:").
  othersScores?: boolean;
  // The block is a line of scores under such a heading, or that heading itself.
  othersScoreLines?: boolean;
  // Undated scores on the lines just above, which a line of when they were completed dates
  // ("PHQ-9: 14" / "GAD-7: 10" / "Date completed: 20/11/2026").
  undatedRun?: Evidence['measures'][number][];
  completedNext?: boolean;
  // The block before was only item 9's name ("<dt>PHQ-9 item 9</dt>").
  item9Label?: boolean;
  // The block before was a list's heading or one of its entries (see listing).
  listing?: boolean;
  // The block before gave the person's date of birth, or was her name alone: a letter's "RE: Miss
  // Chloe Brennan  DOB 19/07/2002" or "Mr James Allen" over the address (see addressAfterDob).
  dobBefore?: boolean;
  // First names the record gives to others ("her husband Brian"), and the person's own.
  otherNames?: Set<string>;
  personNames?: Set<string>;
};

export function contextualise(root: Seg): Evidence {
  const merge = startMerge(root);
  merge.step();
  return merge.evidence;
}

// A merge that can pause between blocks: `step(stop)` goes on until `stop()` says to pause (asked
// every 64 items) and is true once the whole tree is merged into `evidence`.
export type Merge = { evidence: Evidence; step(stop?: () => boolean): boolean };

export function startMerge(root: Seg): Merge {
  // Every field the walk sets, set here first: an object that gains fields as it goes changes shape,
  // and each change slowed every function that reads it.
  const walk: Walk = {
    evidence: emptyEvidence(), seq: 0, pending: [], pendingSignals: [], questions: [], medQuestions: [], seen: seenBlocks(), settled: new Map(), meds: new Set(),
    flags: new Set(), sexesNamed: 0, addresseeFrom: -1, runFrom: -1, kinBefore: false, babys: undefined, ofThem: 0, details: undefined, perinatal: false, babyRecord: false, personCares: false, undatedRun: undefined, completedNext: false, othersScores: false, othersScoreLines: false,
    previous: undefined, listing: false, dobBefore: false, item9Label: false, caring: false, youngPerson: false,
  };
  const stack: Frame[] = [enter(root, { regions: new Set(root.contexts ?? []) })];
  return {
    evidence: walk.evidence,
    step: (stop) => {
      const done = traverse(stack, walk, stop);
      if (done) babysOfAMan(walk);
      return done;
    },
  };
}

function withRegions(regions: ReadonlySet<RegionContext>, contexts: readonly RegionContext[]): ReadonlySet<RegionContext> {
  const all = new Set(regions);
  for (const c of contexts) all.add(c);
  return all;
}

// A container being read: its own state, what it inherited, and how far through its items it is.
type Frame = { seg: Seg; inherited: State; state: State; next: number; onlyLabels: boolean };

// Reads containers with an explicit stack rather than recursion: containers mirror the page's
// nesting of block elements, which can run thousands deep. The stack also keeps the place when a
// merge pauses.
function traverse(stack: Frame[], walk: Walk, stop?: () => boolean): boolean {
  for (let n = 1; stack.length > 0; n++) {
    if (stop && (n & 63) === 0 && stop()) return false;
    const frame = stack[stack.length - 1]!;
    const item = frame.seg.items[frame.next++];
    if (item === undefined) {
      stack.pop();
      const parent = stack[stack.length - 1];
      if (parent) {
        takeEscaped(parent, escapedFrom(frame));
        // A line in a container of its own ("<p>Presenting problem: ...</p>") ends someone else's
        // details for the lines after it too.
        if (frame.inherited.othersDetails && !frame.state.othersDetails) parent.state.othersDetails = false;
        // And a line in a container of its own that opens them opens them for the lines after it:
        // "<tr><td>Person cared for</td><td>Husband, 74</td></tr>" over "<tr><td>Their conditions</td>...".
        else if (!frame.inherited.othersDetails && frame.state.othersDetails && frame.seg.items.length === 1) parent.state.othersDetails = true;
        // So does a line that ends a label's reach: "<div>Next of kin:</div>" ... "<div>Referral
        // reason: OCD</div>" leaves the lines after it the person's, as it would in plain text.
        if (frame.inherited.label !== undefined && frame.state.label === undefined && frame.seg.items.length === 1 && parent.state.label === frame.inherited.label) parent.state.label = undefined;
        // And the date a line in a container of its own gives the entry: "<tr><td>Date of session</td>
        // <td>13/11/2026</td></tr>" over "<tr><td>PHQ-9</td><td>11</td></tr>".
        if (frame.seg.items.length === 1 && frame.state.dateHeading !== undefined && frame.state.dateHeading !== frame.inherited.dateHeading) {
          parent.state.dateHeading = frame.state.dateHeading;
          parent.state.headingEarly = frame.state.headingEarly === true;
          // "<p>Date: 16/11/2026</p>": a date field's, so "today" under it is that day too.
          if (frame.state.dateField === frame.state.dateHeading) parent.state.dateField = frame.state.dateField;
        }
        // So does the end of a list under "Mother:" or "No history of:" ("<h3>Mother:</h3>" over a
        // <p> for each line), and its first line's being read.
        if (frame.inherited.section?.itemsOnly && parent.state.section === frame.inherited.section) {
          if (frame.state.section === undefined) parent.state.section = undefined;
          else if (parent.state.sectionListed === undefined && frame.state.sectionListed !== undefined) parent.state.sectionListed = frame.state.sectionListed;
        }
      }
    } else if (isSeg(item)) stack.push(enter(item, frame.state));
    else if (!visit(item, frame.state, walk)) frame.onlyLabels = false;
  }
  return true;
}

function enter(seg: Seg, inherited: State): Frame {
  const state = copyState(inherited);
  if (seg.contexts && seg.contexts.length > 0) state.regions = withRegions(inherited.regions, seg.contexts);
  return { seg, inherited, state, next: 0, onlyLabels: true };
}

// Field by field: a spread here, once per container, was a large part of merging a long page.
function copyState(from: State): State {
  const state: State = { regions: from.regions };
  if (from.section !== undefined) state.section = from.section;
  if (from.sectionListed !== undefined) state.sectionListed = from.sectionListed;
  if (from.label !== undefined) state.label = from.label;
  if (from.dateHeading !== undefined) state.dateHeading = from.dateHeading;
  if (from.headingEarly) state.headingEarly = true;
  if (from.dateField !== undefined) state.dateField = from.dateField;
  if (from.addressRun) state.addressRun = true;
  if (from.addressTown) state.addressTown = true;
  if (from.entryAfter !== undefined) state.entryAfter = from.entryAfter;
  if (from.othersDetails) state.othersDetails = true;
  return state;
}

function takeEscaped(frame: Frame, escaped: Partial<State> | undefined): void {
  const state = frame.state;
  if (escaped) {
    if ('section' in escaped) {
      state.section = escaped.section;
      state.label = undefined;
    }
    if ('label' in escaped) state.label = escaped.label;
    if (escaped.othersDetails) state.othersDetails = true;
    if (escaped.dateHeading) {
      state.dateHeading = escaped.dateHeading;
      state.headingEarly = escaped.headingEarly === true;
    }
  } else frame.onlyLabels = false;
}

// The heading/label state a container made of nothing but headings and labels leaves behind,
// so "<div><h2>Family history</h2></div><ul>...</ul>" still works.
function escapedFrom({ seg, inherited, state, onlyLabels }: Frame): Partial<State> | undefined {
  if (!onlyLabels || seg.items.length === 0) return undefined;
  const escaped: Partial<State> = {};
  if (state.section !== inherited.section) escaped.section = state.section;
  if (state.label !== inherited.label) escaped.label = state.label;
  if (state.othersDetails && !inherited.othersDetails) escaped.othersDetails = true;
  if (state.dateHeading !== inherited.dateHeading && state.dateHeading) {
    escaped.dateHeading = state.dateHeading;
    if (state.headingEarly) escaped.headingEarly = true;
  }
  return Object.keys(escaped).length > 0 ? escaped : undefined;
}

// A line that opens with a contact's label, whose health is told as theirs. Not "Carer:", which
// names the person in a carer's own record.
const CONTACT_LEAD = /^\s*(?:next of kin|nok|emergency contact)\s*(?:details\s*)?:/i;
const FIELD_OF_ANYONE = /^\s*(?:diagnos[ie]s|dx|conditions?|problems?|illness(?:es)?|details|notes?|comments?)\s*:/i;
const ASKS_YOU = /^\s*(?![^:\n]*\bcare for\b)[^:\n]{0,40}\b(?:you|your|yourself)\b[^:\n]{0,40}[:?]/i;
// A line told of "she" or "he": under "Children:" the person, after someone's details either.
const SHE_OR_HE_OPENS = /^\s*(?:she|he)\b/i;
// A line of the person's own under a family heading: "Patient has asthma", "Self | Depression".
// Not "Patient's stepmum - anorexia", nor what the person does not know of the family ("Pt unsure;
// possibly diabetes").
// Also after a field of notes: "Comments: patient has had depression since 2019".
const PERSON_OPENS = /^\s*(?:(?:comments?|notes?|other(?:\s+info(?:rmation)?)?)\s*:\s*)?(?:(?:the\s+)?(?:pt|patient|client|service user)\b(?!['’]s|s['’])|self(?=\s*(?:[|:\t]|\s-\s|\s{2,}|$)))(?![\s-]+(?:is\s+)?(?:unsure|not sure|uncertain|unaware|not aware|does\s*n[o']t know))/i;

// Where a line under a past-medication heading starts to tell of drugs taken now: nowhere
// (Infinity), from its start where a word says the drug goes on ("- current", "continues"), or
// from the word that brings a new one in ("switched to", "now on", "started").
const STILL_TAKEN = /\b(?:currently|current|remains|continues|continuing|still)\b/i;
function takenNowFrom(text: string): number {
  const m = TAKEN_NOW.exec(text);
  if (!m) return Infinity;
  return STILL_TAKEN.test(text) ? 0 : m.index;
}

// The line before named the person's carer, though not at its start ("... on sertraline. Carer: Mrs
// Fenwick, 74"), so a "Caring for:" after it is that carer's field.
const CARER_BEFORE = /\bcarer\s*:/i;

// Under a heading or label that lists conditions: "Problems:", "PMH:", "Family history:".
// (`walk.listing` says the line is in the list: straight after its heading or another entry.)
function listsConditions(state: State): boolean {
  return state.regions.has('family') || (state.label ?? state.section)?.status !== undefined;
}

// A list's heading, or one of its entries: a line that names a condition.
function listing(f: BlockFindings): boolean {
  return f.heading?.status !== undefined || f.label?.status !== undefined || f.mentions.length > 0;
}

function sectionStatus(state: State): Section {
  if (state.regions.has('family')) return 'family';
  return state.label?.status ?? state.section?.status;
}

// Returns true when the block was only a heading or label.
function visit(block: Block, state: State, walk: Walk): boolean {
  // A line that names the person ("Mrs Joan Reid, 70, carer for her husband; she gives him his
  // insulin") is read knowing whom it names.
  const f = block.kind === 'blank' ? undefined : findingsOf(block, walk.seen);
  walk.ofThem = 0;
  // The address run under the person's name, up to the block just before this one.
  const runFrom = walk.runFrom;
  if (!state.addressRun) walk.runFrom = -1;
  let babys: { year?: number } | undefined;
  // A row of a label and its value reads as the line "Label: value" would.
  const line = block.kind === 'row' ? rowAsLine(block) : block;
  // Set only where it changes: a field added to the state here, on every blank line, changed its
  // shape and slowed the whole walk.
  if (f === undefined) {
    if (state.othersDetails) state.othersDetails = false;
  } else if (line.text.length <= MAX_DETAIL_LINE && opensOthersDetails(line, walk.caring === true, walk.perinatal === true, () => walk.carerSex !== undefined || CARER_BEFORE.test(walk.previous ?? ''))) {
    // "Mr John Smith, 4 Elm Road, Brighton BN2 3LE" / "Relationship to patient: husband": his address.
    if (givesRelationship(line.text)) {
      if (walk.addresseeFrom >= 0) walk.evidence.postcodes.length = walk.addresseeFrom;
      // "Mr John Shaw" / "4 Elm Road, Brighton BN2 3LE" / "Relationship to patient: husband".
      else if (runFrom >= 0) walk.evidence.postcodes.length = runFrom;
    }
    // "Relationship: Mother" within details already open goes on with them.
    const goesOn = state.othersDetails === true;
    state.othersDetails = true;
    walk.details = detailsOf(line.text, goesOn ? walk.details : undefined);
    // "Baby: Ava, 6 weeks": the baby's age beside the heading.
    babys = babysAge(walk.details, line.text.slice(line.text.indexOf(':') + 1));
  } else if (state.othersDetails && (walk.details?.caredFor ? theirConditions(line.text) : theirHealth(line.text, walk.details))) {
    walk.ofThem = block.text.length;
  } else if (state.othersDetails && goesOnWithDetails(line, f) && !ageAgain(walk.details, line.text)) {
    // "Son:" / "6 weeks old": the child's age, and the person's time after the birth.
    babys = babysAge(walk.details, line.text);
    // "Raj Shah (husband)" under "Next of kin:": whose details, by sex.
    if (walk.details) walk.details = withSex(walk.details, line.text);
    const name = nameInDetails(line, f);
    if (name && walk.personNames?.has(name) !== true) (walk.otherNames ??= new Set()).add(name);
  } else if (state.othersDetails) {
    state.othersDetails = false;
    // "Mother:" / "Ayesha Begum" / "Has severe depression.": still of them.
    walk.ofThem = listsTheirConditions(block.text, f, walk.details, walk.previous) || afterTheirHealthLabel(walk.previous, walk.details) ? block.text.length : tellsOfThem(block.text, walk.otherNames, walk.details?.group === true, walk.details?.sex);
    // Their heading's label ("Emergency contact") ends with them, unless the line is told of "she"
    // or "he" with no sex known for them: "Next of kin:" / "Ayesha Begum" / "She has dementia."
    // may be of either, so it is left unread.
    if (state.label?.addr === 'org' && (opensWithLabel(block, f) || !(walk.details?.sex === undefined && SHE_OR_HE_OPENS.test(block.text)))) state.label = undefined;
  }
  if (!walk.youngPerson && block.text.length <= 80 && YOUNG_PERSON.test(block.text)) walk.youngPerson = true;
  const named = state.othersDetails ? undefined : f?.people?.personSex ?? sexInField(walk.previous, block) ?? titleAlone(block.text);
  if (named?.carer) walk.carerSex ??= named.sex;
  // Two labels that name the person as of different sexes ("Re: Ms Amy Cole (mum)" and "Client:
  // Leo ...") say nothing of it.
  else if (named?.firm && walk.personSexFirm && named.sex !== walk.personSex) walk.personSexConflict = true;
  else if (named && !walk.personSexFirm && (walk.personSex === undefined || named.firm) && state.section?.status !== 'family') {
    walk.personSex = named.sex;
    walk.personSexFirm = named.firm;
  }
  if (block.kind !== 'row' && block.kind !== 'blank') {
    // In a record of a mother and her baby, "Mother's scores:" are the person's.
    const mothersOwn = (walk.perinatal || walk.babyRecord) && MOTHER.test(block.text);
    const heading = namesOthersScores(block.text) && !mothersOwn;
    const inline = !heading && !mothersOwn && block.text.includes(':') && opensWithOthersScores(block.text);
    walk.othersScoreLines = heading || inline || (walk.othersScoreLines === true && othersScoreLine(block.text));
    walk.othersScores = heading;
  } else if (block.kind === 'blank') walk.othersScoreLines = false;
  const postcodesBefore = walk.evidence.postcodes.length;
  const labels = visitBlock(block, state, walk, line);
  // Kept over a blank line, for "Relationship to patient: husband" after it.
  if (f !== undefined) {
    walk.addresseeFrom = f.addressee && walk.evidence.postcodes.length > postcodesBefore ? postcodesBefore : -1;
    // "Next of kin: husband" / "Mr John Smith, 4 Elm Road, Brighton BN2 3LE": his.
    if (walk.addresseeFrom >= 0 && walk.kinBefore) walk.evidence.postcodes.length = walk.addresseeFrom;
  }
  // Not one that gives their address itself ("Next of kin: Mr John Smith, 9 Oak Avenue, RH10 1AA").
  walk.kinBefore = f !== undefined && block.text.includes(':') && f.postcodes.length === 0 && labelsSomeoneElse(block.text);
  if (babys) {
    // The person's time after the birth, unless the record turns out to be a man's (babysOfAMan).
    const mention: Evidence['mentions'][number] = { id: 'postnatal', status: 'present', text: block.text, order: walk.seq * BLOCK_ORDER, signal: 'postnatal' };
    if (babys.year !== undefined) mention.year = babys.year;
    walk.evidence.mentions.push(mention);
    (walk.babys ??= []).push(mention);
  }
  if (block.kind !== 'blank') walk.previous = block.text;
  walk.listing = f !== undefined && listing(f);
  return labels;
}

// A baby's age under "Son:" is the person's time after the birth, as "Son: 6 weeks old" on one
// line is; in a man's record (a title, "Gender: Male" as a field and its value) most likely his
// partner's, so a check, as maybePartners makes it. Asked once the whole record is read, as
// "Client: Mr Tom Hill" may come after the baby's details.
function babysOfAMan(walk: Walk): void {
  if (walk.babys === undefined) return;
  // A title alone ("Mr Daniel Price") says he as much as anything here does.
  const sex = personSexOf(walk) ?? (walk.personSexConflict ? undefined : walk.personSex);
  if (sex !== 'he') return;
  for (const mention of walk.babys) {
    mention.status = 'possible';
    delete mention.signal;
  }
}

// A name with its title and nothing else ("Mr Daniel Price" heading a record or a letter's address):
// the person's sex, though not firmly (a later label may say otherwise).
const TITLE_ALONE = /^\s*(?:(Mrs|MRS|Ms|MS|Miss|MISS)|(Mr|MR))\.?\s+[A-Z][a-z'’-]+(?:\s+[A-Z][A-Za-z'’-]+){0,2}\s*$/;
function titleAlone(text: string): PeopleNamed['personSex'] {
  if (text.length > 48) return undefined;
  const m = TITLE_ALONE.exec(text);
  return m ? { sex: m[1] !== undefined ? 'she' : 'he', firm: false } : undefined;
}

// "<dt>Gender</dt><dd>Male</dd>": the person's sex, given in the field's value.
const SEX_LABEL = /^\s*(?:sex|gender)(?:\s+at\s+birth)?\s*:?\s*$/i;
const SEX_VALUE = /^\s*(?:(female|f|woman)|(male|m|man))\s*$/i;
function sexInField(previous: string | undefined, block: Block): PeopleNamed['personSex'] {
  if (previous === undefined || block.text.length > 8 || !SEX_LABEL.test(previous)) return undefined;
  const value = SEX_VALUE.exec(block.text);
  return value ? { sex: value[1] !== undefined ? 'she' : 'he', firm: true } : undefined;
}

// "He fell twice" in the record of "Carer: Mrs Fenwick": someone else's.
function otherSex(walk: Walk, pronoun: 'she' | 'he'): boolean {
  const sex = personSexOf(walk);
  return sex !== undefined && sex !== pronoun;
}

// As otherSex, and the record has named a relative of the pronoun's sex ("Cares for her husband.
// He fell twice"): with no one else of that sex, "he" in Mrs Bell's record may be a slip for "she".
function otherSexNamed(walk: Walk, pronoun: 'she' | 'he'): boolean {
  return otherSex(walk, pronoun) && (walk.sexesNamed & (pronoun === 'she' ? SHE_BIT : HE_BIT)) !== 0;
}

// The person's sex: as a label that says it names the person gives it ("Re: Mrs Jones", "Client:
// Mr Hill"; a title and an age at a line's start may be anyone's: "Mrs Smith, 70, client's mum"),
// or as "Carer: Mrs Fenwick, 74" does in a carer's assessment that names no one else as the
// person (in the record of the one cared for, that line names someone else).
function personSexOf(walk: Walk): 'she' | 'he' | undefined {
  if (walk.personSexConflict) return undefined;
  if (walk.personSex !== undefined) return walk.personSexFirm ? walk.personSex : undefined;
  return walk.caring && !walk.personLabelled ? walk.carerSex : undefined;
}

// `others`: the block is someone else's details, so the name its label gives is theirs ("Next of
// kin:" over "Name: Janet Cole").
function learnPeople(walk: Walk, people: PeopleNamed, others: boolean): void {
  if (people.personName && others) (walk.otherNames ??= new Set()).add(people.personName);
  else if (people.personName) (walk.personNames ??= new Set()).add(people.personName);
  if (people.others) for (const name of people.others) (walk.otherNames ??= new Set()).add(name);
  if (people.caring) walk.caring = true;
  if (people.perinatal) walk.perinatal = true;
  if (people.personCares) walk.personCares = true;
  if (people.label && !others) walk.personLabelled = true;
  if (people.sexes) walk.sexesNamed |= people.sexes;
}

// The sentence of the term at `offset` is of someone other than the person: it opens with "he"
// where the record names the person as a woman, or with a first name it gives someone else
// ("He gets short of breath at rest", "Brian has COPD"). Only worked out once the record has named
// someone: most pages never do.
// `mothers`: only a woman has it (a pregnancy, the year after birth), so "she" in a man's record
// is someone else even where no woman is named.
// Outside a carer's own record (see speaksOfCaring) only a pregnancy or birth is ever given to
// someone else this way: reviews found too many records where a wrong guess at who the person is
// would hide the person's own safety flag, which is worse than showing a relative's.
function someoneElse(walk: Walk, text: string, offset: number, mothers = false): boolean {
  if (personSexOf(walk) === undefined && walk.otherNames === undefined) return false;
  if (!mothers && !walk.caring) return false;
  const subject = sentenceSubject(text, offset);
  if (subject === undefined) return false;
  if (mothers && subject === 'she') return otherSex(walk, subject);
  // "He is 12 weeks pregnant" is a slip of the pen.
  if (mothers && subject === 'he') return false;
  if (!walk.caring) return false;
  if (subject === 'she' || subject === 'he') return otherSexNamed(walk, subject);
  return walk.otherNames !== undefined && walk.otherNames.has(subject) && walk.personNames?.has(subject) !== true;
}

// "Baby born 6 weeks ago" in the record of "Client: Mr Hill" or "Sex: Male", a sentence that names
// no one: most likely his partner's birth, but not surely his partner's, so a check rather than a
// flag. "He is 12 weeks pregnant" stays his (see someoneElse).
// For "Perinatal", which names no one's body, a title alone ("Mr Daniel Hughes (32)") is enough:
// it is then only possible, which still prompts a check. "Mr Hill, 34. Gave birth 5 weeks ago" is
// a slip of the title.
const PERINATAL_ONLY = /^\s*perinatal\s*$/i;
const YOUNG_PERSON = /^\s*(?:young person|yp|child\s*\/\s*young person|child or young person)(?:['’]?s)?(?:\s+(?:name|details))?\s*(?:[:|]|$)/i;
function maybePartners(walk: Walk, text: string, offset: number, words: string): boolean {
  const sex = personSexOf(walk) ?? (!walk.personSexConflict && PERINATAL_ONLY.test(words) ? walk.personSex : undefined);
  return sex === 'he' && sentenceSubject(text, offset) === undefined;
}

// "She" or "he" in the first sentence of a block may be someone the block before names.
function meantBefore(previous: string | undefined, text: string, offset: number, pronoun: 'she' | 'he', eitherSex = true): boolean {
  if (previous === undefined || /[.;!?\n]\s/.test(text.slice(0, offset))) return false;
  return meantInBlockBefore(previous, text.slice(0, offset), pronoun, eitherSex);
}

// "No history of:" (or "Denies:", "Mother:") over "asthma", "eating disorder": such a heading reaches
// the short items of its list, not a sentence, a label's line, a relative's or a dated one after them
// ("Has type 2 diabetes on gliclazide", "Diagnosis: PTSD", "Mother has bipolar disorder", "Pregnant -
// 12 weeks", "Re: Mrs Reid, 70").
const NOT_AN_ITEM = /:|\d\s*(?:weeks?|wks?|\/40|\/52|days?|months?|years?|yrs?)\b|\d{1,2}\/\d{1,2}\/\d{2,4}|^\s*(?:[-*•·]\s*)?(?:but|however|although|though|except|apart|she|he|they|patient|client|pt|currently|now|positive|present|yes|reports?)\b|\b(?:has|have|had|is|was|are|were|reports?|reported|diagnosed|confirmed|takes|taking|mother|father|mum|dad|sister|brother|son|daughter|wife|husband|partner|grandmother|grandfather|aunt|uncle)\b/i;
// A sentence of three words or more, closed by a full stop, is no item either.
const CLOSED_SENTENCE = /\.\s*$/;
// An item names something the list is of (a condition, a symptom, a drug), or is in lower case
// ("heart problems"): a capitalised line that names nothing is a heading with no colon ("Presenting
// complaint", "Positive for", "Risk") and ends the list.
const namesSomething = (f: BlockFindings): boolean => f.mentions.length + f.signals.length + f.medications.length > 0;
const CAPITAL_FIRST = /^\s*(?:[-*•·]\s*)?[A-Z]/;
function listItem(text: string, f: BlockFindings): boolean {
  if (!namesSomething(f) && CAPITAL_FIRST.test(text)) return false;
  const words = countWords(text, 0, text.length);
  return words <= 5 && !(words >= 3 && CLOSED_SENTENCE.test(text)) && !NOT_AN_ITEM.test(text);
}

// `line`: the block as the line it reads as (see rowAsLine).
function visitBlock(block: Block, state: State, walk: Walk, line: Block): boolean {
  if (block.kind === 'blank') {
    walk.dobBefore = false;
    walk.undatedRun = undefined;
    state.label = undefined;
    state.addressRun = false;
    // A blank line (plain text, or preformatted text on a page) ends a section that is not the
    // person's present history.
    if ((state.section?.status && state.section.status !== 'present') || state.section?.notTaken || state.section?.past) state.section = undefined;
    clearPending(walk);
    return false;
  }
  const f = findingsOf(block, walk.seen);
  // A line that dated the scores above it dates nothing below it.
  const datedAbove = walk.undatedRun !== undefined && dateRunAbove(walk, block.text, f);
  // Asked of every block, before any returns early: a label line between ("Next of kin:") ends it.
  const afterDob = addressAfterDob(walk, block, f, state);
  // The town and postcode on the lines after it are the same address.
  if (afterDob && f.postcodes.length === 0) {
    state.label = PERSON_ADDRESS;
    state.addressRun = true;
    state.addressTown = false;
  }
  if (afterDob) walk.runFrom = walk.evidence.postcodes.length;
  const seq = ++walk.seq * BLOCK_ORDER;
  if (f.people) learnPeople(walk, f.people, state.othersDetails === true);
  // "<dt>PHQ-9 item 9</dt><dd>2</dd>": the value of item 9's field.
  const item9 = f.valueScore ?? f.valueAnswer;
  if (walk.item9Label && item9 !== undefined && item9 <= 3) pushMeasure(walk.evidence, { measure: 'item9', value: item9, offset: 0 }, state, seq);
  walk.item9Label = f.namesItem9 === true;
  if (state.addressRun) {
    const line = addressLine(block.text);
    if (line === 'named' && !state.addressTown) state.addressTown = true;
    else if (line !== 'numbered') {
      state.label = undefined;
      state.addressRun = false;
    }
  }
  if (f.heading) {
    // "Mother:" in a parent and infant record heads the person's own details.
    state.section = walk.perinatal && f.heading.status === 'family' && state.section?.status !== 'family' && MOTHER.test(block.text) ? undefined : f.heading;
    state.sectionListed = undefined;
    state.label = undefined;
    state.addressRun = false;
  } else if (state.section?.itemsOnly) {
    // Under "Children:", a first line of a label of its own ("Son: 6 weeks old. Low mood since
    // the birth.") or of the person ("She has two children...") is not theirs either.
    if (state.sectionListed === undefined && state.section.group && (OWN_LABEL.test(block.text) || SHE_OR_HE_OPENS.test(block.text))) state.section = undefined;
    else if (state.sectionListed === undefined) state.sectionListed = namesSomething(f);
    else if ((!state.sectionListed && state.section.status === 'family') || !listItem(block.text, f)) state.section = undefined;
  }
  // "Presenting problem: ..." opens a section of its own line, which ends the one before
  // ("Family history:" / "Mum has asthma." / "Presenting problem: Owen has depression.").
  // Not a field a family table is made of: "Relative: Mother" / "Diagnosis: bipolar disorder".
  if (!f.heading && f.leadLabel?.status !== undefined && state.section !== undefined && !FIELD_OF_ANYONE.test(block.text)) state.section = undefined;
  // "How are you feeling:", "Your health:": a form's question to the person ends a relative's section.
  if (state.section?.status === 'family' && !f.heading && ASKS_YOU.test(block.text)) state.section = undefined;
  // Not a date of birth under its label ("<dt>DOB</dt><dd>17/09/1999</dd>").
  if (f.dateHeading && !datedAbove && state.label?.age === undefined) {
    state.dateHeading = f.dateHeading;
    state.headingEarly = f.headingEarly === true;
    // "Clinic date:" over "10/11/2026": the field's value, so "today" under it is that day.
    if (f.dateField !== undefined) state.dateField = f.dateField;
    else if (state.label?.date && DATE_ONLY.test(block.text)) state.dateField = f.dateHeading;
  }
  if (f.newEntry && state.dateHeading) {
    state.entryAfter = state.dateHeading;
    state.dateHeading = undefined;
    state.headingEarly = false;
  }
  if (f.dateHeading) state.entryAfter = undefined;
  // A new entry ends a list of what is over ("Past problems: ... / Consultation 27/11/2026").
  if ((f.dateHeading || f.newEntry) && !f.heading && state.section?.past) state.section = undefined;
  const labelOnly = (f.heading !== undefined || f.label !== undefined) && isEmpty(f);
  if (f.label) {
    state.label = f.label;
    state.addressRun = false;
  }
  // "Carer's address:" over the lines of an address, in a carer's own record: the person's.
  if (walk.caring && (f.heading || f.label) && CARERS_ADDRESS.test(block.text)) {
    state.label = PERSON_ADDRESS;
    state.addressRun = true;
    state.addressTown = false;
  }
  if (labelOnly) {
    if (walk.run || f.names) follow(walk, f, state, [], seq);
    answerInWords(walk, f.answer, block.text, false);
    return true;
  }
  // "Address: 3 Marsh Lane" with the rest on the lines after it: the person's address label goes
  // on to them (an organisation's does not: it would hide what the lines after it say).
  if (f.leadLabel) {
    state.addressRun = continuesAddress(f);
    state.addressTown = false;
    state.label = state.addressRun ? f.leadLabel : undefined;
  }

  const ev = walk.evidence;
  // "Family history: ... / Pt is 30 weeks pregnant": a line that names the person is theirs.
  const carerIsPerson = walk.caring || walk.personCares;
  const over = state.label ?? state.section;
  const inherited = (carerIsPerson && over?.aboutCarer) || (over?.aboutParent && !walk.youngPerson) ? undefined : sectionStatus(state);
  // "Impact on carer: low mood", label and text on one line: the carer's, unless the record is the
  // carer's own or says the person is a carer.
  const lead = f.leadLabel ?? f.rowOwnerLabel;
  const section = (lead?.aboutCarer && !carerIsPerson) || (lead?.aboutParent && walk.youngPerson) ? 'family' : inherited === 'family' && PERSON_OPENS.test(block.text) ? undefined : inherited;
  const leadOrg = f.leadLabel?.addr === 'org' && !f.leadLabel.work && !state.regions.has('patient-address');
  const orgContext =
    state.regions.has('org-address') ||
    (!state.regions.has('patient-address') && ((state.label?.addr === 'org' && !state.label.work) || state.section?.addr === 'org' || (leadOrg && f.orgUntil === undefined)));
  // "Referrer: Dr A Patel, GP. Reason: low mood": the organisation's part ends at the next label.
  const orgBefore = leadOrg && !orgContext ? f.orgUntil ?? 0 : 0;
  // A line with a label of its own ("Current: insulin") is out of a past-medication section.
  // Under "Past medication", a drug is taken only after words that say so: "Gliclazide - switched
  // to sitagliptin" (sitagliptin), "Insulin glargine - current" (all of the line).
  const pastMeds = state.section?.notTaken === true && !OWN_LABEL.test(block.text);
  const takenFrom = pastMeds ? takenNowFrom(block.text) : 0;
  const notTaken = state.regions.has('allergies') || takenFrom === Infinity || state.label?.notTaken === true;

  // "<dt>Diabetes</dt><dd>No</dd>": a value block settles the bare terms just before it.
  if (f.formOnly && (walk.pending.length > 0 || walk.pendingSignals.length > 0 || walk.questions.length > 0 || walk.medQuestions.length > 0)) {
    answerWithValue(walk, f.formOnly, block.text);
    return false;
  }
  answerInWords(walk, f.answer, block.text);

  if (!orgContext) {
    // "ME/CFS or long COVID?": a question of terms alone, each open to the next block's answer.
    const listAsked = f.mentions.length > 1 && block.text.length <= 60 && f.mentions.every((m) => m.dims.question === true);
    for (const m of f.mentions) {
      if (m.offset < orgBefore) continue;
      if (m.listCode && !(walk.listing && listsConditions(state))) continue;
      const mothers = m.ids.some((id) => DATED_BY_YEAR.has(id));
      const theirs = m.offset < walk.ofThem;
      let status = theirs || (m.pronoun ? otherSex(walk, m.pronoun) || meantBefore(walk.previous, block.text, m.offset, m.pronoun, false) : someoneElse(walk, block.text, m.offset, mothers)) ? 'family' : resolveStatus(state.section?.past ? { ...m.dims, historical: true } : m.dims, section, m);
      if (status === 'present' && mothers && !m.pronoun && maybePartners(walk, block.text, m.offset, m.text)) status = 'possible';
      if (!status) continue;
      const rank = RANK[status];
      for (const id of m.ids) {
        // A value in the next block may still change this one's status, so it is not settled yet.
        // "Q: Falls?" is asked too, though not the block's only words.
        const open = (m.bare || listAsked || m.open === true || (m.dims.question === true && (m.signal !== undefined || ASKED_OF_PERSON.test(block.text)) && block.text.length <= 80)) && (!m.dims.explicit || m.dims.question === true) && asks(block);
        // A year may make it over by today, which only the merge knows: never settled here.
        const dated = m.year !== undefined && (DATED_BY_YEAR.has(id) || m.signal === 'falls' || m.signal === 'cardiac-symptoms');
        if (open) walk.pending.push({ mention: m, section, index: ev.mentions.length });
        else if (!m.signal && !dated) {
          // Ranked no higher than a settled earlier mention of the same condition: never chosen.
          const settled = walk.settled.get(id);
          if (settled !== undefined && rank <= settled) continue;
          walk.settled.set(id, rank);
        }
        const mention: Evidence['mentions'][number] = { id, status, text: m.text, order: orderOf(seq, m.offset) };
        if (status === 'present' && (id === 'postnatal' || id === 'pregnancy')) walk.babyRecord = true;
        // "PND after her first baby in 2023": the year dates the birth's card, not the depression's.
        if (m.signal && !(dated === false && m.year !== undefined && (m.signal === 'postnatal' || m.signal === 'pregnancy'))) mention.signal = m.signal;
        if (dated) mention.year = m.year;
        ev.mentions.push(mention);
      }
    }
    for (const s of f.signals) {
      if (walk.flags.has(s.flag) || s.offset < orgBefore || s.offset < walk.ofThem) continue;
      // Hypos under "Past medication" are why a drug there stopped ("Gliclazide | Recurrent hypos").
      if (s.flag === 'hypo-risk' && pastMeds && s.offset < takenFrom) continue;
      // "Fall last week ?syncope", "possible blackouts": unsure of a cardiac symptom, prompt the check.
      const queried = s.flag === 'cardiac-symptoms' && s.dims.question !== true && resolveStatus(s.dims, section) === 'possible'
        && queriedSymptom(block.text, s.offset);
      if (!queried && !isPresent(s.dims, section)) {
        if (s.asked && s.dims.question === true && asks(block)) walk.questions.push({ signal: s, section, order: orderOf(seq, s.offset) });
        continue;
      }
      if (s.pronoun && (otherSexNamed(walk, s.pronoun) || meantBefore(walk.previous, block.text, s.offset, s.pronoun))) continue;
      // "He gets short of breath at rest" in the record of "Carer: Mrs Fenwick, 74": her husband's.
      if (!s.pronoun && someoneElse(walk, block.text, s.offset)) continue;
      // One dated to a year may be over by today, which only the merge knows: it settles nothing.
      if (s.year !== undefined) {
        ev.signals.push({ flag: s.flag, order: orderOf(seq, s.offset), year: s.year });
        continue;
      }
      walk.flags.add(s.flag);
      if (s.asked && (!s.dims.explicit || s.dims.question === true) && asks(block)) walk.pendingSignals.push({ signal: s, section, index: ev.signals.length });
      ev.signals.push({ flag: s.flag, order: orderOf(seq, s.offset) });
    }
    for (const b of f.bmis) if (b.offset >= orgBefore && isPresent(b.dims, section)) ev.bmis.push({ value: b.value, text: b.text, order: orderOf(seq, b.offset) });
  } else if (leadOrg && f.orgUntil === undefined && CONTACT_LEAD.test(block.text)) {
    // "Next of kin: Mr Alan Hughes (husband) - heart failure": the contact's own conditions.
    for (const m of f.mentions) {
      const status = resolveStatus({ ...m.dims, family: true }, section, m);
      if (status === 'family') for (const id of m.ids) ev.mentions.push({ id, status, text: m.text, order: orderOf(seq, m.offset) });
    }
  }
  if (!notTaken && !orgContext) {
    // The first mention of a drug says all a later one could.
    for (const m of f.medications) {
      // "She gives him his insulin": his, which is the person's unless the record names the person as a woman.
      if (m.offset < orgBefore || m.offset < walk.ofThem || m.offset < takenFrom || walk.meds.has(m.med) || (m.givenTo ? walk.caring === true && personSexOf(walk) !== undefined && personSexOf(walk) !== m.givenTo : someoneElse(walk, block.text, m.offset))) continue;
      if (!isPresent(m.dims, section)) {
        // "Insulin?" over "Yes": asked, and taken if the next block says so.
        if (m.dims.question === true && asks(block)) walk.medQuestions.push({ med: m, order: orderOf(seq, m.offset), otherAsked: ASKED_OF_OTHER.test(block.text) });
        continue;
      }
      takeMed(walk, m, orderOf(seq, m.offset));
    }
  }
  const ownFrom = ev.measures.length;
  const othersRow = (walk.othersScores === true && block.kind === 'row') || (walk.othersScoreLines === true && block.kind !== 'row');
  for (const m of f.measures) if (!othersRow && !scoredByOther(m.scorer, walk.otherNames, walk.personNames, personSexOf(walk), carerIsPerson)) pushMeasure(ev, m, state, seq);
  if (walk.rowTable || (block.kind === 'row' && f.measures.length > 0)) walk.rowTable = pairRowItem9(walk.rowTable, block, ev.measures, ownFrom);
  if (walk.run || f.names || f.items) follow(walk, f, state, ev.measures.slice(ownFrom), seq);
  // After follow, which pushes a value under its name ("<dt>PHQ-9</dt><dd>12</dd>").
  for (let i = ownFrom; i < ev.measures.length; i++) {
    const m = ev.measures[i]!;
    if (m.date !== undefined || m.today) walk.undatedRun = undefined;
    else if (!m.earlier) (walk.undatedRun ??= []).push(m);
  }
  if (section !== 'family' && !state.othersDetails) {
    for (const a of f.ages) ev.ages.push({ kind: a.kind, years: a.years, dob: a.dob, order: orderOf(seq, a.offset) });
    if (f.ages.length === 0 && state.label?.age === 'age' && f.valueAge !== undefined) ev.ages.push({ kind: 'field', years: f.valueAge, order: orderOf(seq, 0) });
    if (f.ages.length === 0 && state.label?.age === 'dob' && f.valueDob) ev.ages.push({ kind: 'dob', dob: f.valueDob, order: orderOf(seq, 0) });
  }
  const carersOwn = walk.caring === true && !state.othersDetails && CARERS_OWN.test(line.text);
  // "Session notes - Mrs Linda Shaw (DOB 05/03/1970), BN2 3LE": a postcode after the person's own
  // date of birth on the line that gives it.
  const dobUntil = walk.dobBefore ? block.text.length : f.ages.length > 0 ? dobSentenceEnd(walk, block, f, state) : undefined;
  const dobAt = dobUntil !== undefined ? f.ages.find((a) => a.kind === 'dob')?.offset : undefined;
  for (const pc of f.postcodes) {
    const strength = postcodeStrength(pc.who, state) || ((afterDob || (dobAt !== undefined && pc.offset > dobAt && pc.offset < dobUntil!)) && pc.who === undefined && !state.othersDetails ? 1 : 0) || (carersOwn ? 2 : 0);
    if (strength > 0) ev.postcodes.push({ outcode: pc.outcode, strength, order: orderOf(seq, pc.offset) });
  }
  if (f.postcodes.length === 0 && f.valueOutcode) {
    const strength = state.label?.addr ? postcodeStrength(undefined, state) : 0;
    if (strength > 0) ev.postcodes.push({ outcode: f.valueOutcode, strength, order: orderOf(seq, 0) });
  }
  return false;
}

function pushMeasure(ev: Evidence, m: MeasureCandidate, state: State, seq: number): Evidence['measures'][number] {
  // Built field by field: an object spread here was the single slowest line of a long read.
  const measure: Evidence['measures'][number] = { measure: m.measure, value: m.value, offset: m.offset, order: orderOf(seq, m.offset) };
  // The date its own line opens with is nearer than a heading's ("26/11/2026 - DNA." above
  // "19/11/2026 - S3. PHQ-9 17").
  // A total said to be from before ("At assessment: PHQ-9 20") takes no date from around it.
  const earlierTotal = m.earlier === true && m.measure !== 'item9' && state.headingEarly !== true;
  const date = m.date ?? (earlierTotal ? undefined : state.dateHeading !== undefined && m.timing?.entryDate !== undefined ? m.timing.entryDate : state.dateHeading);
  if (date) measure.date = date;
  if (!m.date && date) measure.headingDate = true;
  if (!m.date && date !== undefined && date === state.dateField) measure.fieldDate = true;
  if (!date && state.entryAfter && !earlierTotal) measure.after = state.entryAfter;
  if (m.today) measure.today = true;
  if (m.timing) measure.timing = m.timing;
  if (m.item9 !== undefined) measure.item9 = m.item9;
  if (m.earlier) measure.earlier = true;
  ev.measures.push(measure);
  return measure;
}

// Item scores and totals shown a line or row at a time, for the questionnaire named above them.
function follow(walk: Walk, f: BlockFindings, state: State, own: readonly Evidence['measures'][number][], seq: number): void {
  const ev = walk.evidence;
  walk.run = followRun(walk.run, f, {
    push: (m) => pushMeasure(ev, m, state, seq),
    remove: (e) => {
      const at = ev.measures.lastIndexOf(e);
      if (at >= 0) ev.measures.splice(at, 1);
    },
    ...(state.dateHeading ? { dateHeading: state.dateHeading } : {}),
    own,
  });
}

// "Do you have diabetes?", "Have you ever been diagnosed with bipolar disorder or psychosis?": a
// question put to the person, which a plain "No" on the next line answers.
const ASKED_OF_PERSON = /^\s*(?:do|does|did|have|has|are|is|were|was)\s+(?:you|the (?:patient|client)|patient|client)\b/i;

// A block that can be a question the next block answers: a label, a line, a list item, or a
// heading ("<legend>Diabetes</legend>" over its options).
function asks(block: Block): boolean {
  return block.kind === 'label' || block.kind === 'text' || block.kind === 'item' || block.kind === 'heading';
}

// A line of an address: short, with no label of its own ("Work: ...") and no sentence, naming no
// organisation, relative or other contact. 'numbered' with a number in it (a house, a postcode);
// 'named' without, which an address has one of (a town's name).
const SENTENCE = /[.;!?]\s/;
const NOT_HOME = /\b(?:surgery|medical|practice|clinic|hospital|trust|centre|center|health|tel|telephone|phone|mobile|mob|email|contact|mother|father|mum|dad|son|daughter|wife|husband|partner|brother|sister|work|employer|kin|nok|gp|school|college|ltd|limited|plc|care of|c\/o)\b/i;
const DIGIT = /\d/;
function addressLine(text: string): 'numbered' | 'named' | undefined {
  if (text.length > 40 || OWN_LABEL.test(text) || SENTENCE.test(text) || NOT_HOME.test(text)) return undefined;
  return DIGIT.test(text) ? 'numbered' : 'named';
}

function continuesAddress(f: BlockFindings): boolean {
  const addr = f.leadLabel?.addr;
  return (addr === 'person' || addr === 'person-explicit') && f.postcodes.length === 0 && f.valueOutcode === undefined;
}

function orderOf(seq: number, offset: number): number {
  return seq + Math.min(offset, BLOCK_ORDER - 1);
}

function isEmpty(f: BlockFindings): boolean {
  return f.mentions.length + f.medications.length + f.signals.length + f.measures.length + f.ages.length + f.postcodes.length + f.bmis.length === 0;
}

// "RE: Miss Chloe Brennan  DOB 19/07/2002" or "Ms Deborah Hall" / "DOB: 17/04/1979", then a
// house number and street on the very next line: the person's address, as a letter's heading gives
// it. Not a line with a label ("GP: ...", "Mother: ..."), nor one that opens with a name ("Brookside
// Academy, 4 Mill Lane", "c/o 12 Mill Street", "Works at ..."), nor after someone else's date of
// birth: under a relative's heading, on a line that opens with a relative or contact, or straight
// after one ("Next of kin:" over "Mrs Mary Lee  DOB 05/06/1962"). A letter's addressee alone on
// its line counts as her date of birth does: "Mr James Allen" over "27 Station Road".
const NAME_ALONE = /^\s*(?:[Mm]rs?|[Mm]s|[Mm]iss|[Mm]x)\.?\s+[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,2}\s*$/;
const HOUSE_FIRST = /^\s*(?:(?:flat|apartment|apt)\s*\d+[a-z]?,?\s+)?\d{1,4}[a-z]?,?\s+[A-Za-z]/i;
const ANY_LABEL = /^\s*[A-Za-z][\w '’/()-]{0,30}:/;
const SOMEONE_ELSES_WORDS = String.raw`\b(?:next of kin|nok|emergency|contact|mother|mum|father|dad|parent|guardian|sister|brother|partner|wife|husband|carer|relative|son|daughter|baby|child)\b`;
const SOMEONE_ELSES = new RegExp(SOMEONE_ELSES_WORDS, 'i');
function addressAfterDob(walk: Walk, block: Block, f: BlockFindings, state: State): boolean {
  const follows = walk.dobBefore === true;
  // Cheapest first: this runs for every block.
  walk.dobBefore = (f.ages.some((a) => a.kind === 'dob') || NAME_ALONE.test(block.text)) && ownLine(walk, block, f, state) && !SOMEONE_ELSES.test(block.text);
  return follows && HOUSE_FIRST.test(block.text) && !ANY_LABEL.test(block.text) && f.leadLabel === undefined && f.label === undefined && f.heading === undefined;
}

const DATE_ONLY = /^\s*\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\s*$|^\s*\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]{3,9}\s+\d{4}\s*$/;

function ownLine(walk: Walk, block: Block, f: BlockFindings, state: State): boolean {
  return state.section?.status !== 'family' && !state.regions.has('family') && state.label === undefined && !state.othersDetails
    && !(walk.previous !== undefined && SOMEONE_ELSES.test(walk.previous) && !toldInPassing(walk.previous));
}

// A sentence that mentions someone in passing ("ALERT: Lives with wife.", "Wife supportive."), not
// a heading or field that opens their details ("Next of kin", "Next of kin: wife.").
const CLOSED = /[.!]\s*$/;
// A field of theirs: one whose label names them ("Next of kin: Jean Smith (daughter).") or whose
// value opens with them ("NOK: wife.").
const OTHERS_FIELD = new RegExp(String.raw`^[^:\n]{0,40}${SOMEONE_ELSES_WORDS}[^:\n]{0,20}:|:\s*(?:(?:his|her|their|the)\s+)?${SOMEONE_ELSES_WORDS}`, 'i');
// Nor one that gave their address already ("Next of kin: wife, 3 Elm Close, Bath BA1 2AA"): the
// line after it is not more of theirs.
function toldInPassing(text: string): boolean {
  return (CLOSED.test(text) && countWords(text, 0, text.length) >= 2 && !OTHERS_FIELD.test(text)) || findPostcodes(text).length > 0;
}

// Where the sentence that gives the person's date of birth ends, when that sentence names no one
// else though the line goes on to: "Mrs Jane Smith (DOB 05/03/1970), BN2 3LE. NOK husband John,
// BN3 1AA." Its postcode is hers (see dobAt in visitBlock).
const SENTENCE_END = /[.;!?](?:\s|$)/g;
function dobSentenceEnd(walk: Walk, block: Block, f: BlockFindings, state: State): number | undefined {
  const dob = f.ages.find((a) => a.kind === 'dob');
  if (dob === undefined || !ownLine(walk, block, f, state)) return undefined;
  const date = findDates(block.text, dob.offset)[0];
  if (date === undefined) return undefined;
  SENTENCE_END.lastIndex = date.end;
  const end = SENTENCE_END.exec(block.text)?.index ?? block.text.length;
  return SOMEONE_ELSES.test(block.text.slice(0, end)) ? undefined : end;
}

// A line that only says when the scores above it were completed.
const COMPLETED_LINE = new RegExp(String.raw`^\s*(?:(?:date\s+)?(?:completed|taken|done|recorded|scored)(?:\s+on)?|date(?:\s+of\s+(?:scores?|questionnaires?|measures?|completion))?|on)\s*[:=–-]?\s*(?:${DATE_SOURCE})\s*\.?\s*$`, 'i');
// Or the label alone, with its date in the next block ("<dt>Date completed</dt><dd>20/11/2026</dd>").
const COMPLETED_LABEL = /^\s*(?:date\s+)?(?:completed|taken|done|recorded|scored)(?:\s+on)?\s*:?\s*$|^\s*date(?:\s+of\s+(?:scores?|questionnaires?|measures?|completion))?\s*:?\s*$/i;
const DATE_ALONE = new RegExp(String.raw`^\s*(?:${DATE_SOURCE})\s*\.?\s*$`, 'i');
function dateRunAbove(walk: Walk, text: string, f: BlockFindings): boolean {
  const labelBefore = walk.completedNext === true;
  walk.completedNext = false;
  if (text.length <= 60 && (COMPLETED_LINE.test(text) || (labelBefore && DATE_ALONE.test(text)))) {
    const found = findDates(text)[0];
    if (found) for (const m of walk.undatedRun!) m.date = isoDate(found.date);
    walk.undatedRun = undefined;
    return found !== undefined;
  }
  if (text.length <= 40 && COMPLETED_LABEL.test(text)) walk.completedNext = true;
  // A score's name or value in a block of its own goes on with the run.
  else if (f.measures.length === 0 && f.names === undefined && f.valueScore === undefined) walk.undatedRun = undefined;
  return false;
}

// "Carer's address: 55 Stratford Road, Birmingham B11 1AN" in a carer's own record (see
// speaksOfCaring), where the carer is the person.
const CARERS_ADDRESS = /^\s*carer(?:['’]?s)?\s+(?:home\s+)?(?:address|postcode)\s*:?\s*$/i;
const PERSON_ADDRESS: LabelInfo = { addr: 'person' };
const CARERS_OWN = /^\s*carer(?:['’]?s)?(?:\s+(?:home\s+)?(?:address|postcode|details|contact details))?\s*:/i;

// Whose address a postcode belongs to: the person's only when a label, section or adapter region
// says so, and never when the address, its label or its section names an organisation.
function postcodeStrength(inSpan: AddressWho | undefined, state: State): number {
  if (state.regions.has('patient-address')) return 3;
  if (state.regions.has('org-address') || inSpan === 'org' || state.othersDetails) return 0;
  if (inSpan === 'person-explicit') return 2;
  const context = state.label?.addr ?? state.section?.addr;
  if (context === 'org') return 0;
  if (context === 'person-explicit') return 2;
  if (inSpan === 'person' || context === 'person' || state.regions.has('patient')) return 1;
  return 0;
}
