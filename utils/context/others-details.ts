import type { Block } from './block.ts';
import type { BlockFindings } from './findings.ts';
import { memoByText } from './memo-by-text.ts';

// Someone else's details: "Next of kin:", "Emergency contact", "Mother:" (a heading alone), or a
// "Relationship: Mother" line, over the lines of their name, age, address and phone. Their age and
// postcode are not the person's: "Next of kin:" / "Mother:" / "Ms Janet Cole" / "Age: 61" /
// "Address: ... CH1 3AB" gave a 35-year-old in Leeds the age 61 and the district CH1.
// The one a carer looks after, as a carer's form names them.
const CARED_FOR_WHO = String.raw`cared[- ]for person|person cared for|(?:the )?person you care for`;
// A carer's field of whom they look after: "Cares for: Mother", "Caring for: husband, 78".
const CARES_FOR = String.raw`(?:(?:she|he|client|patient|pt)\s+)?(?:cares for|caring for|carer (?:for|to|of)|cared for|looks after|looking after)`;
const WHO = [
  'next of kin', 'nok', 'emergency contacts?', 'contact in (?:an )?emergency', 'in case of emergency', 'contact person',
  '(?:main |primary )?carer', 'guardian', 'parents?', 'parent\\s?/\\s?(?:guardian|carer)', 'mother', 'mum', 'father', 'dad',
  'interpreter', 'advocate', 'siblings?', 'step(?:mother|father|mum|dad)',
  'sister', 'brother', 'partner', 'wife', 'husband', 'spouse', 'son', 'daughter', 'child', 'children', 'baby', 'infant', 'twins',
  'grandmother', 'grandfather', 'grandma', 'grandad', 'granddad', 'gran', 'nan',
  // A carer's assessment: the one cared for.
  CARED_FOR_WHO, CARES_FOR,
].join('|');
// "Next of kin / Carer", "Partner and emergency contact": two such headings in one.
const HEADS = new RegExp(
  String.raw`^\s*(?:(?:(?:her|his|their|the|your)\s+)?(?:client|patient|pt|service user)['’]?s?\s+)?(?:${WHO})(?:['’]s)?(?:\s*(?:\/|&|\band\b|\bor\b)\s*(?:${WHO}))?(?:\s+(?:details|contact details|contact|information|info|\d))?\s*:?\s*$`,
  'i',
);
// "Daughter: Emily", "Next of kin: Mr Tom Hill": their heading with their name alone.
const HEAD_LABEL = new RegExp(String.raw`^\s*(?:${WHO})\s*:\s*`, 'i');
// "Mary Jones (mother)", "Ella Hill, DOB 02/10/2026": a relationship or a date of birth may stand beside it.
const NAME_ONLY = /^(?:(?:[Mm]rs?|[Mm]s|[Mm]iss|[Dd]r)\.?\s+)?[A-Z][a-z'’-]+(?:\s+[A-Z][a-zA-Z'’-]+){0,2}\s*(?:\([a-z -]{2,24}\)\s*)?(?:[,(]\s*(?:[Dd][Oo][Bb]|[Dd]\.[Oo]\.[Bb]\.?|[Bb]orn)\s*:?\s*\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\s*\)?\s*)?\.?\s*$/;
// "Daughter: 16", "Son: Jack, 8": their age, with or without their name.
const AGE_ONLY = /^(?:(?:(?:[Mm]rs?|[Mm]s|[Mm]iss|[Dd]r)\.?\s+)?[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){0,2}\s*,\s*)?(?:aged?\s*)?[1-9]\d?(?:\s*(?:years?|yrs?|y\/?o|weeks?|wks?|months?|mths?)(?:\s+old)?)?\s*$/;
// Their age beside their heading: "Son: Jack, 8", "Daughter: 16". Not "Children: 2", which counts them.
function ageBeside(head: string, value: string): boolean {
  return AGE_ONLY.test(value) && !GROUP.test(head);
}
function headingWithAge(text: string): boolean {
  const head = HEAD_LABEL.exec(text);
  return head !== null && ageBeside(head[0], text.slice(head[0].length));
}

// A parent, guardian or carer named on a form may be the one filling it in: "Parent: Ms Laura
// Carter" over her own date of birth, on a parenting course's self-referral.
const MAY_BE_THE_PERSON = /^\s*(?:parents?|guardian|parent\s?\/\s?(?:guardian|carer)|(?:main |primary )?carer)\b/i;
function namedAfterHeading(text: string): boolean {
  const head = HEAD_LABEL.exec(text);
  if (head === null || MAY_BE_THE_PERSON.test(head[0])) return false;
  const value = text.slice(head[0].length);
  return NAME_ONLY.test(value) || ageBeside(head[0], value);
}

// A line that opens with someone else's label ("Next of kin: husband"), as the line before an
// addressee line may: the address is theirs. (Alone, "Next of kin: husband" / "Age 52" is a form
// whose next field may be the person's own.)
export function labelsSomeoneElse(text: string): boolean {
  return HEAD_LABEL.test(text);
}
const CARES_FOR_LEAD = new RegExp(String.raw`^\s*${CARES_FOR}\b`, 'i');
// "Cared-for person: Margaret Brown" opens her details with her name.
const CARED_FOR_LABEL = new RegExp(String.raw`^\s*(?:${CARED_FOR_WHO}|${CARES_FOR})\s*:`, 'i');
// Not "Relationship: married" or "Relationship status: single", which are the person's.
const RELATIONSHIP_TO = /^\s*relationship(?:\s+to\s+(?:the\s+)?(?:patient|client|pt|service user))?\s*:?\s*(?:her|his|their)?\s*(?:mother|mum|father|dad|parent|sister|brother|partner|wife|husband|spouse|son|daughter|friend|neighbour|neighbor|carer|guardian|aunt|uncle|grandmother|grandfather|grandparent|cousin|niece|nephew|relative|other)\b/i;
// The fields such details are made of, as a label alone ("Age", "Address:") or opening a line
// ("Age: 61"). A label of anything else ("Presenting problem:", "Patient details") ends them.
const FIELD = String.raw`(?:name|full name|title|first names?|forenames?|surname|last name|family name|age|dob|d\.o\.b\.?|date of birth|born|address(?:\s+line\s*\d)?|postcode|post code|town|city|county|country|tel(?:ephone)?(?:\s+(?:no|number))?|phone(?:\s+(?:no|number))?|mobile(?:\s+(?:no|number))?|mob|home(?:\s+(?:phone|tel|number))?|work(?:\s+(?:phone|tel|number))|e-?mail|relationship(?:\s+to\s+(?:the\s+)?(?:patient|client|pt|service user))?|gender|sex|contact(?:\s+(?:no|number))?)`;
const FIELD_LABEL = new RegExp(String.raw`^\s*${FIELD}\s*:`, 'i');
const FIELD_ALONE = new RegExp(String.raw`^\s*${FIELD}\s*:?\s*$`, 'i');
// A line that opens with a label of its own ("Work: ...", "Referral reason: OCD").
export const OWN_LABEL = /^\s*[^:|\n]{1,40}?\s*:/;
const YOURS = /\b(?:you|your|yours)\b/i;
const SENTENCE = /[.;!?]\s|[.;!?]$/;
// "Next of kin:" over "None recorded": no one's details follow.
const NOBODY = /^\s*(?:none|nil|no one|nobody|not known|unknown|n\/?a|not recorded|not given|not stated|declined|not applicable)\b/i;
export const MAX_DETAIL_LINE = 60;
const MAX_NAMED_LINE = 120;
const NAMED_DETAILS = /^\s*(?:Mrs|Mr|Ms|Miss|Mx|Dr)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}\s*(?:[,|]|\(\s*\d)/;

// "Carer's details" in a carer's own record are the person's, as "Mother:" is in a parent and
// infant record.
const CARER = /^\s*(?:(?:main |primary )?carer|carers)\b/i;
export const MOTHER = /^\s*(?:mother|mum|mom|parent)(?:['’]s)?\b/i;

// A table's column of each row's relationship to the person: "Relationship", "Relation to client".
const RELATIONSHIP_COLUMN = /^\s*(?:relationship|relation|relative|rel\.?)(?:\s+to\s+(?:the\s+)?(?:patient|client|pt|service user|person|you))?\s*:?\s*$/i;
export function namesRelationshipColumn(text: string): boolean {
  return text.length <= MAX_DETAIL_LINE && RELATIONSHIP_COLUMN.test(text);
}

// The block gives the relationship of the one named just before ("Relationship to patient: husband").
export function givesRelationship(text: string): boolean {
  return RELATIONSHIP_TO.test(text);
}

// The block opens someone else's details: their heading alone or with their name or age beside
// it, or their relationship. `carersOwn`: the record is a carer's own (see speaksOfCaring);
// `perinatal`: a parent and infant one; `carerNamed`: a line before named someone else as the
// person's carer, whose field "Caring for: husband" then is ("Carer: Mrs Fenwick, 74" over it).
export function opensOthersDetails(block: Block, carersOwn: boolean, perinatal: boolean, carerNamed: () => boolean): boolean {
  if (block.text.length > MAX_DETAIL_LINE) return false;
  const { opens, caresFor } = detailsOpening(block.text);
  if (opens === undefined || (caresFor && !carersOwn && carerNamed())) return false;
  if (opens === 'heading') return !(carersOwn && CARER.test(block.text)) && !(perinatal && MOTHER.test(block.text));
  return true;
}

// How a line opens someone else's details, whatever the record: asked of every short line, and a
// record repeats its lines, so remembered by text.
const detailsOpening = memoByText((text: string): { opens?: 'heading' | 'field'; caresFor: boolean } => {
  const caresFor = CARES_FOR_LEAD.test(text);
  if (HEADS.test(text) || namedAfterHeading(text)) return { opens: 'heading', caresFor };
  if (RELATIONSHIP_TO.test(text) || CARED_FOR_LABEL.test(text)) return { opens: 'field', caresFor };
  return { caresFor };
});

// The block is one more line of those details: short, no sentence, naming no condition, drug or
// score, and with no label other than a field's.
export function goesOnWithDetails(block: Block, f: BlockFindings): boolean {
  const text = block.text;
  // Longer, a line of their titled name and a comma, bar or bracket after it, as their date of birth
  // or address follow: "Mrs Jean Briggs, DOB 21/11/1950, 3 Church Row, Norwich NR2 4AB" under "Next of kin".
  const long = text.length > MAX_DETAIL_LINE && !(text.length <= MAX_NAMED_LINE && NAMED_DETAILS.test(text));
  if (block.kind === 'heading' || f.heading !== undefined || long || SENTENCE.test(text) || NOBODY.test(text)) return false;
  if (f.mentions.length + f.measures.length + f.signals.length + f.medications.length > 0) return false;
  // "About you", "Your details": the person's own part of the form.
  if (YOURS.test(text)) return false;
  if (f.label !== undefined) return FIELD_ALONE.test(text);
  return !OWN_LABEL.test(text) || FIELD_LABEL.test(text);
}

// A row of two cells and no column names, as the line it would be: "Person cared for | Husband, 74"
// is "Person cared for: Husband, 74".
export function rowAsLine(block: Block): Block {
  const cells = block.cells;
  if (!cells || cells.length !== 2 || block.headers?.some((h) => h !== undefined)) return block;
  const label = cells[0]!.trim();
  return { kind: 'text', text: `${label.endsWith(':') ? label.slice(0, -1).trimEnd() : label}: ${cells[1]!.trim()}` };
}

// The block is a heading or label, or opens with a label of its own.
export function opensWithLabel(block: Block, f: BlockFindings): boolean {
  return block.kind === 'heading' || f.heading !== undefined || f.label !== undefined || f.leadLabel !== undefined || OWN_LABEL.test(block.text);
}

// A line of their details that gives their first name: "Ayesha Begum", "Mr Tom Hill (husband)",
// "Amy, 19". Not a field's word or a relative's ("Husband", "Tel 07700 900123").
const NAME_LINE = /^\s*(?:(?:mr|mrs|ms|miss|dr)\.?\s+)?([A-Z][a-z'’-]{1,15})(?=\s+[A-Z]|\s*[,(]|\s*$)/;
const NOT_A_NAME = /^(?:age|aged|tel|telephone|phone|mobile|mob|email|address|postcode|none|nil|not|unknown|husband|wife|partner|mother|mum|father|dad|son|daughter|sister|brother|friend|neighbour|lives|same|see|next|emergency|contact|relationship|the|flat|apartment|home|work)$/i;
export function nameInDetails(block: Block, f: BlockFindings): string | undefined {
  if (f.label !== undefined || f.heading !== undefined || OWN_LABEL.test(block.text)) return undefined;
  const m = NAME_LINE.exec(block.text);
  return m && !NOT_A_NAME.test(m[1]!) ? m[1] : undefined;
}

// Straight after their details, a line of them: with no subject of its own ("Has severe
// depression."), or opening with "she", "he" or their name ("Amy has bulimia.").
// Under "Children:" or "Parents:", "she" or "he" is the person.
const NO_SUBJECT = /^\s*(?:has|had|is|was|diagnosed|suffers|suffered|lives|uses|takes|took|under|awaiting|recently)\b/i;
const PRONOUN = /^\s*(?:she|he|they)\b/i;
// Their name as the subject: "Amy has bulimia", not "May benefit from CBT".
const FIRST_WORD = /^\s*([A-Z][a-z'’-]{1,15})(?=\s+(?:has|had|is|was|suffers|suffered|reports|lives|takes|took|uses|gets|got|needs|also|recently|developed|became|['’]s)\b|['’]s\b)/;
const GROUP = /\b(?:children|kids|parents|sons|daughters)\b/i;
// Only the first sentence or clause, naming no one else: "Has dementia; patient is her main carer"
// and "He has autism. She is struggling" go on about the person. A pronoun only of the relative's
// sex: under "Husband:", "She is 20 weeks pregnant" is the person.
const CLAUSE_END = /[.;!?](?:\s|$)/;
const PERSON_NAMED = /\b(?:patient|client|pt)\b/i;
const SHE_WORD = /\b(?:mother|mum|mom|wife|daughter|sister|grandmother|aunt|niece|girlfriend)\b/i;
const HE_WORD = /\b(?:father|dad|husband|son|brother|grandfather|uncle|nephew|boyfriend)\b/i;
function sexOf(text: string): 'she' | 'he' | undefined {
  const she = SHE_WORD.test(text);
  const he = HE_WORD.test(text);
  return she === he ? undefined : she ? 'she' : 'he';
}
// A field of notes about them: "Notes | Has bipolar disorder.", "Health: has type 1 diabetes".
const NOTES_FIELD = /^\s*(?:notes?|comments?|health|medical(?:\s+history)?|conditions?|diagnos[ie]s|details|other(?:\s+information)?|info)\s*(?:\s\|\s|:)\s*/i;
// Where in the line what is theirs ends: after its first sentence, or 0 where nothing is theirs.
export function tellsOfThem(line: string, names: ReadonlySet<string> | undefined, group: boolean, sex: 'she' | 'he' | undefined): number {
  const field = NOTES_FIELD.exec(line);
  const from = field ? field[0].length : 0;
  const text = line.slice(from);
  const stop = CLAUSE_END.exec(text);
  const end = stop ? stop.index : text.length;
  if (PERSON_NAMED.test(text.slice(0, end))) return 0;
  let theirs = NO_SUBJECT.test(text);
  if (!theirs) {
    const pronoun = PRONOUN.exec(text)?.[0].trim().toLowerCase();
    if (pronoun !== undefined) theirs = !group && sex !== undefined && pronoun === sex;
    else {
      const first = names && FIRST_WORD.exec(text);
      theirs = first ? names!.has(first[1]!) : false;
    }
  }
  return theirs ? from + end : 0;
}

// Under the heading of the one a carer looks after, a line of their conditions is theirs too, and
// their details go on past it ("The person you care for" / "Name: ..." / "Conditions: dementia").
const CARED_FOR = new RegExp(String.raw`\b(?:${CARED_FOR_WHO}|${CARES_FOR})\b`, 'i');
const THEIR_CONDITIONS_FIELD = String.raw`(?:(?:their|his|her)\s+)?(?:conditions?|diagnos[ie]s|dx|health(?:\s+conditions)?|medical\s+(?:conditions|history)|illness(?:es)?|disabilit(?:y|ies)|needs)`;
// The field opening a line, or its label alone, as a list's <dt> is, over the block of its value.
const THEIR_CONDITIONS = new RegExp(String.raw`^\s*${THEIR_CONDITIONS_FIELD}\s*(?::|$)`, 'i');
const THEIR_CONDITIONS_ALONE = new RegExp(String.raw`^\s*${THEIR_CONDITIONS_FIELD}\s*:?\s*$`, 'i');
export function theirConditions(text: string): boolean {
  return THEIR_CONDITIONS.test(text);
}

// So is a field of a relative's or contact's health among their details: "Relationship: Mother"
// / "Diagnosis: bipolar disorder", "Next of kin: Mr Tom Hill" / "Health: Type 1 diabetes". A
// contact's "Diagnosis:" may be the person's own next field, so only "Health:" or "Medical:" there.
const THEIR_HEALTH_FIELD = String.raw`(?:(?:their|his|her)\s+)?(?:health(?:\s+(?:conditions|problems|needs))?|medical(?:\s+(?:history|conditions|problems))?|physical health)`;
const THEIR_HEALTH = new RegExp(String.raw`^\s*${THEIR_HEALTH_FIELD}\s*(?::|$)`, 'i');
const THEIR_HEALTH_ALONE = new RegExp(String.raw`^\s*${THEIR_HEALTH_FIELD}\s*:?\s*$`, 'i');
export function theirHealth(text: string, details: DetailsOf | undefined): boolean {
  return THEIR_HEALTH.test(text) || (details?.kin === true && theirConditions(text));
}

// The line before was that field's label alone ("<dt>Her conditions</dt>"): this line is its value.
export function afterTheirHealthLabel(previous: string | undefined, details: DetailsOf | undefined): boolean {
  if (previous === undefined) return false;
  return THEIR_HEALTH_ALONE.test(previous) || ((details?.caredFor === true || details?.kin === true) && THEIR_CONDITIONS_ALONE.test(previous));
}

// What the details' own lines say of whose they are: several people ("Children:"), their sex
// ("Husband:", "Raj Shah (husband)"), the one a carer looks after. `before`: what the lines of the
// same details said already ("Relationship: Mother" under "Emergency contact").
// `kin`: a relative's ("Daughter:", "Relationship: Mother"), not a next of kin or contact of any kind;
// `child`: one child's ("Son:", "Baby:"), whose age may be the person's time after birth.
// `aged`: their heading gave their age ("Sister: Ruby, 3 months"), so an age line after it is
// someone else's, most likely the person's.
export type DetailsOf = { group: boolean; sex: 'she' | 'he' | undefined; caredFor: boolean; kin: boolean; child: boolean; baby: boolean; aged: boolean };
const KIN = /\b(?:mother|mum|mom|father|dad|parents?|sister|brother|partner|wife|husband|spouse|son|daughter|child|children|baby|infant|twins|grandmother|grandfather|grandma|grandad|granddad|gran|nan)\b/i;
const CHILD = /\b(?:son|daughter|child|baby|infant|twins|newborn)\b/i;
const BABY = /\b(?:baby|infant|twins|newborn)\b/i;
export function detailsOf(text: string, before?: DetailsOf): DetailsOf {
  return {
    group: GROUP.test(text) || before?.group === true, sex: sexOf(text) ?? before?.sex, caredFor: CARED_FOR.test(text) || before?.caredFor === true,
    kin: KIN.test(text) || before?.kin === true, child: CHILD.test(text) || before?.child === true, baby: BABY.test(text) || before?.baby === true,
    aged: headingWithAge(text) || before?.aged === true,
  };
}

// A second age for them: "Sister: Ruby, 3 months" / "Age: 15" gives the person's (a date of birth
// under "Daughter: Emily, 16" is hers).
const AGE_FIELD = /^\s*age[ds]?\b/i;
export function ageAgain(details: DetailsOf | undefined, text: string): boolean {
  return details?.aged === true && AGE_FIELD.test(text);
}

// A line of a child's details that says they are a baby: "6 weeks old", "Age: 8 months", "Born
// 15/10/2026, 6 weeks old". The year of a birth date is given, for the merge to judge as any birth's.
const WEEKS_OLD = /(?:^|[\s,(])(\d{1,2})\s*(?:(weeks?|wks?)|months?|mths?)(?:\s+old\b|\s*$)/i;
// Also after the child's name: "Baby: Ella Hill, DOB 02/10/2026".
const BORN_LINE = /(?:^|[,(]|\s)\s*(?:born|dob|d\.o\.b\.?|date of birth)\s*:?\s*\d{1,2}[/.-]\d{1,2}[/.-]((?:19|20)\d\d)\b/i;
export function babysAge(details: DetailsOf | undefined, text: string): { year?: number } | undefined {
  if (details?.child !== true || details.group) return undefined;
  const old = WEEKS_OLD.exec(text);
  if (old && Number(old[1]) >= 1 && Number(old[1]) <= (old[2] ? 52 : 12)) return {};
  const born = BORN_LINE.exec(text);
  return born ? { year: Number(born[1]) } : undefined;
}

// Straight after a relative's age ("Daughter:" / "Age 15" / "ADHD, anxiety"), a line that only lists
// conditions is theirs, as under a relative's heading. Not after a next of kin's, nor after a
// contact's name and phone ("Mother:" / "Jane Smith, 07700 900123" / "Asthma" is the person's).
const LIST_SPLIT = /[,;/&+]|\s(?:and|or)\s/i;
const LIST_ITEM = /^\s*(?!.*\b(?:she|he|they|i|we|has|have|had|is|was|are|were|patient|client|pt|her|his|their|my|not|no)\b)[a-z][a-z'’-]*(?:\s+[a-z][a-z'’-]*){0,2}\s*\.?\s*$/i;
const LIST_GLUE = /^[\s,;&/+.()-]*(?:(?:and|or)[\s,;&/+.()-]+)*$/i;
const AGE_LINE = /^\s*(?:(?:[A-Z][a-z'’-]+\s*,?\s*)?(?:age[ds]?\s*:?\s*)?\d{1,2}(?:\s*(?:years?|yrs?|y\/?o)(?:\s+old)?)?|age[ds]?\s*:?\s*\d{1,2}\s*(?:years?|yrs?)?(?:\s+old)?|(?:dob|d\.o\.b\.?|date of birth|born)\s*:?\s*\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4})\s*$/i;
export function listsTheirConditions(line: string, f: BlockFindings, details: DetailsOf | undefined, previous: string | undefined): boolean {
  if (details?.kin !== true || previous === undefined || !(AGE_LINE.test(previous) || headingWithAge(previous)) || f.mentions.length === 0 || f.measures.length + f.medications.length > 0) return false;
  // A baby's: "Baby:" / "Born 15/10/2026" / "Low mood" or "Son:" / "6 weeks old" / "Low mood" is the mother's.
  if (details.baby || (details.child && WEEKS_OLD.test(previous))) return false;
  let rest = '';
  let at = 0;
  for (const m of f.mentions) {
    if (m.offset < at) return false;
    rest += line.slice(at, m.offset);
    at = m.offset + m.text.length;
  }
  rest += line.slice(at);
  // "Asthma, eczema": other items of the list, a word or three each that tell of no one.
  return LIST_GLUE.test(rest) || rest.split(LIST_SPLIT).every((item) => item.trim() === '' || LIST_ITEM.test(item));
}

// A further line of the details that says their sex, where none had.
export function withSex(details: DetailsOf, text: string): DetailsOf {
  if (details.sex !== undefined) return details;
  const sex = sexOf(text);
  return sex === undefined ? details : { ...details, sex };
}
