import { CONDITION_IDS, type ConditionId } from '../context/condition-ids.ts';
import { SUITABLE_FOR_TAGS, type SuitableForTag } from './schema.ts';
import { normaliseLabel } from './openactive/normalise-label.ts';

// Words directories use for who a session suits, mapped to our tags.
const TAG_WORDS: Record<string, SuitableForTag> = {
  ltc: 'long-term-conditions',
  'long term conditions': 'long-term-conditions',
  'long term health conditions': 'long-term-conditions',
  'health conditions': 'long-term-conditions',
  'people with health conditions': 'long-term-conditions',
  'mental health': 'mental-health',
  'mental wellbeing': 'mental-health',
  wellbeing: 'mental-health',
  beginner: 'beginners',
  'new to exercise': 'beginners',
  'all abilities': 'beginners',
  'older people': 'older-adults',
  'older adult': 'older-adults',
  seniors: 'older-adults',
  'over 50s': 'older-adults',
  'over 50': 'older-adults',
  'over 55s': 'older-adults',
  'over 60s': 'older-adults',
  'over 65s': 'older-adults',
  '50 plus': 'older-adults',
  women: 'women-only',
  'women only': 'women-only',
  ladies: 'women-only',
  'ladies only': 'women-only',
  'female only': 'women-only',
  men: 'men-only',
  'men only': 'men-only',
  'male only': 'men-only',
  wheelchair: 'wheelchair-accessible',
  'wheelchair users': 'wheelchair-accessible',
  'wheelchair user': 'wheelchair-accessible',
  accessible: 'wheelchair-accessible',
  'step free': 'wheelchair-accessible',
  'learning disabilities': 'learning-disability',
  'learning disabled': 'learning-disability',
  carer: 'carers',
  family: 'families',
  'young people': 'young-adults',
  'young adult': 'young-adults',
  lgbt: 'lgbtq',
  'lgbtq+': 'lgbtq',
  lgbtqia: 'lgbtq',
  'visually impaired': 'visual-impairment',
  blind: 'visual-impairment',
  'partially sighted': 'visual-impairment',
  deaf: 'hearing-impairment',
  'hard of hearing': 'hearing-impairment',
};
for (const tag of SUITABLE_FOR_TAGS) TAG_WORDS[normaliseLabel(tag)] = tag;

const CONDITION_WORDS: Record<string, ConditionId> = {
  'high blood pressure': 'hypertension',
  'heart disease': 'coronary-heart-disease',
  chd: 'coronary-heart-disease',
  'type 2 diabetes': 'type-2-diabetes',
  t2dm: 'type-2-diabetes',
  'type 1 diabetes': 'type-1-diabetes',
  t1dm: 'type-1-diabetes',
  'lung disease': 'copd',
  'chronic obstructive pulmonary disease': 'copd',
  arthritis: 'osteoarthritis',
  'rheumatoid arthritis': 'inflammatory-arthritis',
  ms: 'multiple-sclerosis',
  parkinson: 'parkinsons',
  'parkinsons disease': 'parkinsons',
  me: 'me-cfs',
  cfs: 'me-cfs',
  'chronic fatigue syndrome': 'me-cfs',
  ckd: 'chronic-kidney-disease',
  ibs: 'irritable-bowel-syndrome',
  falls: 'frailty',
  'weight management': 'obesity',
  'overweight': 'obesity',
  'post covid': 'long-covid',
  'cardiac': 'coronary-heart-disease',
  af: 'atrial-fibrillation',
  pain: 'chronic-pain',
  'persistent pain': 'chronic-pain',
};
for (const id of CONDITION_IDS) CONDITION_WORDS[normaliseLabel(id)] = id;

export interface ParsedList<T> {
  values: T[];
  unknown: string[];
}

function splitList(value: string): string[] {
  return value.split(/[;,|\n]/).map((p) => p.trim()).filter(Boolean);
}

function parseList<T extends string>(value: string, words: Record<string, T>): ParsedList<T> {
  const values = new Set<T>();
  const unknown: string[] = [];
  for (const part of splitList(value)) {
    const key = normaliseLabel(part);
    const hit = words[key] ?? words[key.replace(/s$/, '')] ?? words[part.toLowerCase().trim()];
    if (hit) values.add(hit);
    else unknown.push(part);
  }
  return { values: [...values], unknown };
}

export function parseSuitableFor(value: string): ParsedList<SuitableForTag> {
  return parseList(value, TAG_WORDS);
}

export function parseConditions(value: string): ParsedList<ConditionId> {
  return parseList(value, CONDITION_WORDS);
}

export function parseActivityNames(value: string): string[] {
  return splitList(value.replace(/,/g, ';'));
}
