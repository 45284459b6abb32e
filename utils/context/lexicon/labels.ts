import type { AddressWho } from '../roles.ts';

// Section headings and field labels, matched whole (case, spacing and a trailing colon ignored).
// A heading sets the context of what follows it in its container; a label sets the context of the
// value beside it (same line, next cell, <dd> after <dt>) or, standing alone, of the lines after it.
export type LabelInfo = {
  status?: 'family' | 'possible' | 'negated' | 'present';
  meds?: true;
  // Medicines listed here are not being taken: allergies, past or stopped medication.
  notTaken?: true;
  // Someone's workplace: its postcode is not the person's, but what the line says of the person still counts.
  work?: true;
  addr?: AddressWho;
  age?: 'age' | 'dob';
  date?: true;
  score?: true;
  code?: true;
  statusColumn?: true;
  // What is listed here is over ("Past problems"): a condition of now only (pregnancy) is not reported.
  past?: true;
  // A list's heading that reaches only the short items under it ("No history of:", "Mother:"), not
  // a sentence or a labelled line after them (see listItem in contextualise.ts).
  itemsOnly?: true;
  // Opening a line, the label reaches only its own sentence: "Son: 6 weeks old. Low mood since the
  // birth."
  sentenceOnly?: true;
  // The heading names the person's children: "she" or "he" opening the line under it is the person
  // ("Children:" over "She has two children aged 4 and 7. She has been feeling low").
  group?: true;
  // The label is about the carer ("Impact on carer:"): what follows is a relative's in the record
  // of the one cared for, and the person's in a carer's own record.
  aboutCarer?: true;
  // The label is about a parent ("Parent's health:"): a relative's in a young person's record, the
  // person's in a parent's own (contextualise.ts).
  aboutParent?: true;
};

const each = (info: LabelInfo, names: string[]): [string, LabelInfo][] => names.map((n) => [n, info]);

// Words that say a drug under a notTaken label is taken after all: "Previous medication:
// sertraline, now on insulin", "Insulin glargine 20 units - current", "gliclazide continues".
// Not "now" that says what replaced it: "Insulin glargine (now tablet controlled)", "now off it".
export const TAKEN_NOW = /\b(?:now(?!\s+(?:(?:tablet|diet|oral|metformin)[\s-]?(?:controlled|managed|treated|only)|off|stopped|no longer|managed (?:with|by|on) (?:diet|tablets?|metformin))\b)|currently|current|started|commenced|restarted|switched|changed|converted|remains|continues|continuing|still)\b/i;

export const LABELS: ReadonlyMap<string, LabelInfo> = new Map([
  // A record system's lists of other patients beside the record: "Recently viewed", "Caseload".
  ...each({ status: 'family', addr: 'org' }, [
    'recently viewed', 'recently viewed patients', 'recent patients', 'recent records', 'patient list', 'patients list', 'search results',
    'other patients', 'other patients on the ward', 'other group members', 'group members', 'other members', 'other clients',
    'other service users', 'other residents', 'others in the group', 'caseload', 'my caseload', 'my caseload today', 'caseload today',
    'todays caseload', 'ward list', 'ward list / other clients', 'my patients', 'my clients', 'todays patients', 'todays list', 'worklist', 'my worklist', 'clinic list', 'todays clinic', 'waiting list patients',
  ]),
  ...each({ status: 'family' }, [
    'family history', 'fh', 'fhx', 'family hx', 'fam hx', 'family medical history', 'family health history', 'family background',
    'relevant family history', 'significant family history', 'history in the family',
    // The cared-for person's health, on a carer's form (the carer's own may be the person's: a
    // carer's assessment is of the carer).
    'cared for persons health', 'health of person cared for', 'cared for persons needs', 'cared for persons conditions',
    'cared for persons diagnoses', 'cared for persons diagnosis', 'cared for persons health conditions', 'cared for persons medical conditions',
    'cared for persons illness', 'cared for persons illnesses', 'cared for persons disability', 'cared for persons disabilities',
    'conditions of person cared for', 'conditions of the person cared for', 'health of the person cared for',
    'person cared for', 'the person cared for', 'cared for person', 'about the person you care for', 'the person you care for',
  ]),
  ...each({ status: 'family', aboutParent: true }, [
    'parents health', 'parent health', 'parent carers health', 'parents physical health', 'parents mental health', 'parental health',
    'parental mental health', 'mothers health', 'fathers health', 'mums health', 'dads health',
  ]),
  // A blood relative heading the items under it ("Mother:" over "Type 2 diabetes", "Daughter:" over
  // "anorexia nervosa"), as within a family history ("FH:" / "Mother:" / "Father:"). Not a partner
  // ("Partner: aware she is 20 weeks pregnant" is of the person).
  ...each({ status: 'family', itemsOnly: true }, ['mother', 'mum', 'father', 'dad', 'parents', 'sister', 'brother', 'siblings', 'grandmother', 'grandfather', 'grandparents', 'aunt', 'uncle', 'cousin']
    .flatMap((who) => [who, `maternal ${who}`, `paternal ${who}`])),
  ...each({ status: 'family', itemsOnly: true, sentenceOnly: true }, ['son', 'daughter', 'child']),
  ...each({ status: 'family', itemsOnly: true, sentenceOnly: true, group: true }, ['sons', 'daughters', 'children', 'kids']),
  ...each({ status: 'present', past: true }, [
    'past problems', 'inactive problems', 'resolved problems', 'previous problems', 'past and inactive problems', 'historical problems',
  ]),
  ...each({ status: 'present' }, [
    'pmh', 'pmhx', 'past medical history', 'medical history', 'previous medical history', 'problems', 'problem list',
    // The person's own history, which ends a family or carer's section above it.
    'past history', 'personal history', 'relevant history', 'relevant medical history', 'own history',
    // A carer's form asks of the carer in the second person, or of what caring costs them.
    'your health', 'your physical health', 'your mental health', 'your wellbeing', 'your own health', 'your health conditions',
    'impact on you', 'impact on school', 'impact on work', 'impact on education', 'impact on daily life', 'impact on your life',
    'impact on your health', 'impact on your wellbeing',
    'active problems', 'current problems', 'significant problems', 'minor problems',
    'significant past', 'diagnoses', 'diagnosis', 'current diagnoses', 'long term conditions', 'ltcs', 'ltc', 'comorbidities',
    'co morbidities', 'physical health', 'physical health conditions', 'physical health problems', 'conditions', 'problem',
    'presenting problem', 'presenting problems', 'health conditions', 'medical conditions', 'physical conditions',
    'current medical conditions', 'current health conditions', 'current conditions', 'current physical health conditions',
    'current physical health', 'current medical history', 'own health', 'own medical history', 'own health conditions',
    'mental health history', 'psychiatric history', 'past psychiatric history', 'disability', 'disabilities',
    // A form's field for births and pregnancies: what it holds may be "nil" or long past.
    'perinatal history', 'obstetric history', 'antenatal history', 'pregnancy history', 'maternity history',
    'obstetric and perinatal history', 'perinatal and obstetric history',
  ]),
  ...each({ status: 'possible' }, [
    'differential diagnosis', 'differential diagnoses', 'differential', 'differentials', 'ddx', 'provisional diagnosis', 'working diagnosis',
    'query', 'queries', 'suspected', 'possible diagnoses', 'to rule out', 'risk factors', 'at risk of',
  ]),
  ...each({ status: 'negated', itemsOnly: true }, [
    'negatives', 'pertinent negatives', 'excluded', 'ruled out', 'not present', 'denies',
    // A heading that denies the list under it: "No history of:" over "Diabetes", "Asthma".
    'no history of', 'no past history of', 'no previous history of', 'no past medical history of', 'no hx of', 'no h/o',
    'no pmh of', 'no significant history of', 'no personal history of', 'negative for', 'not known to have', 'no evidence of',
    'denies history of', 'denies any history of', 'never had', 'never diagnosed with', 'has never had',
  ]),
  ...each({ meds: true }, [
    'medication', 'medications', 'current medication', 'current medications', 'repeat medication', 'repeat medications',
    'repeats', 'acute medication', 'acute medications', 'repeat prescriptions', 'drugs', 'drug history', 'dhx', 'dh', 'meds',
    'prescribed medication', 'prescriptions', 'medicines', 'current medicines', 'rx', 'medication list',
  ]),
  ...each({ notTaken: true }, ['allergies', 'allergy', 'drug allergies', 'allergies and sensitivities', 'sensitivities', 'adverse reactions', 'intolerances']),
  ...each({ notTaken: true }, [
    'past medication', 'past medications', 'previous medication', 'previous medications', 'stopped medication', 'stopped medications',
    'discontinued medication', 'discontinued medications', 'past drugs', 'previous drugs', 'historical medication', 'historical medications',
    'past repeats', 'past repeat medication', 'discontinued repeats', 'inactive medication', 'inactive medications',
  ]),
  ...each({ addr: 'person' }, [
    'address', 'postcode', 'post code', 'current address', 'contact details', 'patient details', 'personal details',
    'demographics', 'client details', 'service user details', 'patient information', 'your details', 'lives at', 'lives alone at', 'lives with her partner at', 'lives with his partner at', 'lives with family at', 'lives with parents at', 'resides at',
    'resides at', 'living at', 'address line 1', 'lives in', 'living in', 'resides in',
    // "Lives with wife and son in Leyton, E10": where the household lives (analyse-span.ts).
    'lives with', 'living with', 'lives', 'living', 'residence', 'accommodation', 'housing',
  ]),
  ...each({ addr: 'person-explicit' }, [
    'home address', 'patient address', 'usual address', 'residential address', 'client address', 'service user address',
    'permanent address', 'patient postcode', 'home postcode', 'client postcode', 'patients address', 'address of patient',
    // A self-referral form asks the person: "Your address:".
    'your address', 'your home address', 'your postcode',
  ]),
  ...each({ addr: 'org' }, [
    'gp', 'gp details', 'registered gp', 'gp practice', 'practice', 'practice details', 'practice address', 'surgery',
    'gp surgery', 'gp address', 'usual gp', 'referrer', 'referrer details', 'referred by', 'referring gp', 'referring clinician',
    'referring service', 'referral source', 'referral from', 'referrer address', 'service', 'service details', 'service address',
    'provider', 'clinic', 'clinic address', 'hospital', 'trust', 'organisation', 'organization', 'next of kin', 'nok',
    'emergency contact', 'carer', 'carer details', 'pharmacy', 'nominated pharmacy', 'sender', 'from', 'return address',
    'previous address', 'old address', 'temporary address', 'correspondence address', 'school', 'team', 'care coordinator',
    'health visitor', 'social worker', 'key worker', 'keyworker', 'consultant', 'therapist', 'our address', 'head office',
    'registered office', 'site', 'venue', 'location', 'base', 'eating disorders team', 'community team', 'copy to', 'cc',
  ]),
  ...each({ addr: 'org', work: true }, [
    'employer', 'work address', 'work postcode', 'workplace', 'workplace address', 'place of work', 'employer address', 'employer details',
    'business address', 'office address', 'school address',
  ]),
  ...each({ age: 'dob' }, [
    'dob', 'd.o.b', 'd.o.b.', 'date of birth', 'birth date', 'birthdate', 'born', 'patient dob', 'client dob', 'patient date of birth',
    'client date of birth', 'patient d.o.b', 'your date of birth', 'your dob',
  ]),
  ...each({ age: 'age' }, ['age', 'age years', 'current age', 'age at referral', 'age (years)', 'age/sex', 'age / sex', 'age/gender', 'age and sex', 'age & sex']),
  ...each({ date: true }, [
    'date', 'dates', 'date completed', 'completed', 'assessment date', 'recorded', 'date recorded', 'session date', 'appointment date',
    'when', 'date of assessment', 'date taken', 'effective date', 'review date', 'entered', 'date entered',
    'date of contact', 'contact date', 'date of session', 'date of appointment', 'date seen', 'consultation date', 'entry date',
    // A clinic letter's or a form's own date: "Clinic date: 02/11/2026", "Submitted: 20/11/2026".
    'clinic date', 'date of clinic', 'date of visit', 'visit date', 'date of consultation', 'letter date', 'date of letter',
    'dictated', 'date dictated', 'date typed', 'date of review', 'submitted', 'date submitted', 'date of attendance', 'attendance date',
  ]),
  ...each({ score: true }, ['score', 'scores', 'total', 'total score', 'result', 'results', 'value', 'values', 'latest', 'latest score']),
  ...each({ code: true }, [
    'code', 'codes', 'icd 10', 'icd10', 'icd', 'icd 10 code', 'snomed', 'snomed ct', 'snomed code', 'snomed ct code', 'read code',
    'clinical code', 'concept id', 'ctv3', 'dx code', 'code snomed ct', 'code snomed', 'code icd 10', 'snomed id', 'snomed ct id', 'sctid', 'concept', 'term code',
    'read/snomed', 'read/snomed code',
  ]),
  ...each({ statusColumn: true }, ['status', 'present?', 'y/n', 'yes/no', 'active?', 'current?', 'answer', 'response']),
]);

// The last word of an unknown short label that marks it as someone else's details ("Eating disorders team").
export const ORG_LABEL_ENDINGS: ReadonlySet<string> = new Set([
  'team', 'service', 'services', 'practice', 'surgery', 'clinic', 'centre', 'center', 'trust', 'hospital', 'visitor', 'worker',
  'coordinator', 'nurse', 'gp', 'consultant', 'psychiatrist', 'pharmacy', 'pharmacist', 'therapist', 'provider', 'organisation',
  'referrer', 'school', 'employer', 'kin', 'contact', 'carer', 'solicitor', 'department', 'office', 'agency', 'charity', 'midwife',
  'psychologist', 'doctor', 'physio', 'physiotherapist', 'dietitian', 'dietician', 'college', 'university', 'council',
]);

// Words inside an address that show it belongs to an organisation, whatever its label says.
export const ORG_ADDRESS_WORDS: readonly string[] = [
  'surgery', 'practice', 'medical centre', 'medical center', 'health centre', 'health center', 'medical practice', 'nhs',
  'trust', 'hospital', 'clinic', 'service', 'services', 'talking therapies', 'iapt', 'ltd', 'limited', 'plc', 'po box',
  'unit', 'department', 'dept', 'partnership', 'foundation', 'council', 'hq', 'headquarters', 'university', 'college', 'school',
  // Not a care or nursing home: where the person may live ("Address: Hollybank Care Home, ..."), so
  // its label decides.
  'pharmacy', 'team', 'hub', 'centre', 'center', 'health visiting', 'mind', 'charity', 'office',
  // Mental health services, named whole so that "Her sister is with the community mental health
  // team for bipolar disorder" keeps the diagnosis with her.
  'community mental health team', 'mental health team', 'cmht', 'camhs', 'crisis team', 'crisis resolution team',
  'home treatment team', 'crisis resolution and home treatment team', 'early intervention team', 'community team',
];
