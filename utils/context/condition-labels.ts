import type { ConditionId } from '../context/condition-ids.ts';

// How each condition is named, mid-sentence, in prompts, the note, the handout and the sidebar.
// conditionTitle() gives the same name as a heading or list item.
export const CONDITION_LABELS: Record<ConditionId, string> = {
  depression: 'depression',
  anxiety: 'anxiety',
  'panic-disorder': 'panic disorder',
  'social-anxiety': 'social anxiety',
  ptsd: 'PTSD',
  ocd: 'OCD',
  'health-anxiety': 'health anxiety',
  phobia: 'phobia',
  insomnia: 'insomnia',
  'eating-disorder': 'eating disorder',
  bipolar: 'bipolar disorder',
  psychosis: 'psychosis',
  'substance-misuse': 'alcohol or drug misuse',
  dementia: 'dementia',
  'learning-disability': 'learning disability',
  autism: 'autism',
  adhd: 'ADHD',
  'type-1-diabetes': 'type 1 diabetes',
  'type-2-diabetes': 'type 2 diabetes',
  diabetes: 'diabetes',
  prediabetes: 'prediabetes',
  hypertension: 'high blood pressure',
  'coronary-heart-disease': 'coronary heart disease',
  'heart-failure': 'heart failure',
  'atrial-fibrillation': 'atrial fibrillation',
  stroke: 'stroke or TIA',
  copd: 'COPD',
  asthma: 'asthma',
  osteoarthritis: 'osteoarthritis',
  'inflammatory-arthritis': 'inflammatory arthritis',
  'back-pain': 'back pain',
  'chronic-pain': 'chronic pain',
  fibromyalgia: 'fibromyalgia',
  'me-cfs': 'ME/CFS',
  'long-covid': 'long COVID',
  'irritable-bowel-syndrome': 'IBS',
  obesity: 'obesity',
  cancer: 'cancer',
  'multiple-sclerosis': 'multiple sclerosis',
  parkinsons: 'Parkinson’s disease',
  epilepsy: 'epilepsy',
  'chronic-kidney-disease': 'chronic kidney disease',
  osteoporosis: 'osteoporosis',
  frailty: 'frailty or falls',
  pregnancy: 'pregnancy',
  postnatal: 'postnatal',
  'visual-impairment': 'sight loss',
  'hearing-impairment': 'hearing loss',
  'mobility-impairment': 'limited mobility',
};

export function conditionLabel(id: ConditionId): string {
  return CONDITION_LABELS[id];
}

export function conditionTitle(id: ConditionId): string {
  const label = CONDITION_LABELS[id];
  return label.charAt(0).toUpperCase() + label.slice(1);
}
