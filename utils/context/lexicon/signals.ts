import type { SafetyFlag } from '../schema.ts';

// Phrases that raise a safety flag on their own (conditions that raise flags carry a `signal` in
// conditions.ts). A flag is raised only by a present mention: never negated, hedged or a relative's.
// needsQualifier: breathlessness alone is expected in COPD or asthma; it counts only when the page
// calls it new, unexplained, worsening or at rest (CONTENT-BRIEF "Risk and safety").
export type SignalSpec = { t: string; flag: SafetyFlag; needsQualifier?: true };

const flag = (f: SafetyFlag, terms: string[], extra: Partial<SignalSpec> = {}): SignalSpec[] => terms.map((t) => ({ t, flag: f, ...extra }));

export const SIGNAL_TERMS: readonly SignalSpec[] = [
  ...flag('cardiac-symptoms', [
    'chest pain', 'chest pains', 'chest tightness', 'tight chest', 'chest discomfort', 'exertional chest pain', 'angina on exertion',
    'palpitations', 'palpitation', 'heart racing', 'racing heart', 'irregular heartbeat', 'blackout', 'blackouts', 'blacking out',
    'blacked out', 'black outs', 'syncope', 'syncopal', 'syncopal episode', 'syncopal episodes', 'fainting', 'faints', 'fainted',
    'collapse on exertion', 'collapsed on exertion', 'collapsed while exercising', 'dizzy on exertion', 'dizziness on exertion',
    'loss of consciousness', 'breathless at rest', 'breathlessness at rest', 'short of breath at rest', 'unexplained breathlessness',
    'new breathlessness', 'worsening breathlessness',
  ]),
  ...flag('cardiac-symptoms', [
    'breathlessness', 'breathless', 'shortness of breath', 'short of breath', 'sob', 'soboe', 'dyspnoea', 'dyspnea',
  ], { needsQualifier: true }),
  ...flag('hypo-risk', [
    'hypo', 'hypos', 'hypoglycaemia', 'hypoglycemia', 'hypoglycaemic', 'hypoglycemic', 'hypoglycaemic episodes',
    'hypoglycaemic episode', 'hypoglycaemic attacks', 'recurrent hypos', 'frequent hypos', 'low blood sugar', 'low blood sugars',
    'low sugars', 'sugar drops', 'sugars dropping',
  ]),
  ...flag('eating-disorder', [
    'over exercising', 'overexercising', 'over exercises', 'over exercise', 'excessive exercise', 'excessive exercising',
    'exercising excessively', 'compulsive exercise', 'compulsive exercising', 'exercise compulsion', 'exercise addiction',
    'exercises compulsively', 'exercising compulsively', 'exercising to compensate', 'compensatory exercise', 'driven exercise',
    'very low bmi', 'severely underweight', 'dangerously underweight', 'low weight', 'extremely underweight',
  ]),
  ...flag('falls', ['falling over', 'fell over', 'fell down', 'tripped and fell', 'slipped and fell', 'falls clinic', 'had a fall']),
];

// Words that make breathlessness count ("new", "unexplained", "worsening", "at rest").
export const QUALIFIERS: readonly string[] = [
  'new', 'new onset', 'unexplained', 'worsening', 'increasing', 'sudden', 'sudden onset', 'at rest', 'on minimal exertion',
  'on mild exertion', 'recent onset', 'getting worse', 'deteriorating', 'progressive', 'unusual', 'severe',
];
