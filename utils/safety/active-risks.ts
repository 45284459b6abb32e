import type { ClinicalContext } from '../context/schema.ts';
import type { ConditionId } from '../context/condition-ids.ts';

// The safety situations the product reacts to. Both the advice panel (safety cards) and the directory
// search (activity verdicts) read this one list so they can never disagree about what applies.
export const RISK_IDS = [
  'phq9-item9',
  'cardiac-symptoms',
  'eating-disorder',
  'me-cfs',
  'long-covid',
  'hypo-risk',
  'pregnancy',
  'postnatal',
  'falls',
  'frailty',
  'dementia',
] as const;

export type RiskId = (typeof RISK_IDS)[number];

// Which present conditions raise which risk. Only `present` mentions count: negated, family and possible
// mentions never raise a rule (possible ones get a "check with the person" prompt in the advice instead).
// cardiac-symptoms and hypo-risk are symptom/medication flags; a diagnosis alone (stable angina,
// type 2 diabetes on diet) does not raise them, because stable conditions need no clearance (Reid 2022).
// Type 1 diabetes always means insulin, so it carries hypo risk.
const RISK_FROM_CONDITION: Partial<Record<ConditionId, RiskId>> = {
  'eating-disorder': 'eating-disorder',
  'me-cfs': 'me-cfs',
  'long-covid': 'long-covid',
  'type-1-diabetes': 'hypo-risk',
  pregnancy: 'pregnancy',
  postnatal: 'postnatal',
  frailty: 'frailty',
  dementia: 'dementia',
};

export function activeRisks(context: ClinicalContext): Set<RiskId> {
  const risks = new Set<RiskId>();
  for (const flag of context.flags) risks.add(flag);
  for (const mention of context.conditions) {
    if (mention.status !== 'present') continue;
    const risk = RISK_FROM_CONDITION[mention.id];
    if (risk) risks.add(risk);
  }
  const item9 = context.measures.phq9?.item9;
  if (item9 !== undefined && item9 >= 1) risks.add('phq9-item9');
  return risks;
}

// Conditions a "possible" mention should prompt a check for: the ones that would change the advice.
export function possibleRisks(context: ClinicalContext): Set<RiskId> {
  const present = activeRisks(context);
  const risks = new Set<RiskId>();
  for (const mention of context.conditions) {
    if (mention.status !== 'possible') continue;
    const risk = RISK_FROM_CONDITION[mention.id];
    if (risk && !present.has(risk)) risks.add(risk);
  }
  return risks;
}
