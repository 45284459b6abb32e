import type { ConditionId } from './condition-ids.ts';
import type { SafetyFlag } from './schema.ts';
import type { PostnatalWording } from './postnatal-wording.ts';

// What a matched phrase can mean. One phrase may carry several roles ("known" is both a history
// trigger and a cue that makes an ambiguous abbreviation like "MS" count).

// ConText-style dimensions of a mention. Resolved into one status later (see resolve-status.ts).
export type Dimension = 'negated' | 'possible' | 'family' | 'hypothetical' | 'historical';

export type FormValue = 'yes' | 'no' | 'possible' | 'family' | 'unknown';

export type MeasureId = 'phq9' | 'gad7';

export type AddressWho = 'person' | 'person-explicit' | 'org';

export type MedicationInfo = {
  name: string;
  // Conditions this drug is used for; any mention of one of them means the drug adds nothing.
  supports: readonly ConditionId[];
  // The condition reported as "possible" when the page says nothing about what it treats.
  suggests?: ConditionId;
  hypoRisk?: boolean;
  // Withheld to lose weight, this drug is an eating disorder's behaviour (insulin-for-weight.ts).
  insulin?: true;
};

export type Role =
  | {
      kind: 'condition';
      ids: readonly ConditionId[];
      // Letters must match the lexicon's casing exactly ("MS" not "ms", "PsA" not "PSA").
      cs?: string;
      // Ambiguous abbreviation: counts only beside a clinical cue, a date, or alone in a list item/cell,
      // or with a drug for it in the block ("RA - on methotrexate").
      cue?: boolean;
      // More ambiguous still ("PD": Parkinson's or personality disorder): counts only with a drug for it
      // in the block ("Diagnosed with PD in 2020, on co-careldopa").
      drug?: boolean;
      // Hedged by the word itself ("borderline diabetes", "disordered eating").
      status?: 'possible' | 'negated';
      // A past episode is not current (pregnancy, postnatal).
      currentOnly?: boolean;
      // Counts only after a baby's age ("4 month old baby", "her 3-month-old"): see baby-age.ts.
      babyAge?: 'named' | 'alone';
      // Counts only with a gestation after it ("G2P1, 20 weeks"): see gestation-after.ts.
      gravida?: boolean;
      // Undone by a pregnancy loss in the same sentence, or by "was" before it: see pregnancy-loss.ts.
      endedByLoss?: boolean;
      // Counts only where the phrase ends, not before a verb: see ends-phrase.ts.
      endsPhrase?: boolean;
      // Counts only as low mood, not a low something: see low-mood.ts.
      moodWords?: boolean;
      // Counts only with a recent birth after it ("son born 6 weeks ago"): see born-recently.ts.
      bornRecently?: true | 'baby-named';
      // A risk that counts unless rated low after it ("Falls risk: low").
      riskRated?: boolean;
      // Words near it that make it another thing of the same letters: "PND" beside "orthopnoea" is
      // paroxysmal nocturnal dyspnoea, not postnatal depression. Checked with the casing (cs).
      notNear?: RegExp;
      // A gestation told alone, which counts only where nothing says it is another's or another count (gestation-now.ts).
      gestationNow?: boolean;
      // Counts only as a diabetes field's value ("Diabetes: Type 1"): see diabetes-type.ts.
      diabetesType?: boolean;
      // A short way of telling of the year after a birth, and what must be beside it (postnatal-wording.ts).
      postnatalWording?: PostnatalWording;
      signal?: SafetyFlag;
    }
  | { kind: 'code'; ids: readonly ConditionId[]; system: 'icd10' | 'snomed'; cs?: string; ambiguous?: boolean }
  | { kind: 'pseudo' }
  | {
      kind: 'trigger';
      dim: Dimension;
      dir: 'pre' | 'post';
      // Words allowed between the trigger and the first target it reaches.
      gap?: number;
      // Number of targets it may reach (a "?" reaches only the next one).
      targets?: number;
      only?: 'medication' | 'signal' | 'not-medication' | 'not-baby-age' | 'not-postnatal' | readonly ConditionId[];
      // Denies only for a while: undone by "before", "until", "since" or "but" right after the term.
      limited?: boolean;
      // Must be capitalised in the source (organisation names: "Islington Diabetes Service").
      capital?: boolean;
      // Reaches no further than the next comma or "and".
      untilComma?: boolean;
      oneAcrossComma?: boolean;
      // Reaches only through an age or "who" aside after it ("Grandson, aged 10, has asthma").
      afterAside?: boolean;
      // Says nothing where its sentence goes on to tell of the term again ("Chest pain settled but
      // returned this week").
      unlessAgain?: boolean;
      // Only where nothing follows it in its block: a heading ("Falls screen") over its questions.
      endsBlock?: boolean;
    }
  | { kind: 'terminator' }
  // After a comma these start a new statement, ending a relative's scope ("lives with mother, has asthma").
  | { kind: 'verb' }
  | { kind: 'form'; value: FormValue }
  | { kind: 'medication'; med: MedicationInfo }
  | { kind: 'signal'; flag: SafetyFlag; needsQualifier?: boolean; pronoun?: 'she' | 'he'; clauseStart?: boolean; nounFall?: boolean; againFell?: boolean }
  | { kind: 'qualifier' }
  | { kind: 'measure'; measure: MeasureId | 'item9' | 'other' | 'counter' }
  | { kind: 'bmi' }
  | { kind: 'age'; form: 'age' | 'old' | 'dob' | 'suffix'; glued?: boolean }
  | { kind: 'cue' }
  | { kind: 'code-cue' }
  | { kind: 'address'; who: AddressWho }
  // A heading or field label (lexicon/labels.ts); lets a block with no other phrase skip label lookup.
  | { kind: 'label' };

export type RoleKind = Role['kind'];
export type RoleOf<K extends RoleKind> = Extract<Role, { kind: K }>;

// One bit per role kind, so a hit's kinds can be tested without walking its roles.
export const ROLE_BIT: Readonly<Record<RoleKind, number>> = {
  condition: 1,
  code: 2,
  pseudo: 4,
  trigger: 8,
  terminator: 16,
  verb: 32,
  form: 64,
  medication: 128,
  signal: 256,
  qualifier: 512,
  measure: 1024,
  bmi: 2048,
  age: 4096,
  cue: 8192,
  'code-cue': 16384,
  address: 32768,
  label: 65536,
};

// A condition named by a term or a code.
export const CONDITION_BITS = ROLE_BIT.condition | ROLE_BIT.code;
// The targets a form value ("No", "[x]") can answer: conditions, symptoms and drugs.
export const ANSWERABLE_BITS = CONDITION_BITS | ROLE_BIT.signal | ROLE_BIT.medication;

export function maskOf(roles: readonly Role[]): number {
  let mask = 0;
  for (const role of roles) mask |= ROLE_BIT[role.kind];
  return mask;
}
