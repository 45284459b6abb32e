import type { ConditionId } from './condition-ids.ts';
import type { Dims } from './findings.ts';
import { ROLE_BIT, type RoleOf } from './roles.ts';
import type { Hit } from './scan.ts';

// A number or a letter code the lexicon knows as a condition's code is read as one only where the
// page shows it as a code. Hospital numbers, referral references and telephone numbers run to the
// same eight or nine digits as SNOMED CT codes ("Hospital number: 44054006" is no diabetes), and a
// practice's code may read as an ICD-10 one ("Practice code J45").
const IDENTIFIER_BEFORE = /\b(?:(?:practice|ods|org\w*|site|gp|ccg|icb|sort|post|area|dialling|booking)\s+code|number|no|num|(?<!(?:concept|snomed|sct)\s?)id|ref|reference|mrn|nhs|hospital|practice|ods|tel|telephone|phone|mobile|contact|fax|account|case|episode|ward|bed|room|order|batch|lot|invoice|org|organisation|organization|extension|ext|pin|code for)\s?[:#.=-]?\s?$/i;
// Words that say a code is a diagnosis's: "Diagnosis: F41", "Problem: 195967001", "coded as E11".
const DIAGNOSIS_BEFORE = /\b(?:diagnos[ie]s|dx|problems?|conditions?|coded(?: as)?|snomed(?: ct)?(?: id)?|sct|sctid|icd-?10|read code|concept(?: id)?|clinical code)\b[^.;\n]{0,12}$/i;

export function identifierBefore(text: string, hit: Hit): boolean {
  return IDENTIFIER_BEFORE.test(text.slice(Math.max(0, hit.start - 24), hit.start));
}

export function diagnosisBefore(text: string, hit: Hit): boolean {
  return DIAGNOSIS_BEFORE.test(text.slice(Math.max(0, hit.start - 40), hit.start));
}

// Only brackets, spaces or a dash between a code and its words: "Type 2 diabetes (E11)".
const GAP = /^[\s()[\]:,–—-]*$/;
// Words that name only the code's kind are its words with no comma between: "Strong family history
// of diabetes, E11 diagnosed 2020" is two statements.
const KIND_GAP = /^[\s()[\]:–—-]*$/;

// The index of a hit in the same clause, or right beside it, that names one of the code's
// conditions in words, or -1. Words that name only the kind the code is of count right beside it,
// or with only their answer between: "Diabetes (E11)", "Diabetes: No (E11)"; not "Mother has
// diabetes, patient has E11.9".
export function namedBeside(text: string, hits: readonly Hit[], clauseOf: readonly number[], k: number, code: RoleOf<'code'>): number {
  const hit = hits[k]!;
  const before = hits[k - 1];
  if (before && sharesCondition(before, code, KIND_GAP.test(text.slice(before.end, hit.start))) && GAP.test(text.slice(before.end, hit.start))) return k - 1;
  const after = hits[k + 1];
  if (after && sharesCondition(after, code, KIND_GAP.test(text.slice(hit.end, after.start))) && GAP.test(text.slice(hit.end, after.start))) return k + 1;
  const words = hits[k - 2];
  if (before && words && (before.mask & ROLE_BIT.form) !== 0 && sharesCondition(words, code, true) && KIND_GAP.test(text.slice(words.end, before.start)) && KIND_GAP.test(text.slice(before.end, hit.start))) return k - 2;
  const clause = clauseOf[k];
  for (let j = k - 1; j >= 0 && clauseOf[j] === clause; j--) if (sharesCondition(hits[j]!, code, false)) return j;
  for (let j = k + 1; j < hits.length && clauseOf[j] === clause; j++) if (sharesCondition(hits[j]!, code, false)) return j;
  return -1;
}

// The kind a coded condition is of, where words often name only that: "Diabetes" for E11, "Anxiety"
// for F41.0. Not a group's other members: pregnancy is no kind of postnatal, nor diabetes of prediabetes.
const KIND_OF: Partial<Record<ConditionId, ConditionId>> = {
  'type-1-diabetes': 'diabetes',
  'type-2-diabetes': 'diabetes',
  'panic-disorder': 'anxiety',
  'social-anxiety': 'anxiety',
  'health-anxiety': 'anxiety',
  phobia: 'anxiety',
};

function sharesCondition(hit: Hit, code: RoleOf<'code'>, orKind: boolean): boolean {
  if ((hit.mask & ROLE_BIT.condition) === 0) return false;
  for (const r of hit.roles) if (r.kind === 'condition' && r.ids.some((id) => code.ids.some((c) => c === id || (orKind && KIND_OF[c] === id)))) return true;
  return false;
}

// A code and the words it codes are one statement: "?Asthma (195967001)", "J45 Asthma - ruled
// out", "Type 2 diabetes (E11) - no". Whatever either is told, both are.
export function joinDims(a: Dims, b: Dims): void {
  const negated = a.negated || b.negated;
  const possible = a.possible || b.possible;
  const family = a.family || b.family;
  const hypothetical = a.hypothetical || b.hypothetical;
  const historical = a.historical || b.historical;
  const explicit = a.explicit || b.explicit;
  const form = a.form ?? b.form;
  const question = a.question ?? b.question;
  for (const d of [a, b]) {
    d.negated = negated;
    d.possible = possible;
    d.family = family;
    d.hypothetical = hypothetical;
    d.historical = historical;
    d.explicit = explicit;
    if (form !== undefined) d.form = form;
    if (question) d.question = question;
  }
}
