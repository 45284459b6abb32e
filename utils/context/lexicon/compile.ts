import { CONDITION_IDS, type ConditionId } from '../condition-ids.ts';
import type { Role, RoleOf } from '../roles.ts';
import type { Trie } from '../trie.ts';
import { AGE_TERMS } from './ages.ts';
import { ICD10_CODES, POSTCODE_LIKE_ICD_LETTERS, SNOMED_CODES } from './codes.ts';
import { CONDITION_TERMS } from './conditions.ts';
import { LABELS, ORG_ADDRESS_WORDS } from './labels.ts';
import { MEASURE_TERMS } from './measures.ts';
import { MEDICATIONS } from './medications.ts';
import { QUALIFIERS, SIGNAL_TERMS, SUBJECT_FELL } from './signals.ts';
import { CUES, FORM_VALUES, PSEUDO_TERMS, TERMINATORS, TRIGGERS, VERBS } from './triggers.ts';

// Every lexicon phrase into one trie, each with the roles it can play, as steps to run in order:
// compiling is done once per page, and a long first read spreads it over several short tasks.
export function lexiconSteps(trie: Trie<readonly Role[]>): (() => void)[] {
  const add = (phrase: string, role: Role) => trie.add(phrase, [role], (a, b) => [...a, ...b]);
  const conditions = CONDITION_IDS.map((id) => () => {
    for (const spec of CONDITION_TERMS[id]) {
      if (typeof spec === 'string') {
        add(spec, { kind: 'condition', ids: [id] });
        continue;
      }
      // Built field by field, not with spreads: this runs once per page, before any of it is optimised.
      const role: RoleOf<'condition'> = { kind: 'condition', ids: spec.also ? [id, ...spec.also] : [id] };
      if (spec.cs) role.cs = spec.t;
      if (spec.cue) role.cue = true;
      if (spec.drug) role.drug = true;
      if (spec.status) role.status = spec.status;
      if (spec.currentOnly) role.currentOnly = true;
      if (spec.babyAge) role.babyAge = spec.babyAge;
      if (spec.gravida) role.gravida = true;
      if (spec.endedByLoss) role.endedByLoss = true;
      if (spec.endsPhrase) role.endsPhrase = true;
      if (spec.moodWords) role.moodWords = true;
      if (spec.riskRated) role.riskRated = true;
      if (spec.bornRecently) role.bornRecently = spec.bornRecently;
      if (spec.signal) role.signal = spec.signal;
      if (spec.notNear) role.notNear = spec.notNear;
      if (spec.gestationNow) role.gestationNow = true;
      if (spec.diabetesType) role.diabetesType = true;
      if (spec.postnatalWording) role.postnatalWording = spec.postnatalWording;
      add(spec.t, role);
    }
  });
  return [...conditions, () => addCodes(add), () => addContext(add), () => addOthers(add)];
}

type Add = (phrase: string, role: Role) => void;

function addCodes(add: Add): void {
  for (const [code, ids] of Object.entries(SNOMED_CODES)) add(code, { kind: 'code', ids, system: 'snomed' });
  for (const [code, ids] of Object.entries(ICD10_CODES)) {
    const role: RoleOf<'code'> = { kind: 'code', ids, system: 'icd10', cs: code };
    if (POSTCODE_LIKE_ICD_LETTERS.has(code[0]!)) role.ambiguous = true;
    add(code, role);
  }
}

function addContext(add: Add): void {
  for (const phrase of PSEUDO_TERMS) add(phrase, { kind: 'pseudo' });
  for (const phrase of AGE_TERMS.past) add(phrase, { kind: 'pseudo' });
  for (const spec of TRIGGERS) {
    const role: RoleOf<'trigger'> = { kind: 'trigger', dim: spec.dim, dir: spec.dir };
    if (spec.gap !== undefined) role.gap = spec.gap;
    if (spec.targets !== undefined) role.targets = spec.targets;
    if (spec.only) role.only = spec.only;
    if (spec.capital) role.capital = true;
    if (spec.limited) role.limited = true;
    if (spec.untilComma) role.untilComma = true;
    if (spec.oneAcrossComma) role.oneAcrossComma = true;
    if (spec.afterAside) role.afterAside = true;
    if (spec.unlessAgain) role.unlessAgain = true;
    if (spec.endsBlock) role.endsBlock = true;
    add(spec.t, role);
  }
  for (const phrase of [...TERMINATORS, ...SUBJECT_FELL]) add(phrase, { kind: 'terminator' });
  for (const phrase of VERBS) add(phrase, { kind: 'verb' });
  for (const phrase of CUES) add(phrase, { kind: 'cue' });
  for (const [phrase, value] of Object.entries(FORM_VALUES)) add(phrase, { kind: 'form', value });
  for (const phrase of ['[x]', '[X]', '[✓]', '[✔]', '[y]', '☑', '☒', '✓', '✔']) add(phrase, { kind: 'form', value: 'yes' });
  for (const phrase of ['[ ]', '[]', '[n]', '☐', '✗', '✘']) add(phrase, { kind: 'form', value: 'no' });
}

function addOthers(add: Add): void {
  for (const [names, info] of MEDICATIONS) for (const name of names) add(name, { kind: 'medication', med: Object.assign({ name }, info) });
  for (const spec of SIGNAL_TERMS) {
    const role: RoleOf<'signal'> = { kind: 'signal', flag: spec.flag };
    if (spec.needsQualifier) role.needsQualifier = true;
    if (spec.pronoun) role.pronoun = spec.pronoun;
    if (spec.clauseStart) role.clauseStart = true;
    if (spec.nounFall) role.nounFall = true;
    if (spec.againFell) role.againFell = true;
    add(spec.t, role);
  }
  for (const phrase of QUALIFIERS) add(phrase, { kind: 'qualifier' });
  for (const [measure, phrases] of Object.entries(MEASURE_TERMS)) {
    for (const phrase of phrases) add(phrase, { kind: 'measure', measure: measure as keyof typeof MEASURE_TERMS });
  }
  for (const phrase of ['bmi', 'body mass index', 'b.m.i.']) add(phrase, { kind: 'bmi' });
  for (const phrase of AGE_TERMS.age) add(phrase, { kind: 'age', form: 'age' });
  for (const phrase of AGE_TERMS.old) add(phrase, { kind: 'age', form: 'old' });
  for (const phrase of AGE_TERMS.suffix) add(phrase, { kind: 'age', form: 'suffix', glued: true });
  for (const phrase of AGE_TERMS.dob) add(phrase, { kind: 'age', form: 'dob' });
  for (const [phrase, info] of LABELS) if (info.addr) add(phrase, { kind: 'address', who: info.addr });
  for (const phrase of ORG_ADDRESS_WORDS) add(phrase, { kind: 'address', who: 'org' });
  for (const [phrase, info] of LABELS) if (info.code) add(phrase, { kind: 'code-cue' });
  for (const phrase of LABELS.keys()) if (/^[a-z0-9 ./&?+-]+$/.test(phrase)) add(phrase, { kind: 'label' });
}
