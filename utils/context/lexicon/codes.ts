import type { ConditionId } from '../condition-ids.ts';

// A modest table of the codes most often shown beside problem-list entries. Each was checked
// against the published code system; a code that could not be confirmed is left out rather than
// guessed. ICD-10 keys are categories ("E11") or subcategories ("F41.1"); the longest key that
// matches a code on the page wins, so "F41.1" is GAD while "F41.9" falls back to "F41".

export const SNOMED_CODES: Readonly<Record<string, readonly ConditionId[]>> = {
  '35489007': ['depression'], // Depressive disorder
  '370143000': ['depression'], // Major depressive disorder
  '36923009': ['depression'], // Major depression, single episode
  '78667006': ['depression'], // Dysthymia
  '58703003': ['depression', 'postnatal'], // Postpartum depression
  '197480006': ['anxiety'], // Anxiety disorder
  '21897009': ['anxiety'], // Generalized anxiety disorder
  '48694002': ['anxiety'], // Anxiety
  '371631005': ['panic-disorder'], // Panic disorder
  '25501002': ['social-anxiety'], // Social phobia
  '47505003': ['ptsd'], // Posttraumatic stress disorder
  '191736004': ['ocd'], // Obsessive-compulsive disorder
  '386810004': ['phobia'], // Phobic disorder
  '70691001': ['phobia'], // Agoraphobia
  '193462001': ['insomnia'], // Insomnia
  '72366004': ['eating-disorder'], // Eating disorder
  '56882008': ['eating-disorder'], // Anorexia nervosa
  '78004001': ['eating-disorder'], // Bulimia nervosa
  '439960005': ['eating-disorder'], // Binge eating disorder
  '13746004': ['bipolar'], // Bipolar disorder
  '69322001': ['psychosis'], // Psychotic disorder
  '58214004': ['psychosis'], // Schizophrenia
  '7200002': ['substance-misuse'], // Alcoholism
  '66590003': ['substance-misuse'], // Alcohol dependence
  '52448006': ['dementia'], // Dementia
  '26929004': ['dementia'], // Alzheimer's disease
  '110359009': ['learning-disability'], // Intellectual disability
  '408856003': ['autism'], // Autistic disorder
  '406506008': ['adhd'], // Attention deficit hyperactivity disorder
  '46635009': ['type-1-diabetes'], // Diabetes mellitus type 1
  '44054006': ['type-2-diabetes'], // Diabetes mellitus type 2
  '73211009': ['diabetes'], // Diabetes mellitus
  '714628002': ['prediabetes'], // Prediabetes
  '700449008': ['prediabetes'], // Non-diabetic hyperglycaemia
  '38341003': ['hypertension'], // Hypertensive disorder
  '59621000': ['hypertension'], // Essential hypertension
  '53741008': ['coronary-heart-disease'], // Coronary arteriosclerosis
  '414545008': ['coronary-heart-disease'], // Ischemic heart disease
  '22298006': ['coronary-heart-disease'], // Myocardial infarction
  '194828000': ['coronary-heart-disease'], // Angina
  '84114007': ['heart-failure'], // Heart failure
  '42343007': ['heart-failure'], // Congestive heart failure
  '49436004': ['atrial-fibrillation'], // Atrial fibrillation
  '230690007': ['stroke'], // Cerebrovascular accident
  '266257000': ['stroke'], // Transient ischemic attack
  '13645005': ['copd'], // Chronic obstructive lung disease
  '87433001': ['copd'], // Pulmonary emphysema
  '63480004': ['copd'], // Chronic bronchitis
  '195967001': ['asthma'], // Asthma
  '396275006': ['osteoarthritis'], // Osteoarthritis
  '69896004': ['inflammatory-arthritis'], // Rheumatoid arthritis
  '33339001': ['inflammatory-arthritis'], // Psoriatic arthritis
  '9631008': ['inflammatory-arthritis'], // Ankylosing spondylitis
  '279039007': ['back-pain'], // Low back pain
  '161891005': ['back-pain'], // Backache
  '23056005': ['back-pain'], // Sciatica
  '82423001': ['chronic-pain'], // Chronic pain
  '203082005': ['fibromyalgia'], // Fibromyalgia
  '52702003': ['me-cfs'], // Chronic fatigue syndrome
  '10743008': ['irritable-bowel-syndrome'], // Irritable bowel syndrome
  '414916001': ['obesity'], // Obesity
  '238136002': ['obesity'], // Morbid obesity
  '363346000': ['cancer'], // Malignant neoplastic disease
  '24700007': ['multiple-sclerosis'], // Multiple sclerosis
  '49049000': ['parkinsons'], // Parkinson's disease
  '84757009': ['epilepsy'], // Epilepsy
  '709044004': ['chronic-kidney-disease'], // Chronic kidney disease
  '64859006': ['osteoporosis'], // Osteoporosis
  '248279007': ['frailty'], // Frailty
  '77386006': ['pregnancy'], // Pregnant
  '397540003': ['visual-impairment'], // Visual impairment
  '193699007': ['visual-impairment'], // Blindness
  '15188001': ['hearing-impairment'], // Hearing loss
};

function range(letter: string, from: number, to: number, ids: readonly ConditionId[], skip: readonly number[] = []): Record<string, readonly ConditionId[]> {
  const out: Record<string, readonly ConditionId[]> = {};
  for (let n = from; n <= to; n++) if (!skip.includes(n)) out[`${letter}${String(n).padStart(2, '0')}`] = ids;
  return out;
}

export const ICD10_CODES: Readonly<Record<string, readonly ConditionId[]>> = {
  ...range('F', 0, 3, ['dementia']),
  G30: ['dementia'],
  ...range('F', 10, 19, ['substance-misuse'], [17]), // F17 is tobacco
  ...range('F', 20, 29, ['psychosis']),
  F31: ['bipolar'],
  F32: ['depression'],
  F33: ['depression'],
  'F34.1': ['depression'],
  'F40.0': ['phobia'],
  'F40.1': ['social-anxiety'],
  'F40.2': ['phobia'],
  F40: ['phobia'],
  F41: ['anxiety'],
  'F41.0': ['panic-disorder'],
  'F41.1': ['anxiety'],
  'F41.2': ['anxiety', 'depression'],
  F42: ['ocd'],
  'F43.1': ['ptsd'],
  'F45.2': ['health-anxiety'],
  F50: ['eating-disorder'],
  'F51.0': ['insomnia'],
  'G47.0': ['insomnia'],
  'F53.0': ['depression', 'postnatal'],
  ...range('F', 70, 79, ['learning-disability']),
  'F84.0': ['autism'],
  'F84.1': ['autism'],
  'F84.5': ['autism'],
  F90: ['adhd'],
  E10: ['type-1-diabetes'],
  E11: ['type-2-diabetes'],
  E14: ['diabetes'],
  'R73.0': ['prediabetes'],
  'R73.03': ['prediabetes'],
  I10: ['hypertension'],
  I11: ['hypertension'],
  I12: ['hypertension'],
  I13: ['hypertension'],
  I15: ['hypertension'],
  I20: ['coronary-heart-disease'],
  I21: ['coronary-heart-disease'],
  I22: ['coronary-heart-disease'],
  I24: ['coronary-heart-disease'],
  I25: ['coronary-heart-disease'],
  I50: ['heart-failure'],
  I48: ['atrial-fibrillation'],
  I61: ['stroke'],
  I63: ['stroke'],
  I64: ['stroke'],
  G45: ['stroke'],
  J41: ['copd'],
  J42: ['copd'],
  J43: ['copd'],
  J44: ['copd'],
  J45: ['asthma'],
  J46: ['asthma'],
  ...range('M', 15, 19, ['osteoarthritis']),
  M05: ['inflammatory-arthritis'],
  M06: ['inflammatory-arthritis'],
  M45: ['inflammatory-arthritis'],
  'L40.5': ['inflammatory-arthritis'],
  M32: ['inflammatory-arthritis'],
  'M35.3': ['inflammatory-arthritis'],
  M54: ['back-pain'],
  'R52.2': ['chronic-pain'],
  'M79.7': ['fibromyalgia'],
  'G93.3': ['me-cfs'],
  'U09.9': ['long-covid'],
  K58: ['irritable-bowel-syndrome'],
  E66: ['obesity'],
  ...range('C', 0, 97, ['cancer']),
  G35: ['multiple-sclerosis'],
  G20: ['parkinsons'],
  G40: ['epilepsy'],
  N18: ['chronic-kidney-disease'],
  M80: ['osteoporosis'],
  M81: ['osteoporosis'],
  R54: ['frailty'],
  'R29.6': ['frailty'],
  Z33: ['pregnancy'],
  'Z39.2': ['postnatal'],
  H54: ['visual-impairment'],
  H90: ['hearing-impairment'],
  H91: ['hearing-impairment'],
  'Z99.3': ['mobility-impairment'],
};

// Single-letter UK postcode areas: a bare "E11" or "M15" is as likely a district as a code, so
// codes starting with these letters count only in code context (a subcode, brackets, a "code" label).
export const POSTCODE_LIKE_ICD_LETTERS = new Set(['B', 'E', 'G', 'L', 'M', 'N', 'S', 'W']);
