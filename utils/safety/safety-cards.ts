import type { ClinicalContext } from '../context/schema.ts';
import { activeRisks, possibleRisks, type RiskId } from './active-risks.ts';
import type { SafetyCard } from './safety-card.ts';
import { SAFETY_RULES } from './safety-rules.ts';

const RISK_LABELS: Record<RiskId, string> = {
  'phq9-item9': 'PHQ-9 item 9',
  'cardiac-symptoms': 'heart symptoms',
  'eating-disorder': 'an eating disorder',
  'me-cfs': 'ME/CFS',
  'long-covid': 'long COVID',
  'hypo-risk': 'type 1 diabetes',
  pregnancy: 'pregnancy',
  postnatal: 'a recent birth',
  falls: 'falls',
  frailty: 'frailty or falls',
  dementia: 'dementia',
};

// Cards for everything that applies, most important first; then a gentle "check" for any safety-relevant
// condition the record only calls possible. A possible mention never triggers the rule itself: it may be
// wrong, and acting on it would withhold ordinary advice. Asking the person costs seconds.
export function safetyCards(context: ClinicalContext): SafetyCard[] {
  const risks = activeRisks(context);
  const cards: SafetyCard[] = [];
  for (const rule of SAFETY_RULES) {
    if (!rule.risks.some((risk) => risks.has(risk))) continue;
    if (rule.unless?.some((risk) => risks.has(risk))) continue;
    cards.push(rule.card(context, risks));
  }
  for (const risk of possibleRisks(context)) {
    const rule = SAFETY_RULES.find((r) => r.risks.includes(risk));
    if (!rule) continue;
    const base = rule.card(context, new Set([risk]));
    cards.push({
      id: `check-${risk}`,
      severity: 'info',
      title: `Check first: possible ${RISK_LABELS[risk]}`,
      whatToDo: `The record mentions possible ${RISK_LABELS[risk]}. Check with the person before giving activity advice; if it applies, the advice is: ${base.whatToDo}`,
      why: base.why,
      sources: base.sources,
      confirm: base.confirm,
    });
  }
  return cards;
}
