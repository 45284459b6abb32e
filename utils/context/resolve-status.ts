import type { Dims } from './findings.ts';
import type { ConditionStatus } from './schema.ts';

// One status from a mention's dimensions and its section.
// - Hypothetical ("worried about cancer", "Islington Diabetes Service") says nothing about the person.
// - About a relative: "family", unless also negated ("no family history of diabetes"), which
//   says nothing about the person either.
// - A section default ("Family history:", "Differential diagnosis:") applies unless the block
//   states a certainty of its own.
// - A past episode of a current-only condition (pregnancy, postnatal) is not reported.
export function resolveStatus(
  dims: Dims,
  section: 'family' | 'possible' | 'negated' | 'present' | undefined,
  term: { termStatus?: 'possible' | 'negated'; currentOnly?: boolean } = {},
): ConditionStatus | undefined {
  if (dims.hypothetical) return undefined;
  if (dims.form === 'unknown') return undefined;
  let negated = dims.negated || dims.form === 'no';
  let possible = dims.possible || dims.form === 'possible';
  const family = dims.family || dims.form === 'family' || section === 'family';
  if (!dims.explicit) {
    if (section === 'possible') possible = true;
    if (section === 'negated') negated = true;
  }
  if (dims.form === 'yes') {
    negated = false;
    possible = false;
  }
  if (term.termStatus === 'possible') possible = true;
  if (term.termStatus === 'negated') negated = true;
  if (family) return negated ? undefined : 'family';
  if (negated) return 'negated';
  if (term.currentOnly && dims.historical) return undefined;
  if (possible) return 'possible';
  return 'present';
}

// Medications, signals and BMI count only when plainly about the person now.
export function isPresent(dims: Dims, section?: 'family' | 'possible' | 'negated' | 'present'): boolean {
  return resolveStatus(dims, section) === 'present';
}
