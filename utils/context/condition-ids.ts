// The condition vocabulary. Ids may be added, never renamed: packs, content and pilot counts store them.
export const CONDITION_GROUPS = {
  depression: 'depression',
  anxiety: 'anxiety',
  'panic-disorder': 'anxiety',
  'social-anxiety': 'anxiety',
  ptsd: 'anxiety',
  ocd: 'anxiety',
  'health-anxiety': 'anxiety',
  phobia: 'anxiety',
  insomnia: 'insomnia',
  'eating-disorder': 'eating-disorder',
  bipolar: 'severe-mental-illness',
  psychosis: 'severe-mental-illness',
  'substance-misuse': 'substance-misuse',
  dementia: 'dementia',
  'learning-disability': 'neurodevelopmental',
  autism: 'neurodevelopmental',
  adhd: 'neurodevelopmental',
  'type-1-diabetes': 'diabetes',
  'type-2-diabetes': 'diabetes',
  diabetes: 'diabetes',
  prediabetes: 'diabetes',
  hypertension: 'cardiovascular',
  'coronary-heart-disease': 'cardiovascular',
  'heart-failure': 'cardiovascular',
  'atrial-fibrillation': 'cardiovascular',
  stroke: 'cardiovascular',
  copd: 'respiratory',
  asthma: 'respiratory',
  osteoarthritis: 'musculoskeletal',
  'inflammatory-arthritis': 'musculoskeletal',
  'back-pain': 'musculoskeletal',
  'chronic-pain': 'pain',
  fibromyalgia: 'pain',
  'me-cfs': 'fatigue',
  'long-covid': 'fatigue',
  'irritable-bowel-syndrome': 'gastrointestinal',
  obesity: 'weight',
  cancer: 'cancer',
  'multiple-sclerosis': 'neurological',
  parkinsons: 'neurological',
  epilepsy: 'neurological',
  'chronic-kidney-disease': 'renal',
  osteoporosis: 'musculoskeletal',
  frailty: 'frailty',
  pregnancy: 'pregnancy',
  postnatal: 'pregnancy',
  'visual-impairment': 'sensory',
  'hearing-impairment': 'sensory',
  'mobility-impairment': 'mobility',
} as const;

export type ConditionId = keyof typeof CONDITION_GROUPS;
export type ConditionGroup = (typeof CONDITION_GROUPS)[ConditionId];

export const CONDITION_IDS = Object.keys(CONDITION_GROUPS) as [ConditionId, ...ConditionId[]];
export const CONDITION_GROUP_IDS = [...new Set(Object.values(CONDITION_GROUPS))] as [ConditionGroup, ...ConditionGroup[]];

export function groupOf(id: ConditionId): ConditionGroup {
  return CONDITION_GROUPS[id];
}

export function isConditionId(value: unknown): value is ConditionId {
  return typeof value === 'string' && Object.hasOwn(CONDITION_GROUPS, value);
}
