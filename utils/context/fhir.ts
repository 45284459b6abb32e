import * as v from 'valibot';
import { buildContext } from './build-context.ts';
import { FLAG_OF_CONDITION } from './condition-flags.ts';
import type { ConditionId } from './condition-ids.ts';
import type { DateParts } from './dates.ts';
import { BLOCK_ORDER, emptyEvidence, type Evidence } from './evidence.ts';
import { bmiFromSizes, bodySizeOf, type BodySize } from './fhir-body-size.ts';
import { subjectEntries, type Entry, type SubjectRef } from './fhir-subject.ts';
import { ICD10_CODES, SNOMED_CODES } from './lexicon/codes.ts';
import { MAX_SCORE, MEASURE_CODES } from './lexicon/measures.ts';
import { outwardCode, scrubPostcodes } from './postcode.ts';
import { readText } from './read-text.ts';
import type { MedicationInfo } from './roles.ts';
import { rolesOf, scan } from './scan.ts';
import type { ClinicalContext, ConditionMention, ConditionStatus, SafetyFlag } from './schema.ts';

// A FHIR R4 Bundle (or an array of resources, or one resource) as a ClinicalContext. Used by the
// CLI's --fhir and by the embeddable widget.
//
// Condition: SNOMED CT or ICD-10 code, or failing that its text read as the page reader reads a
// note, so "no asthma", "?COPD" and "family history of asthma" keep their own status. clinicalStatus
// active, recurrence or relapse is present; inactive, remission or resolved is kept as history,
// which the reader reports as present (as "PMH: MI 2019" is) except for pregnancy and the postnatal
// period, which are only reported while current. verificationStatus refuted is negated,
// provisional, differential or unconfirmed is possible, entered-in-error is ignored. The more
// cautious of the text's status and the record's wins.
// FamilyMemberHistory conditions are family (unless the text says the relative did not have it).
// Observation: PHQ-9 / GAD-7 totals and PHQ-9 item 9 by LOINC or SNOMED CT code (panel codes are
// not totals), latest effective date wins, none dated after today; BMI, or one worked out from body
// weight and height; pregnancy status.
// Patient: birthDate, and the 'home' address's postcode reduced to its district.
// MedicationStatement / MedicationRequest: active drugs, as supporting evidence.
//
// Errors name where and what, as "entry[3].resource.valueQuantity.value: expected a number, found
// "high"": the path inside the input, then what the reader expected and what it found.

const Coding = v.looseObject({ system: v.optional(v.string()), code: v.optional(v.string()), display: v.optional(v.string()) });
const CodeableConcept = v.looseObject({ coding: v.optional(v.array(Coding)), text: v.optional(v.string()) });
const Quantity = v.looseObject({ value: v.optional(v.number()), unit: v.optional(v.string()), code: v.optional(v.string()) });
// Whose a resource is: "Patient/p1" or a Bundle entry's fullUrl (see fhir-subject.ts).
const Reference = v.looseObject({ reference: v.optional(v.string()) });
const Period = v.looseObject({ start: v.optional(v.string()), end: v.optional(v.string()) });
const Valued = {
  valueQuantity: v.optional(Quantity),
  valueInteger: v.optional(v.number()),
  valueString: v.optional(v.string()),
  valueCodeableConcept: v.optional(CodeableConcept),
};

const ConditionResource = v.looseObject({
  resourceType: v.literal('Condition'),
  subject: v.optional(Reference),
  code: v.optional(CodeableConcept),
  clinicalStatus: v.optional(CodeableConcept),
  verificationStatus: v.optional(CodeableConcept),
  abatementDateTime: v.optional(v.string()),
  abatementPeriod: v.optional(Period),
  abatementString: v.optional(v.string()),
});
const ObservationResource = v.looseObject({
  resourceType: v.literal('Observation'),
  subject: v.optional(Reference),
  status: v.optional(v.string()),
  code: CodeableConcept,
  ...Valued,
  effectiveDateTime: v.optional(v.string()),
  effectiveInstant: v.optional(v.string()),
  effectivePeriod: v.optional(Period),
  issued: v.optional(v.string()),
  component: v.optional(v.array(v.looseObject({ code: CodeableConcept, ...Valued }))),
});
const PatientResource = v.looseObject({
  resourceType: v.literal('Patient'),
  id: v.optional(v.string()),
  // The message of a check is what it expects; see expectationOf.
  birthDate: v.optional(v.pipe(v.string(), v.regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'a FHIR date such as 1972-03-14'))),
  address: v.optional(v.array(v.looseObject({ use: v.optional(v.string()), type: v.optional(v.string()), postalCode: v.optional(v.string()), period: v.optional(Period) }))),
});
const MedicationUseResource = v.looseObject({
  resourceType: v.picklist(['MedicationStatement', 'MedicationRequest']),
  subject: v.optional(Reference),
  status: v.optional(v.string()),
  medicationCodeableConcept: v.optional(CodeableConcept),
  medicationReference: v.optional(v.looseObject({ reference: v.optional(v.string()), display: v.optional(v.string()) })),
});
const MedicationResource = v.looseObject({ resourceType: v.literal('Medication'), id: v.optional(v.string()), code: v.optional(CodeableConcept) });
const FamilyMemberHistoryResource = v.looseObject({
  resourceType: v.literal('FamilyMemberHistory'),
  patient: v.optional(Reference),
  status: v.optional(v.string()),
  condition: v.optional(v.array(v.looseObject({ code: CodeableConcept }))),
});
const BundleResource = v.looseObject({
  resourceType: v.literal('Bundle'),
  entry: v.optional(v.array(v.looseObject({ fullUrl: v.optional(v.string()), resource: v.optional(v.unknown()) }))),
});

const SCHEMAS = {
  Condition: ConditionResource,
  Observation: ObservationResource,
  Patient: PatientResource,
  MedicationStatement: MedicationUseResource,
  MedicationRequest: MedicationUseResource,
  Medication: MedicationResource,
  FamilyMemberHistory: FamilyMemberHistoryResource,
} as const;

type CodeableConceptT = v.InferOutput<typeof CodeableConcept>;
const BMI_LOINC = '39156-5';
const SNOMED = 'http://snomed.info/sct';

// Free text is read and quoted only this far. A code.text names one concept; reading or carrying
// more (a 1 MB field) would cost the reader's budget and the sidebar's room for nothing.
const MAX_READ = 1000;
// As the page reader caps a mention (build-context.ts).
const MAX_MENTION = 200;
// A concept names itself a few times (its text, a display per code system); more is not a label.
const MAX_NAMES = 10;
// The shape of a value in an error is cut to this many characters.
const MAX_QUOTE = 30;

// What a value is, for "found ...". The message reaches the panel, the host page's error event and
// whatever the host does with it (its own logs), so text from the record is never quoted: only its
// shape, letters as "a" and digits as "9" ("14/03/1972" is "99/99/9999"), cut short.
function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') {
    const shape = value.slice(0, MAX_QUOTE).replace(/\p{L}/gu, 'a').replace(/\p{N}/gu, '9');
    return value.length === 0 ? 'empty text' : `text shaped ${JSON.stringify(value.length > MAX_QUOTE ? `${shape}…` : shape)}`;
  }
  return typeof value === 'object' ? 'an object' : String(value);
}

// "entry[3].resource" + [valueQuantity, value] → "entry[3].resource.valueQuantity.value".
function pathText(where: string, path: readonly { type: string; key: unknown }[] = []): string {
  return path.reduce<string>((text, item) => (item.type === 'array' ? `${text}[${String(item.key)}]` : text ? `${text}.${String(item.key)}` : String(item.key)), where);
}

function problem(path: string, expected: string, found: string): Error {
  return new Error(`${path ? `${path}: ` : ''}expected ${expected}, found ${found}`);
}

// The parts of a valibot schema walked to name what a field should hold. Valibot's own issue
// names the parent object when a required field is missing, so the field's schema is looked up.
type SchemaNode = { type: string; entries?: Record<string, SchemaNode>; item?: SchemaNode; wrapped?: SchemaNode; literal?: unknown; options?: readonly unknown[] };

function schemaAt(root: SchemaNode, path: readonly { key: unknown }[]): SchemaNode | undefined {
  let node: SchemaNode | undefined = root;
  for (const { key } of path) {
    while (node?.wrapped) node = node.wrapped;
    node = node?.item ?? node?.entries?.[String(key)];
  }
  while (node?.wrapped) node = node.wrapped;
  return node;
}

function nounOf(node: SchemaNode | undefined): string {
  switch (node?.type) {
    case 'number':
      return 'a number';
    case 'string':
      return 'a string';
    case 'array':
      return 'an array';
    case 'object':
    case 'loose_object':
      return 'an object';
    case 'literal':
      return JSON.stringify(node.literal);
    case 'picklist':
      return `one of ${(node.options ?? []).map((o) => JSON.stringify(o)).join(', ')}`;
    default:
      return 'a value';
  }
}

// A check (regex) carries what it expects as its message; a type is named from the schema.
function expectationOf(issue: v.BaseIssue<unknown>, root: SchemaNode): string {
  return issue.kind === 'validation' ? issue.message : nounOf(schemaAt(root, issue.path ?? []));
}

function issueError(where: string, issue: v.BaseIssue<unknown>, schema: v.GenericSchema): Error {
  // Valibot schemas are plain objects; SchemaNode reads the few fields that name a type.
  const root = schema as unknown as SchemaNode;
  return problem(pathText(where, issue.path), expectationOf(issue, root), describe(issue.input));
}

// A resourceType is a name of the standard's, not record text, so a slip in it is quoted ("Bundel").
const RESOURCE_NAME = /^[A-Za-z]{1,40}$/;

// A resource and where it sits in the input: "entry[3].resource", "[3]", or "" for the input itself.
type Located = { where: string; raw: unknown; fullUrl?: string };

function resourcesOf(input: unknown): Located[] {
  if (Array.isArray(input)) return input.map((raw, i) => ({ where: `[${i}]`, raw }));
  if (typeof input === 'object' && input !== null && typeof (input as { resourceType?: unknown }).resourceType === 'string') {
    const type = (input as { resourceType: string }).resourceType;
    // A lone resource the reader has no use for is most often a slip ("Bundel"): say so, not nothing.
    if (type !== 'Bundle' && !Object.hasOwn(SCHEMAS, type)) throw new Error(`resourceType: expected "Bundle" or one of ${Object.keys(SCHEMAS).map((k) => JSON.stringify(k)).join(', ')}, found ${RESOURCE_NAME.test(type) ? JSON.stringify(type) : describe(type)}`);
    if (type !== 'Bundle') return [{ where: '', raw: input }];
    const bundle = v.safeParse(BundleResource, input);
    if (!bundle.success) throw issueError('', bundle.issues[0], BundleResource);
    // Entries without a resource (a bare fullUrl) are passed over; the index stays the bundle's own.
    return (bundle.output.entry ?? []).flatMap((e, i) => (e.resource === undefined ? [] : [{ where: `entry[${i}].resource`, raw: e.resource, ...(e.fullUrl ? { fullUrl: e.fullUrl } : {}) }]));
  }
  const what = typeof input === 'object' && input !== null && !Array.isArray(input) ? 'an object with no resourceType' : describe(input);
  throw new Error(`expected a FHIR R4 Bundle, an array of resources or a resource, found ${what}`);
}

function codesOf(concept: CodeableConceptT | undefined): { system: string; code: string }[] {
  return (concept?.coding ?? []).filter((c) => c.system && c.code).map((c) => ({ system: c.system!, code: c.code!.trim() }));
}

function icdLookup(code: string): readonly ConditionId[] | undefined {
  let c = code.toUpperCase();
  if (/^[A-Z]\d\d[0-9A-Z]+$/.test(c)) c = `${c.slice(0, 3)}.${c.slice(3)}`;
  for (let len = c.length; len >= 3; len--) {
    const ids = ICD10_CODES[c.slice(0, len)];
    if (ids) return ids;
  }
  return undefined;
}

function codedIds(concept: CodeableConceptT | undefined): readonly ConditionId[] {
  for (const { system, code } of codesOf(concept)) {
    if (system === SNOMED && SNOMED_CODES[code]) return SNOMED_CODES[code]!;
    if (/icd-?10/i.test(system)) {
      const ids = icdLookup(code);
      if (ids) return ids;
    }
  }
  return [];
}

// A concept's names: its text first (the words the clinician chose), then each coding's display.
function namesOf(concept: CodeableConceptT | undefined): string[] {
  const names = [concept?.text, ...(concept?.coding ?? []).map((c) => c.display)];
  return names.filter((t): t is string => typeof t === 'string' && t.trim() !== '').slice(0, MAX_NAMES);
}

type Reading = { conditions: ConditionMention[]; flags: SafetyFlag[] };

// The first name that says anything, read as the page reader reads a note: "no asthma" is negated,
// "?COPD" possible, "mother had a stroke" family, "History of falls" raises its flag.
function readNames(concept: CodeableConceptT | undefined, now: Date): Reading {
  for (const name of namesOf(concept)) {
    const { conditions, flags } = readText(name.slice(0, MAX_READ), { now });
    if (conditions.length > 0 || flags.length > 0) return { conditions, flags };
  }
  return { conditions: [], flags: [] };
}

// Mention text as the page reader gives it: short, and with only the district of any postcode.
// Runs of whitespace (a tab, a newline, a double or non-breaking space) become one space first,
// so a postcode split by them is still recognised and scrubbed.
function mentionText(text: string): string {
  return scrubPostcodes(text.slice(0, MAX_READ).replace(/[\s\p{Cf}]+/gu, ' ').trim()).slice(0, MAX_MENTION).trim();
}

function nameOf(concept: CodeableConceptT | undefined): string | undefined {
  return concept?.text ?? concept?.coding?.find((c) => c.display)?.display;
}

// A Condition with no name is shown by its code, so the therapist can see what was matched.
function labelOf(concept: CodeableConceptT | undefined): string {
  return mentionText(nameOf(concept) ?? concept?.coding?.[0]?.code ?? '');
}

function statusCodes(concept: CodeableConceptT | undefined): string[] {
  return (concept?.coding ?? []).map((c) => (c.code ?? '').toLowerCase());
}

type RecordStatus = { status: 'present' | 'negated' | 'possible'; historical: boolean };

function recordStatus(resource: v.InferOutput<typeof ConditionResource>): RecordStatus | undefined {
  const verification = statusCodes(resource.verificationStatus);
  const clinical = statusCodes(resource.clinicalStatus);
  if (verification.includes('entered-in-error')) return undefined;
  if (verification.includes('refuted')) return { status: 'negated', historical: false };
  const historical = clinical.some((c) => c === 'inactive' || c === 'remission' || c === 'resolved');
  if (verification.some((c) => c === 'provisional' || c === 'differential' || c === 'unconfirmed')) return { status: 'possible', historical };
  return { status: 'present', historical };
}

// The text's own status and the record's together: the more cautious wins. A relative's condition
// stays family whatever the record says of it, unless either calls it absent.
function combinedStatus(text: ConditionStatus, record: RecordStatus['status']): ConditionStatus {
  if (text === 'negated' || record === 'negated') return 'negated';
  if (text === 'family') return 'family';
  if (text === 'possible' || record === 'possible') return 'possible';
  return 'present';
}

function yearOf(value: string | undefined): number | undefined {
  const m = value ? /\b(19|20)\d\d\b/.exec(value) : null;
  return m ? Number(m[0]) : undefined;
}

function dateOf(value: string | undefined): string | undefined {
  const m = value ? /^(\d{4}-\d{2}-\d{2})/.exec(value) : null;
  return m ? m[1] : undefined;
}

type Valued = { valueQuantity?: { value?: number }; valueInteger?: number; valueString?: string; valueCodeableConcept?: CodeableConceptT };

// A total as a number, or as text that is only a number ("13"); anything else is no total.
function valueOf(item: Valued): number | undefined {
  const text = item.valueString?.trim();
  return item.valueQuantity?.value ?? item.valueInteger ?? (text && /^\d{1,3}$/.test(text) ? Number(text) : undefined);
}

// An item's answer as LOINC's PHQ answer list codes it ("LA6570-1", More than half the days), or in
// its words, on the item's 0-3 scale.
const ITEM_ANSWER_CODES: Readonly<Record<string, number>> = { 'LA6568-5': 0, 'LA6569-3': 1, 'LA6570-1': 2, 'LA6571-9': 3 };
const ITEM_ANSWER_WORDS: Readonly<Record<string, number>> = { 'not at all': 0, 'several days': 1, 'more than half the days': 2, 'nearly every day': 3 };
function answerOf(concept: CodeableConceptT | undefined): number | undefined {
  for (const { code } of codesOf(concept)) if (ITEM_ANSWER_CODES[code] !== undefined) return ITEM_ANSWER_CODES[code];
  for (const name of namesOf(concept)) {
    const value = ITEM_ANSWER_WORDS[name.trim().toLowerCase()];
    if (value !== undefined) return value;
  }
  return undefined;
}

// Pregnancy status (LOINC 82810-3, and 11449-6 before it), answered by a SNOMED CT or LOINC answer
// code or in words. Only a current answer says anything: one older than a pregnancy lasts tells of
// the past.
const PREGNANCY_STATUS = new Set(['82810-3', '11449-6']);
const PREGNANT = new Set(['77386006', 'LA15173-0']);
const NOT_PREGNANT = new Set(['60001007', 'LA26683-5']);
const PREGNANCY_DAYS = 300;
function pregnancyAnswer(concept: CodeableConceptT | undefined, text: string | undefined): 'present' | 'negated' | undefined {
  for (const { code } of codesOf(concept)) {
    if (PREGNANT.has(code)) return 'present';
    if (NOT_PREGNANT.has(code)) return 'negated';
  }
  const words = [text, ...namesOf(concept)].find((t) => t && t.trim() !== '')?.trim().toLowerCase();
  if (!words) return undefined;
  if (/^(?:not|no|negative|never)\b/.test(words)) return 'negated';
  return /^(?:pregnant|yes|positive)\b/.test(words) ? 'present' : undefined;
}

function daysBetween(from: string, to: Date): number {
  return (to.getTime() - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;
}

function measureOf(concept: CodeableConceptT): (typeof MEASURE_CODES)[string] | 'bmi' | undefined {
  for (const { code } of codesOf(concept)) {
    if (code === BMI_LOINC) return 'bmi';
    const m = MEASURE_CODES[code];
    if (m) return m;
  }
  return undefined;
}

// The latest date a partial birth date allows, so a year alone never overstates the age.
function birthDate(value: string): DateParts {
  const [y, m, d] = value.split('-').map(Number) as [number, number | undefined, number | undefined];
  const month = m ?? 12;
  const day = d ?? new Date(Date.UTC(y, month, 0)).getUTCDate();
  return { year: y, month, day };
}

function medicationsIn(names: (string | undefined)[]): MedicationInfo[] {
  for (const name of names) {
    if (!name) continue;
    const found = scan(name.slice(0, MAX_READ)).hits.flatMap((h) => rolesOf(h, 'medication').map((r) => r.med));
    if (found.length > 0) return found;
  }
  return [];
}

const CURRENT_ONLY: ReadonlySet<ConditionId> = new Set(['pregnancy', 'postnatal']);
const CURRENT_ONLY_FLAGS: ReadonlySet<SafetyFlag> = new Set(['pregnancy', 'postnatal']);
// Cautions an end date does not lift: a past eating disorder or ME/CFS still calls for its card, as
// "Anorexia nervosa 2015 - resolved" on a page does.
const LASTING: ReadonlySet<SafetyFlag> = new Set(['eating-disorder', 'me-cfs']);

// A coded Condition's status is its record's; a text-only one's is also what its words say.
function conditionMentions(r: v.InferOutput<typeof ConditionResource>, record: RecordStatus, reading: Reading): ConditionMention[] {
  const coded = codedIds(r.code);
  if (coded.length > 0) return coded.map((id) => ({ id, status: record.status, text: labelOf(r.code) }));
  return reading.conditions.map((c) => ({ id: c.id, status: combinedStatus(c.status, record.status), text: mentionText(c.text) }));
}

function addCondition(evidence: Evidence, r: v.InferOutput<typeof ConditionResource>, order: number, now: Date): void {
  const record = recordStatus(r);
  if (!record) return;
  const reading = readNames(r.code, now);
  // A resolved record says when it ended: a fall or symptom over years ago raises no flag, as
  // "Chest pain 2019 - resolved" on a page does not (build-context).
  const ended = record.historical ? yearOf(r.abatementDateTime ?? r.abatementPeriod?.end ?? r.abatementString) : undefined;
  const dated = ended === undefined ? {} : { year: ended };
  for (const mention of conditionMentions(r, record, reading)) {
    if (record.historical && CURRENT_ONLY.has(mention.id)) continue;
    const signal = signalOf(mention.id);
    evidence.mentions.push({ ...mention, order, ...(signal ? { signal } : {}), ...(signal && LASTING.has(signal) ? {} : dated) });
  }
  // "History of falls", "Recurrent hypoglycaemia": the words carry a safety flag of their own, as
  // read (so "no history of falls" raises none), and only for a record that stands.
  if (record.status !== 'present') return;
  for (const flag of reading.flags) {
    if (!(record.historical && CURRENT_ONLY_FLAGS.has(flag))) evidence.signals.push({ flag, order, ...(LASTING.has(flag) ? {} : dated) });
  }
  if (codesOf(r.code).some((c) => /icd-?10/i.test(c.system) && /^R29\.?6/i.test(c.code))) evidence.signals.push({ flag: 'falls', order, ...dated });
}

// A relative's condition; one the text says they did not have tells nothing about the person.
function addFamilyHistory(evidence: Evidence, r: v.InferOutput<typeof FamilyMemberHistoryResource>, order: number, now: Date): void {
  if (r.status === 'entered-in-error') return;
  for (const c of r.condition ?? []) {
    const coded = codedIds(c.code);
    if (coded.length > 0) {
      for (const id of coded) evidence.mentions.push({ id, status: 'family', text: mentionText(nameOf(c.code) ?? ''), order });
      continue;
    }
    for (const m of readNames(c.code, now).conditions) {
      if (m.status !== 'negated') evidence.mentions.push({ id: m.id, status: 'family', text: mentionText(m.text), order });
    }
  }
}

// Only an object with a resourceType is a resource; the message says which of the two is missing.
function resourceTypeOf({ where, raw }: Located): string {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw problem(where, 'a FHIR resource (an object with a resourceType)', describe(raw));
  const type = (raw as { resourceType?: unknown }).resourceType;
  if (typeof type !== 'string') throw problem(pathText(where, [{ type: 'object', key: 'resourceType' }]), 'a string such as "Condition"', describe(type));
  return type;
}

export function contextFromFhir(input: unknown, options: { now?: Date } = {}): ClinicalContext {
  const now = options.now ?? new Date();
  const resources = resourcesOf(input);
  const evidence: Evidence = emptyEvidence();
  const medications = new Map<string, v.InferOutput<typeof MedicationResource>>();
  const parsed: { index: number; resource: { resourceType: string }; entry: Entry }[] = [];

  resources.forEach((located, index) => {
    const type = resourceTypeOf(located);
    // Resource types the reader has no use for are passed over unchecked.
    if (!Object.hasOwn(SCHEMAS, type)) return;
    const schema: v.GenericSchema<unknown, { resourceType: string }> = SCHEMAS[type as keyof typeof SCHEMAS];
    const result = v.safeParse(schema, located.raw);
    if (!result.success) throw issueError(located.where, result.issues[0], schema);
    const out = result.output as { resourceType: string; id?: string; subject?: SubjectRef; patient?: SubjectRef; birthDate?: string };
    const subject = out.subject ?? out.patient;
    parsed.push({ index, resource: result.output, entry: { type, ...(located.fullUrl ? { fullUrl: located.fullUrl } : {}), ...(type === 'Patient' && out.id ? { id: out.id } : {}), ...(type === 'Patient' && out.birthDate ? { birthDate: out.birthDate } : {}), ...(subject ? { subject } : {}) } });
    if (type === 'Medication') {
      const med = result.output as v.InferOutput<typeof MedicationResource>;
      if (med.id) medications.set(`Medication/${med.id}`, med);
    }
  });

  const ofSubject = subjectEntries(parsed.map((p) => p.entry), now);
  const sizes: BodySize[] = [];
  for (const [k, { index, resource }] of parsed.entries()) {
    if (!ofSubject(k)) continue;
    const order = (index + 1) * BLOCK_ORDER;
    switch (resource.resourceType) {
      case 'Condition':
        addCondition(evidence, resource as v.InferOutput<typeof ConditionResource>, order, now);
        break;
      case 'FamilyMemberHistory':
        addFamilyHistory(evidence, resource as v.InferOutput<typeof FamilyMemberHistoryResource>, order, now);
        break;
      case 'Observation': {
        const r = resource as v.InferOutput<typeof ObservationResource>;
        if (r.status === 'entered-in-error' || r.status === 'cancelled') break;
        const date = dateOf(r.effectiveDateTime ?? r.effectiveInstant ?? r.effectivePeriod?.start ?? r.issued);
        // A questionnaire dated after today was not answered yet: a slip in the record, not the latest score.
        if (date !== undefined && date > now.toISOString().slice(0, 10)) break;
        if (codesOf(r.code).some((c) => PREGNANCY_STATUS.has(c.code))) {
          const status = date !== undefined && daysBetween(date, now) > PREGNANCY_DAYS ? undefined : pregnancyAnswer(r.valueCodeableConcept, r.valueString);
          if (status) evidence.mentions.push({ id: 'pregnancy', status, text: status === 'present' ? 'Pregnant' : 'Not pregnant', order, ...(status === 'present' ? { signal: 'pregnancy' as const } : {}) });
          break;
        }
        const items = [{ code: r.code, valueQuantity: r.valueQuantity, valueInteger: r.valueInteger, valueString: r.valueString, valueCodeableConcept: r.valueCodeableConcept }, ...(r.component ?? [])];
        for (const item of items) {
          const size = bodySizeOf(codesOf(item.code).map((c) => c.code), item.valueQuantity);
          if (size) sizes.push({ ...size, ...(date ? { date } : {}), order });
          const kind = measureOf(item.code);
          const value = valueOf(item) ?? (kind === 'item9' ? answerOf(item.valueCodeableConcept) : undefined);
          if (kind === undefined || kind === 'panel' || value === undefined) continue;
          if (kind === 'bmi') {
            evidence.bmis.push({ value, text: `BMI ${value}`, order });
            continue;
          }
          if (!Number.isInteger(value) || value < 0 || value > (kind === 'item9' ? 3 : MAX_SCORE[kind])) continue;
          evidence.measures.push({ measure: kind, value, ...(date ? { date } : {}), offset: 0, order });
        }
        break;
      }
      case 'Patient': {
        const r = resource as v.InferOutput<typeof PatientResource>;
        if (r.birthDate) evidence.ages.push({ kind: 'dob', dob: birthDate(r.birthDate), order });
        const today = now.toISOString().slice(0, 10);
        const current = (r.address ?? []).filter((a) => !(a.period?.end && a.period.end.slice(0, 10) < today));
        const home = current.find((a) => a.use === 'home') ?? (current.length === 1 && current[0]!.use === undefined ? current[0] : undefined);
        const outcode = home?.postalCode ? outwardCode(home.postalCode) : undefined;
        if (outcode) evidence.postcodes.push({ outcode, strength: 3, order });
        break;
      }
      case 'MedicationStatement':
      case 'MedicationRequest': {
        const r = resource as v.InferOutput<typeof MedicationUseResource>;
        if (r.status !== undefined && !['active', 'intended', 'on-hold'].includes(r.status)) break;
        const referenced = r.medicationReference?.reference ? medications.get(r.medicationReference.reference) : undefined;
        const concept = r.medicationCodeableConcept ?? referenced?.code;
        const names = [concept?.text, ...(concept?.coding ?? []).map((c) => c.display), r.medicationReference?.display];
        for (const med of medicationsIn(names)) evidence.medications.push({ med, text: med.name, order });
        break;
      }
      default:
        break;
    }
  }
  // A BMI the Bundle records itself is the clinician's own figure: one worked out is only for
  // where there is none.
  const sized = evidence.bmis.length === 0 ? bmiFromSizes(sizes) : undefined;
  if (sized) evidence.bmis.push(sized);
  return buildContext(evidence, now);
}

function signalOf(id: ConditionId) {
  return FLAG_OF_CONDITION[id];
}
