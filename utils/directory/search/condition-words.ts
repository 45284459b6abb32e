import type { ConditionGroup, ConditionId } from '../../context/condition-ids.ts';

import { CONDITION_LABELS } from '../../context/condition-labels.ts';

// How a result's "why" names a condition: the words a therapist would say to the person
// ("designed for people with ..."). The shared names, except where everyday words read better.
export const CONDITION_WORDS: Record<ConditionId, string> = {
  ...CONDITION_LABELS,
  'panic-disorder': 'panic',
  phobia: 'phobias',
  insomnia: 'sleep problems',
  'eating-disorder': 'an eating disorder',
  'substance-misuse': 'alcohol or drug problems',
  'learning-disability': 'a learning disability',
  'coronary-heart-disease': 'heart disease',
  stroke: 'stroke',
  'chronic-pain': 'long-term pain',
  'multiple-sclerosis': 'MS',
  parkinsons: "Parkinson's",
  'chronic-kidney-disease': 'kidney disease',
  postnatal: 'new parents',
};

export const GROUP_WORDS: Record<ConditionGroup, string> = {
  depression: 'depression',
  anxiety: 'anxiety',
  insomnia: 'sleep problems',
  'eating-disorder': 'eating disorders',
  'severe-mental-illness': 'severe mental illness',
  'substance-misuse': 'alcohol or drug problems',
  dementia: 'dementia',
  neurodevelopmental: 'neurodivergent people',
  diabetes: 'diabetes',
  cardiovascular: 'heart and circulation conditions',
  respiratory: 'lung conditions',
  musculoskeletal: 'joint, bone and muscle conditions',
  pain: 'long-term pain',
  fatigue: 'fatigue conditions',
  gastrointestinal: 'gut conditions',
  weight: 'weight concerns',
  cancer: 'cancer',
  neurological: 'neurological conditions',
  renal: 'kidney disease',
  frailty: 'frailty or falls',
  pregnancy: 'pregnancy and new parents',
  sensory: 'sight or hearing loss',
  mobility: 'limited mobility',
};

// Groups that are mental health rather than a physical long-term condition.
export const MENTAL_HEALTH_GROUPS: ReadonlySet<ConditionGroup> = new Set<ConditionGroup>([
  'depression',
  'anxiety',
  'insomnia',
  'eating-disorder',
  'severe-mental-illness',
  'substance-misuse',
]);
