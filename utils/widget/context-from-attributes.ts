import { isConditionId } from '../context/condition-ids.ts';
import { emptyContext, type ClinicalContext } from '../context/schema.ts';
import { bandOf } from '../context/bands.ts';
import { MAX_SCORE } from '../context/lexicon/measures.ts';
import { outcodeOf } from '../geo/outcode-of.ts';

export const CONTEXT_ATTRIBUTES = ['conditions', 'phq9', 'phq9-date', 'gad7', 'gad7-date', 'age', 'district'] as const;
export type ContextAttributes = Partial<Record<(typeof CONTEXT_ATTRIBUTES)[number], string | null>>;

export interface AttributeProblem {
  attribute: string;
  message: string;
}

// The widget's attributes as a ClinicalContext. The host page is trusted to say what it knows,
// but not to say it well: each value is checked, and what is wrong is reported, not guessed.
export function contextFromAttributes(attributes: ContextAttributes): { context: ClinicalContext; problems: AttributeProblem[] } {
  const context = emptyContext();
  const problems: AttributeProblem[] = [];
  for (const raw of (attributes.conditions ?? '').split(/[,;\s]+/).filter(Boolean)) {
    const id = raw.trim().toLowerCase();
    if (isConditionId(id)) {
      if (!context.conditions.some((c) => c.id === id)) context.conditions.push({ id, status: 'present', text: id });
    } else problems.push({ attribute: 'conditions', message: `expected a condition id such as copd, found "${raw.slice(0, 40)}"` });
  }
  for (const measure of ['phq9', 'gad7'] as const) {
    const value = attributes[measure];
    if (value === undefined || value === null || value === '') continue;
    const score = Number(value);
    if (!Number.isInteger(score) || score < 0 || score > MAX_SCORE[measure]) {
      problems.push({ attribute: measure, message: `expected a whole number from 0 to ${measure === 'phq9' ? 27 : 21}, found "${value.slice(0, 20)}"` });
      continue;
    }
    const date = attributes[`${measure}-date`];
    context.measures[measure] = { value: score, band: bandOf(measure, score), ...(date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? { date } : {}) };
  }
  if (attributes.age) {
    const age = Number(attributes.age);
    if (Number.isInteger(age) && age >= 0 && age <= 125) context.ageYears = age;
    else problems.push({ attribute: 'age', message: `expected an age in years, found "${attributes.age.slice(0, 20)}"` });
  }
  if (attributes.district) {
    // A host may pass a full postcode; only its district is ever kept.
    const district = outcodeOf(attributes.district);
    if (district) context.postcodeDistrict = district;
    else problems.push({ attribute: 'district', message: `expected a postcode district such as N7, found "${attributes.district.slice(0, 12)}"` });
  }
  return { context, problems };
}
