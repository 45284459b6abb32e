import type { ConditionId } from '../condition-ids.ts';
import type { SafetyFlag } from '../schema.ts';
import { BABY_ALONE, BABY_NAMED } from './baby-ages.ts';
import type { PostnatalWording } from '../postnatal-wording.ts';

// Words a page may use for each condition, in UK and US clinical writing. Matching ignores case,
// treats spaces, hyphens and underscores alike and skips apostrophes, so "Parkinson's" matches
// "parkinsons" and "type-2 diabetes" matches "type 2 diabetes". An object entry can insist on
// exact capitals (cs), need a clinical cue nearby (cue: "MS", "MI"), hedge itself (status), name
// more than one condition (also) or raise a safety flag (signal).
export type TermSpec =
  | string
  | {
      t: string;
      cs?: true;
      cue?: true;
      drug?: true;
      status?: 'possible' | 'negated';
      also?: readonly ConditionId[];
      signal?: SafetyFlag;
      currentOnly?: true;
      babyAge?: 'named' | 'alone';
      gravida?: true;
      endedByLoss?: true;
      endsPhrase?: true;
      moodWords?: true;
      bornRecently?: true | 'baby-named';
      riskRated?: true;
      notNear?: RegExp;
      gestationNow?: true;
      diabetesType?: true;
      postnatalWording?: PostnatalWording;
    };

const cs = (t: string, extra: Omit<Exclude<TermSpec, string>, 't' | 'cs'> = {}): TermSpec => ({ t, cs: true, ...extra });
const cue = (t: string): TermSpec => ({ t, cs: true, cue: true });
// Pregnancy and after birth: a flag now, nothing once past.
const current = (signal: 'pregnancy' | 'postnatal', terms: string[]): TermSpec[] => terms.map((t) => ({ t, signal, currentOnly: true }));

// "Anorexia, weight loss and night sweats - 2WW referral": loss of appetite in a medical work-up,
// not the eating disorder ("anorexia nervosa" is a term of its own).
const ANOREXIA_AS_SYMPTOM = /night sweats|2ww|two week wait|malignan|cancer|cachexi|dysphagia|haematemesis|melaena|upper gi|lower gi|endoscopy/i;

export const CONDITION_TERMS: { readonly [K in ConditionId]: readonly TermSpec[] } = {
  depression: [
    'depression', 'depressed', 'depressive', 'depressive episode', 'depressive disorder', 'major depression',
    'major depressive disorder', 'major depressive episode', 'clinical depression', 'recurrent depression',
    'recurrent depressive disorder', 'low mood', 'low in mood',
    // The same told the other way round: "Mood low, EPDS 14", "her mood has been low since the birth".
    'mood low', 'mood is low', 'mood very low', 'mood has been low', 'mood has been very low', 'mood remains low', 'mood still low', 'dysthymia', 'dysthymic', 'persistent depressive disorder',
    'mdd', 'depresion', 'depresssion', 'deppression', 'depressoin',
    // Low mood in the person's words: "Feeling low since the birth", "Mother feels low, tearful".
    ...['feeling low', 'feels low', 'felt low', 'feel low', 'feeling very low', 'feels very low'].map((t): TermSpec => ({ t, moodWords: true })),
    { t: 'postnatal depression', also: ['postnatal'] }, { t: 'post natal depression', also: ['postnatal'] },
    { t: 'postpartum depression', also: ['postnatal'] }, { t: 'perinatal depression', also: ['postnatal'] },
    // Beside breathlessness, "PND" is paroxysmal nocturnal dyspnoea ("Orthopnoea, PND, ankle swelling").
    { t: 'pn depression', also: ['postnatal'] }, { t: 'pn depn', also: ['postnatal'] },
    { t: 'PND', cs: true, also: ['postnatal'], notNear: /orthopn|dyspn|breath|\bSOBO?E?\b|oedema|edema|ankle swelling|swollen ankles|heart failure|\b(?:CCF|LVF|HF)\b/i },
    { t: 'mixed anxiety and depression', also: ['anxiety'] }, { t: 'mixed anxiety and depressive disorder', also: ['anxiety'] },
    { t: 'anxiety and depression', also: ['anxiety'] }, { t: 'anxiety & depression', also: ['anxiety'] },
    { t: 'depression and anxiety', also: ['anxiety'] },
    { t: 'psychotic depression', also: ['psychosis'] },
  ],
  anxiety: [
    'anxiety', 'anxiety disorder', 'generalised anxiety disorder', 'generalized anxiety disorder', 'generalised anxiety',
    'generalized anxiety', 'anxiety state', 'chronic anxiety', 'anxiety neurosis', 'anxeity', 'anixety', 'anxity', 'axiety',
    cs('GAD'),
  ],
  'panic-disorder': ['panic disorder', 'panic attacks', 'panic attack', 'panic disorder with agoraphobia', 'panic d/o'],
  'social-anxiety': ['social anxiety', 'social anxiety disorder', 'social phobia', 'social phobic', 'socially phobic', 'socially anxious'],
  ptsd: [
    'ptsd', 'cptsd', 'c ptsd', 'complex ptsd', 'post traumatic stress disorder', 'post traumatic stress', 'posttraumatic stress disorder',
    'posttraumatic stress', 'complex post traumatic stress disorder', 'post traumatic stress syndrome',
  ],
  ocd: ['ocd', 'obsessive compulsive disorder', 'obsessive compulsive', 'obsessional compulsive disorder', 'obsessive compulsive neurosis',
    // Traits are not the disorder: a question to ask, not a diagnosis.
    ...['ocd tendencies', 'ocd traits', 'ocd type', 'ocd like', 'obsessional traits', 'obsessive traits', 'obsessive compulsive traits'].map((t): TermSpec => ({ t, status: 'possible' }))],
  'health-anxiety': ['health anxiety', 'hypochondriasis', 'hypochondria', 'hypochondriac', 'hypochondriacal disorder', 'illness anxiety', 'illness anxiety disorder'],
  phobia: [
    'phobia', 'phobias', 'specific phobia', 'simple phobia', 'agoraphobia', 'agoraphobic', 'claustrophobia', 'needle phobia',
    'emetophobia', 'blood injury phobia', 'fear of flying', 'fear of heights', 'fear of needles', 'phobic anxiety',
  ],
  insomnia: ['insomnia', 'chronic insomnia', 'sleep disorder', 'sleep disorders', 'insomina', 'insomnea', 'insommnia'],
  'eating-disorder': [
    { t: 'eating disorder', signal: 'eating-disorder' }, { t: 'eating disorders', signal: 'eating-disorder' },
    { t: 'anorexia nervosa', signal: 'eating-disorder' }, { t: 'anorexia', signal: 'eating-disorder', notNear: ANOREXIA_AS_SYMPTOM },
    { t: 'anorexic', signal: 'eating-disorder' }, { t: 'atypical anorexia', signal: 'eating-disorder' },
    { t: 'bulimia nervosa', signal: 'eating-disorder' }, { t: 'bulimia', signal: 'eating-disorder' },
    { t: 'bulimic', signal: 'eating-disorder' }, { t: 'binge eating disorder', signal: 'eating-disorder' },
    // Longer than the words for appetite lost to an illness ("poor appetite (anorexia)"), so it wins.
    { t: 'appetite (anorexia nervosa', signal: 'eating-disorder' },
    { t: 'bulemia', signal: 'eating-disorder' }, { t: 'bulemic', signal: 'eating-disorder' }, { t: 'bulimea', signal: 'eating-disorder' },
    { t: 'anorexia nervousa', signal: 'eating-disorder' }, { t: 'annorexia', signal: 'eating-disorder' }, { t: 'eating d/o', signal: 'eating-disorder' },
    // "BED dx by GP 2023": in capitals, and only beside a clinical word or a date (a bed is a bed).
    { t: 'BED', cs: true, cue: true, signal: 'eating-disorder' },
    { t: 'arfid', signal: 'eating-disorder' }, { t: 'avoidant restrictive food intake disorder', signal: 'eating-disorder' },
    { t: 'ednos', signal: 'eating-disorder' }, { t: 'osfed', signal: 'eating-disorder' },
    { t: 'other specified feeding or eating disorder', signal: 'eating-disorder' },
    // Type 1 diabetes with an eating disorder, insulin often withheld for weight.
    { t: 'diabulimia', signal: 'eating-disorder' }, { t: 't1de', signal: 'eating-disorder' },
    { t: 'type 1 disordered eating', signal: 'eating-disorder' },
    { t: 'disordered eating', status: 'possible' },
  ],
  bipolar: [
    'bipolar', 'bipolar disorder', 'bipolar affective disorder', 'bi polar', 'bipolar i', 'bipolar ii', 'bpad', 'manic depression',
    'manic depressive', 'hypomania', 'cyclothymia',
  ],
  psychosis: [
    'psychosis', 'psychotic', 'psychotic disorder', 'psychotic episode', 'first episode psychosis', 'schizophrenia',
    'schizophrenic', 'paranoid schizophrenia', 'schizoaffective', 'schizoaffective disorder', 'delusional disorder',
    'skitzophrenia', 'schitzophrenia', 'scizophrenia',
  ],
  'substance-misuse': [
    'substance misuse', 'substance abuse', 'substance use disorder', 'substance dependence', 'drug misuse', 'drug abuse',
    'drug dependence', 'drug dependency', 'drug addiction', 'alcohol misuse', 'alcohol abuse', 'alcohol dependence',
    'alcohol dependency', 'alcohol dependent', 'alcohol use disorder', 'alcohol addiction', 'alcoholism', 'alcoholic',
    'harmful drinking', 'harmful alcohol use', 'problem drinking', 'dependent drinking', 'opioid dependence',
    'opiate dependence', 'heroin dependence', 'heroin use', 'crack cocaine', 'cocaine dependence', 'cannabis dependence',
    'cannabis misuse', 'ivdu', 'intravenous drug use', 'addiction', 'cocaine use disorder', 'cannabis use disorder', 'opioid use disorder',
    // Daily use is a pattern to ask about, not yet a diagnosis: "Uses cannabis daily".
    ...['uses cannabis daily', 'smokes cannabis daily', 'cannabis daily', 'daily cannabis', 'daily cannabis use', 'cannabis use daily',
      'smokes cannabis every day', 'uses cannabis every day', 'uses cocaine', 'cocaine use', 'regular cocaine use', 'binge drinking',
      'binge drinks', 'drinking heavily', 'heavy drinking', 'heavy drinker', 'drinks heavily',
      // A blackout from drink is a sign of harmful drinking, not of the heart.
      ...['alcohol blackouts', 'alcohol related blackouts', 'alcohol-related blackouts', 'alcoholic blackouts', 'drunken blackouts',
        ...['after', 'when', 'while', 'whilst', 'from'].flatMap((when) => [`blackouts ${when} drinking`, `blackouts ${when} heavy drinking`, `blacks out ${when} drinking`]),
        'blackouts when drunk', 'blacks out when drunk']].map((t): TermSpec => ({ t, status: 'possible' })),
  ],
  dementia: [
    'dementia', 'alzheimers', 'alzheimer', 'alzheimers disease', 'altzheimers', 'alzeimers', 'vascular dementia',
    'mixed dementia', 'lewy body dementia', 'dementia with lewy bodies', 'frontotemporal dementia', 'demenita',
  ],
  'learning-disability': [
    'learning disability', 'learning disabilities', 'learning disabled', 'intellectual disability', 'intellectual disabilities',
    cs('LD'), 'mild learning disability', 'moderate learning disability', 'severe learning disability',
  ],
  autism: [
    'autism', 'autistic', 'autism spectrum disorder', 'autism spectrum condition', 'autistic spectrum disorder', cs('ASD'),
    cs('ASC'), 'aspergers', 'asperger', 'aspergers syndrome', 'asperger syndrome', 'autisim', 'autisum',
  ],
  adhd: [
    'adhd', 'attention deficit hyperactivity disorder', 'attention deficit disorder', 'attention deficit',
    'hyperkinetic disorder', cue('ADD'), cs('Adult ADD'), cs('adult ADD'),
  ],
  'type-1-diabetes': [
    'type 1 diabetes', 'type 1 diabetes mellitus', 'type one diabetes', 'type i diabetes', 'type1 diabetes', 't1dm', 't1d',
    't1 diabetes', 'dm1', 'dm type 1', 'type 1 dm', 't1 dm', 't1 diabetic', 'dmt1', 'dm t1', 'diabetes (type 1', 'diabetic (type 1',
    'diabetes mellitus (type 1', 'dm (type 1', 'diabetes type 1', 'diabetes mellitus type 1', 'type 1 diabetic',
    'diabetic type 1', 'iddm', 'insulin dependent diabetes', 'insulin dependent diabetes mellitus', 'juvenile diabetes',
    // "Diabetes: Type 1".
    ...['type 1', 'type i', 'type one', 't1'].map((t): TermSpec => ({ t, diabetesType: true })),
    cs('LADA'), 'type 1 diabetis', 'type 1 diabeties', 'diabeties type 1', 'diabetis type 1', 'diabeties type i', 'diabetes type one', 'type i dm', 'diabetes type i', 'type i diabetic', 'type 1 dibetes',
  ],
  'type-2-diabetes': [
    'type 2 diabetes', 'type 2 diabetes mellitus', 'type two diabetes', 'type ii diabetes', 'type2 diabetes', 't2dm', 't2d',
    't2 diabetes', 'dm2', 'dm type 2', 'type 2 dm', 't2 dm', 't2 diabetic', 'dmt2', 'dm t2', 'diabetes (type 2', 'diabetic (type 2',
    'diabetes mellitus (type 2', 'dm (type 2', 'diabetes (type ii', 'diabetic (type ii', 'diabetes type 2', 'diabetes type ii', 'diabetes mellitus type 2',
    ...['type 2', 'type ii', 'type two', 't2'].map((t): TermSpec => ({ t, diabetesType: true })),
    'type 2 diabetic', 'diabetic type 2', 'niddm', 'non insulin dependent diabetes', 'non insulin dependent diabetes mellitus',
    'adult onset diabetes', 'diet controlled diabetes', 'diet controlled type 2 diabetes', 'type 2 diabetis', 'type 2 diabeties', 'diabeties type 2', 'diabetis type 2', 'diabeties type ii', 'diabetis type ii', 'diabetes type two',
    'type 2 diabetese', 'type ii dm', 'type ii diabetic', 'diabetes mellitus type ii', 'type 2 dibetes', 'type 2 diabtes',
  ],
  diabetes: [
    'diabetes', 'diabetes mellitus', 'diabetic', cs('DM'), 'diabetis', 'diabeties', 'diabetese', 'diabets', 'diabeetes', 'dibetes',
    'diabtes', 'diebetes', 'dibetic',
    'gestational diabetes', { t: 'non diabetic', status: 'negated' }, { t: 'nondiabetic', status: 'negated' },
  ],
  prediabetes: [
    'prediabetes', 'pre diabetes', 'prediabetic', 'pre diabetic', 'non diabetic hyperglycaemia', 'non diabetic hyperglycemia',
    cs('NDH'), 'impaired glucose tolerance', cs('IGT'), 'impaired fasting glucose', 'impaired fasting glycaemia', cs('IFG'),
    'borderline diabetes', 'borderline diabetic', 'diabetes prevention programme', 'diabetes prevention program',
  ],
  hypertension: [
    'hypertension', 'hypertensive', 'essential hypertension', 'htn', 'high blood pressure', 'high bp', 'raised blood pressure',
    'raised bp', 'elevated blood pressure', 'elevated bp', cs('HBP'), 'hypertention', 'hypertenstion', 'hypertensoin',
    'hyper tension',
  ],
  'coronary-heart-disease': [
    'coronary heart disease', 'coronary artery disease', 'chd', cs('CAD'), 'ihd', 'ischaemic heart disease',
    'ischemic heart disease', 'ischaemic heart diseases', 'heart disease', 'angina', 'angina pectoris', 'stable angina',
    { t: 'unstable angina', signal: 'cardiac-symptoms' },
    // Angina told as new or worse is the symptom the cardiac check is for. Not "exertional angina",
    // which names stable angina, a diagnosis that needs no clearance (safety/active-risks.ts).
    ...['new angina', 'worsening angina', 'increasing angina', 'crescendo angina', 'angina getting worse',
      'angina worsening', 'angina worse', 'new onset angina', 'new-onset angina', 'recent onset angina', 'recent-onset angina',
      'angina new onset', 'angina of new onset', 'angina of recent onset', 'angina at rest', 'rest angina', 'angina (new onset',
      'angina (recent onset', 'angina (at rest', 'angina (new', 'angina (worsening', 'angina (worse'].map((t): TermSpec => ({ t, signal: 'cardiac-symptoms' })), 'myocardial infarction', 'myocardial infarct', cue('MI'),
    'heart attack', 'heart attacks', 'stemi', 'nstemi', cs('ACS'), 'acute coronary syndrome', 'cabg', 'coronary artery bypass',
    'coronary artery bypass graft', 'heart bypass', 'triple bypass', 'double bypass', 'quadruple bypass', cs('PCI'),
    'angioplasty', 'coronary angioplasty', 'coronary stent', 'coronary stents', 'cardiac stent', 'cardiac stents', 'stent',
    'stents', 'stented', 'ischaemic heart', 'iscahemic heart disease',
  ],
  'heart-failure': [
    'heart failure', 'cardiac failure', 'congestive heart failure', 'congestive cardiac failure', 'ccf', 'chf', cs('HF'),
    'hfref', 'hfpef', 'hfmref', 'lvsd', 'left ventricular systolic dysfunction', 'left ventricular failure', 'lvf',
    'lv dysfunction', 'left ventricular dysfunction', 'heart faliure', 'biventricular failure', 'biventricular heart failure',
    'right heart failure', 'right ventricular failure',
  ],
  'atrial-fibrillation': [
    'atrial fibrillation', cs('AF'), cs('PAF'), 'paroxysmal atrial fibrillation', 'a fib', 'afib', 'atrial fibrilation',
    'atrial fibrilltion',
  ],
  stroke: [
    'stroke', 'strokes', 'cva', 'cerebrovascular accident', cs('TIA'), cs('TIAs'), 'transient ischaemic attack',
    'transient ischemic attack', 'mini stroke', 'mini strokes', 'cerebral infarct', 'cerebral infarction',
    'haemorrhagic stroke', 'ischaemic stroke', 'ischemic stroke', 'cerebrovascular disease', 'post stroke',
  ],
  copd: [
    'copd', 'chronic obstructive pulmonary disease', 'chronic obstructive airways disease', 'chronic obstructive airway disease',
    'chronic obstructive lung disease', 'coad', 'emphysema', 'chronic bronchitis', 'emphasema', 'emphysemia', 'c o p d',
  ],
  asthma: ['asthma', 'asthmatic', 'brittle asthma', 'asthama', 'athsma', 'asthmas', 'ashtma', 'astma', 'allergic asthma'],
  osteoarthritis: [
    'osteoarthritis', 'osteo arthritis', 'osteoarthrosis', 'osteoarthritic', cs('OA'), 'degenerative joint disease', cs('DJD'),
    'wear and tear arthritis', 'osteoarthritus', 'osteoarthiritis', 'osteoarthrits', 'osteoarthristis',
    { t: 'arthritis', status: 'possible' }, { t: 'arthritic', status: 'possible' }, { t: 'athritis', status: 'possible' },
    { t: 'arthiritis', status: 'possible' },
  ],
  'inflammatory-arthritis': [
    'rheumatoid arthritis', cue('RA'), 'psoriatic arthritis', 'psoriatic arthropathy', cs('PsA'), 'ankylosing spondylitis',
    'axial spondyloarthritis', 'spondyloarthritis', 'spondyloarthropathy', 'inflammatory arthritis', 'inflammatory arthropathy',
    'systemic lupus erythematosus', 'lupus', cs('SLE'), 'polymyalgia rheumatica', 'reactive arthritis', 'rheumatoid',
    'rhuematoid arthritis', 'rheumatiod arthritis', 'juvenile idiopathic arthritis',
  ],
  'back-pain': [
    'back pain', 'low back pain', 'lower back pain', 'backache', 'back ache', 'back problems', 'lumbago', 'sciatica',
    'mechanical back pain', 'non specific back pain', 'lumbar pain', 'slipped disc', 'prolapsed disc', 'herniated disc',
    'disc prolapse', 'disc herniation', cs('LBP'), { t: 'chronic back pain', also: ['chronic-pain'] },
    { t: 'chronic low back pain', also: ['chronic-pain'] }, { t: 'chronic lower back pain', also: ['chronic-pain'] },
    { t: 'persistent back pain', also: ['chronic-pain'] },
  ],
  'chronic-pain': [
    'chronic pain', 'persistent pain', 'chronic pain syndrome', 'chronic widespread pain', 'long term pain', 'long standing pain',
    'complex regional pain syndrome', cs('CRPS'), cs('CWP'), 'chronic primary pain', 'chronic neck pain', 'chronic pelvic pain',
  ],
  fibromyalgia: ['fibromyalgia', 'fibromyalgia syndrome', 'fibro', 'fibromialgia', 'fibromyalgea', 'fybromyalgia', 'fibromyalga', 'fibromylagia', 'fibromyaliga', 'fibromyalgie', cs('FMS')],
  'me-cfs': [
    { t: 'me cfs', signal: 'me-cfs' }, { t: 'me/cfs', signal: 'me-cfs' }, { t: 'cfs/me', signal: 'me-cfs' },
    { t: 'cfs me', signal: 'me-cfs' }, { t: 'ME', cs: true, cue: true, signal: 'me-cfs' },
    { t: 'm.e.', signal: 'me-cfs' }, { t: 'CFS', cs: true, signal: 'me-cfs' },
    { t: 'chronic fatigue syndrome', signal: 'me-cfs' }, { t: 'chronic fatigue', status: 'possible' },
    { t: 'myalgic encephalomyelitis', signal: 'me-cfs' }, { t: 'myalgic encephalopathy', signal: 'me-cfs' },
    { t: 'post viral fatigue syndrome', signal: 'me-cfs' }, { t: 'postviral fatigue syndrome', signal: 'me-cfs' },
  ],
  'long-covid': [
    'long covid', 'long covid 19', 'post covid syndrome', 'post covid 19 syndrome', 'post covid condition', 'post covid 19 condition',
    'post covid', 'ongoing symptomatic covid', 'long haul covid', 'longcovid', cs('PASC'),
  ],
  'irritable-bowel-syndrome': ['ibs', 'irritable bowel syndrome', 'irritable bowel', 'ibs c', 'ibs d', 'ibs m', 'spastic colon', 'irritible bowel syndrome'],
  obesity: [
    'obesity', 'obese', 'morbid obesity', 'morbidly obese', 'severe obesity', 'severely obese', 'class 3 obesity',
    'class iii obesity', 'clinically obese', 'obesety', 'obisity',
  ],
  cancer: [
    'cancer', 'cancers', 'carcinoma', 'malignancy', 'malignant', 'malignant neoplasm', 'malignant tumour', 'malignant tumor',
    'lymphoma', 'hodgkins lymphoma', 'non hodgkins lymphoma', 'hodgkins', 'hodgkins disease', 'non hodgkins', cs('NHL'), cs('CLL'),
    'chronic lymphocytic leukaemia', 'chronic lymphocytic leukemia', 'leukaemia', 'leukemia', 'myeloma', 'melanoma', 'sarcoma',
    'metastatic', 'metastases', 'mesothelioma', 'glioblastoma', 'breast cancer', 'prostate cancer', 'bowel cancer', 'lung cancer',
    'colorectal cancer', 'ca breast', 'ca prostate', 'ca bowel', 'ca lung', 'ca colon', 'ca rectum', 'ca cervix', 'ca ovary',
    'breast ca', 'prostate ca', 'bowel ca', 'lung ca', 'colon ca', 'rectal ca', 'cervical ca', 'ovarian ca',
    'cancer survivor', 'oncology patient', 'cancre',
  ],
  'multiple-sclerosis': [
    'multiple sclerosis', cue('MS'), 'rrms', 'spms', 'ppms', 'relapsing remitting ms', 'relapsing remitting multiple sclerosis',
    'secondary progressive multiple sclerosis', 'primary progressive multiple sclerosis', 'multiple schlerosis', 'multiple sclerosus',
  ],
  parkinsons: [
    'parkinsons', 'parkinson', 'parkinsons disease', 'parkinson disease', 'parkinsonism', 'idiopathic parkinsons disease',
    'parkinsonian', 'parkinsions', 'parkinsens', { t: 'PD', cs: true, drug: true },
  ],
  epilepsy: [
    'epilepsy', 'epileptic', 'seizure disorder', 'temporal lobe epilepsy', 'juvenile myoclonic epilepsy', 'epilepsey', 'epilespy',
    'epilipsy', { t: 'seizures', status: 'possible' }, { t: 'seizure', status: 'possible' },
  ],
  'chronic-kidney-disease': [
    'chronic kidney disease', 'ckd', 'ckd stage 3', 'ckd 3', 'ckd 3a', 'ckd 3b', 'ckd 4', 'ckd 5', 'ckd3', 'ckd3a', 'ckd3b', 'ckd4', 'ckd5', 'ckd stage 4', 'chronic renal failure',
    'chronic renal disease', 'chronic renal insufficiency', 'renal impairment', 'kidney disease', 'renal failure',
    'kidney failure', 'end stage renal disease', 'esrd', 'end stage kidney disease', 'eskd', 'haemodialysis', 'hemodialysis',
    'peritoneal dialysis', 'dialysis', 'chronic kidney diseases',
  ],
  osteoporosis: [
    'osteoporosis', 'osteoporotic', 'osteoperosis', 'osteoporisis', { t: 'osteopenia', status: 'possible' },
    { t: 'fragility fracture', status: 'possible' },
  ],
  frailty: [
    'frailty', 'frail', 'mild frailty', 'moderate frailty', 'severe frailty', 'frail elderly',
    { t: 'falls', signal: 'falls' }, { t: 'history of falls', signal: 'falls' }, { t: 'recurrent falls', signal: 'falls' },
    { t: 'frequent falls', signal: 'falls' }, { t: 'multiple falls', signal: 'falls' }, { t: 'repeated falls', signal: 'falls' },
    { t: 'had a fall', signal: 'falls' }, { t: 'has had a fall', signal: 'falls' }, { t: 'had two falls', signal: 'falls' },
    { t: 'had several falls', signal: 'falls' }, { t: 'had falls', signal: 'falls' }, { t: 'a fall', signal: 'falls' },
    { t: 'fallen', signal: 'falls' }, { t: 'mechanical fall', signal: 'falls' }, { t: 'mechanical falls', signal: 'falls' },
    { t: 'second fall', signal: 'falls' }, { t: 'fall risk', signal: 'falls', riskRated: true }, { t: 'falls risk', signal: 'falls', riskRated: true },
    { t: 'faller', signal: 'falls' }, { t: 'recurrent faller', signal: 'falls' },
  ],
  pregnancy: [
    { t: 'pregnant', signal: 'pregnancy', currentOnly: true }, { t: 'pregnancy', signal: 'pregnancy', currentOnly: true },
    // "She is due in February", "due to give birth in March": a birth to come.
    // Only where the phrase ends: not "She is due in February for a review".
    ...['she is due in', 'shes due in', 'she is due to give birth in', 'due to give birth in', 'due to deliver in', 'due to have her baby in', 'baby is due in']
      .flatMap((due) => ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
        'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'].map((month) => `${due} ${month}`))
      .map((t): TermSpec => ({ t, signal: 'pregnancy', currentOnly: true, endsPhrase: true })),
    ...current('pregnancy', ['due to give birth', 'due to have her baby']),
    { t: 'currently pregnant', signal: 'pregnancy', currentOnly: true }, { t: 'antenatal', signal: 'pregnancy', currentOnly: true },
    { t: 'ante natal', signal: 'pregnancy', currentOnly: true }, { t: 'prenatal', signal: 'pregnancy', currentOnly: true },
    { t: 'expecting a baby', signal: 'pregnancy', currentOnly: true }, { t: 'expecting her first baby', signal: 'pregnancy', currentOnly: true },
    { t: 'expecting their first baby', signal: 'pregnancy', currentOnly: true },
    { t: 'weeks gestation', signal: 'pregnancy', currentOnly: true }, { t: 'gestation', signal: 'pregnancy', currentOnly: true },
    { t: 'first trimester', signal: 'pregnancy', currentOnly: true }, { t: 'second trimester', signal: 'pregnancy', currentOnly: true },
    { t: 'third trimester', signal: 'pregnancy', currentOnly: true }, { t: 'primigravida', signal: 'pregnancy', currentOnly: true },
    { t: 'preggers', signal: 'pregnancy', currentOnly: true }, { t: 'pregnent', signal: 'pregnancy', currentOnly: true },
    { t: 'EDD', cs: true, signal: 'pregnancy', currentOnly: true },
    { t: 'baby due', signal: 'pregnancy', currentOnly: true }, { t: 'due date', signal: 'pregnancy', currentOnly: true },
    { t: 'due to give birth', signal: 'pregnancy', currentOnly: true }, { t: 'due to have her baby', signal: 'pregnancy', currentOnly: true },
    { t: 'due to have a baby', signal: 'pregnancy', currentOnly: true },
    { t: 'booked with midwife', signal: 'pregnancy', currentOnly: true }, { t: 'booked with the midwife', signal: 'pregnancy', currentOnly: true },
    { t: 'midwife booking', signal: 'pregnancy', currentOnly: true }, { t: 'week scan', signal: 'pregnancy', currentOnly: true },
    { t: 'dating scan', signal: 'pregnancy', currentOnly: true }, { t: 'anomaly scan', signal: 'pregnancy', currentOnly: true },
    // "Had her scan at 20 weeks": a scan counted in weeks of the pregnancy.
    ...Array.from({ length: 36 }, (_, k) => [`scan at ${k + 6} weeks`, `scan at ${k + 6}/40`]).flat().map((t): TermSpec => ({ t, signal: 'pregnancy', currentOnly: true })),
    // Longer than "pregnancy test", which alone says nothing ("pregnancy test negative"). Each is
    // undone by a loss in the same sentence ("Positive pregnancy test; miscarried last week").
    ...current('pregnancy', [
      'positive pregnancy test', 'positive home pregnancy test', 'pregnancy test positive', 'pregnancy test was positive',
      'pregnancy test is positive', 'pregnancy test +ve', 'booking appointment with midwife', 'booking appointment with the midwife',
      'booking appointment with her midwife', 'midwife booking appointment', 'booked in with midwife', 'booked in with the midwife',
      'expecting twins', 'expecting a child', 'expecting her baby', 'expecting their baby',
      ...['first', 'second', 'third', 'fourth', 'fifth', '1st', '2nd', '3rd', '4th', '5th'].flatMap((nth) =>
        ['baby', 'child'].flatMap((child) => [`expecting her ${nth} ${child}`, `expecting their ${nth} ${child}`])),
    ]).map((spec) => ({ ...(spec as Exclude<TermSpec, string>), endedByLoss: true as const })),
    // "Mum to be", not "Mum to be seen by GP": only where the phrase ends (see ends-phrase.ts).
    ...['mum to be', 'mom to be', 'mother to be', 'first time mum to be'].map((t): TermSpec => ({ t, signal: 'pregnancy', currentOnly: true, endsPhrase: true })),
    // A gestation alone: "Currently 32/40", "28+3/40", "currently 32 weeks" (see gestation-now.ts).
    // Not "is 32 weeks", which would swallow the words of "her youngest is 10 weeks old".
    ...Array.from({ length: 39 }, (_, k) => k + 4).flatMap((weeks) => [
      `${weeks}/40`, ...[0, 1, 2, 3, 4, 5, 6].map((days) => `${weeks}+${days}/40`), `currently ${weeks} weeks`,
    ]).map((t): TermSpec => ({ t, signal: 'pregnancy', currentOnly: true, gestationNow: true })),
    // Gravida and para, fewer births than pregnancies ("G2P1"), with a gestation after them.
    ...[1, 2, 3, 4, 5, 6, 7, 8, 9].flatMap((g) => Array.from({ length: g }, (_, p) => [`g${g}p${p}`, `g${g} p${p}`]).flat()
      .map((t): TermSpec => ({ t, signal: 'pregnancy', currentOnly: true, gravida: true }))),
  ],
  postnatal: [
    { t: 'postnatal', signal: 'postnatal', currentOnly: true }, { t: 'post natal', signal: 'postnatal', currentOnly: true },
    { t: 'postpartum', signal: 'postnatal', currentOnly: true }, { t: 'post partum', signal: 'postnatal', currentOnly: true },
    { t: 'perinatal', signal: 'postnatal', currentOnly: true }, { t: 'puerperal', signal: 'postnatal', currentOnly: true },
    { t: 'puerperium', signal: 'postnatal', currentOnly: true }, { t: 'gave birth', signal: 'postnatal', currentOnly: true },
    { t: 'given birth', signal: 'postnatal', currentOnly: true },
    // Short ways notes write it (see postnatal-wording.ts).
    ...['baby now', 'baby is', 'baby is now', 'baby aged', 'baby age', 'baby currently', 'babys age', 'baby\'s age',
      // "Baby 9 months": with its number, so a bare "baby" is no term of its own.
      ...Array.from({ length: 12 }, (_, k) => ['months', 'mths', 'month'].map((unit) => `baby ${k + 1} ${unit}`)).flat(),
      ...Array.from({ length: 52 }, (_, k) => ['weeks', 'wks', 'week'].map((unit) => `baby ${k + 1} ${unit}`)).flat(),
      // "Client's baby (10 weeks) has reflux".
      ...Array.from({ length: 12 }, (_, k) => ['months', 'mths', 'month'].map((unit) => `baby (${k + 1} ${unit}`)).flat(),
      ...Array.from({ length: 52 }, (_, k) => ['weeks', 'wks', 'week'].map((unit) => `baby (${k + 1} ${unit}`)).flat()]
      .map((t): TermSpec => ({ t, signal: 'postnatal', currentOnly: true, postnatalWording: 'age-after' })),
    ...['delivered', 'delivered by', 'delivered via'].map((t): TermSpec => ({ t, signal: 'postnatal', currentOnly: true, bornRecently: true, postnatalWording: 'opens-sentence' })),
    ...['delivered baby', 'delivered a baby', 'delivered her baby', 'delivered twins', 'delivered a baby boy', 'delivered a baby girl', 'delivered a boy', 'delivered a girl']
      .map((t): TermSpec => ({ t, signal: 'postnatal', currentOnly: true, bornRecently: true })),
    { t: 'PN', cs: true, signal: 'postnatal', currentOnly: true, postnatalWording: 'count-before' },
    { t: 'recently gave birth', signal: 'postnatal', currentOnly: true }, { t: 'new baby', signal: 'postnatal', currentOnly: true },
    { t: 'newborn', signal: 'postnatal', currentOnly: true }, { t: 'new born', signal: 'postnatal', currentOnly: true },
    { t: 'baby born', signal: 'postnatal', currentOnly: true }, { t: 'new mum', signal: 'postnatal', currentOnly: true },
    { t: 'new mother', signal: 'postnatal', currentOnly: true }, { t: 'had a baby', signal: 'postnatal', currentOnly: true },
    // Notes drop the article: "Had baby in October".
    { t: 'had baby', signal: 'postnatal', currentOnly: true }, { t: 'had baby at home', signal: 'postnatal', currentOnly: true },
    { t: 'has a new baby', signal: 'postnatal', currentOnly: true }, { t: 'weeks postpartum', signal: 'postnatal', currentOnly: true },
    { t: 'weeks postnatal', signal: 'postnatal', currentOnly: true }, { t: 'months postpartum', signal: 'postnatal', currentOnly: true },
    { t: 'months postnatal', signal: 'postnatal', currentOnly: true }, { t: 'post natally', signal: 'postnatal', currentOnly: true },
    { t: 'postnatally', signal: 'postnatal', currentOnly: true },
    { t: 'delivered baby', signal: 'postnatal', currentOnly: true }, { t: 'delivered a baby', signal: 'postnatal', currentOnly: true },
    { t: 'delivered her baby', signal: 'postnatal', currentOnly: true }, { t: 'had her baby', signal: 'postnatal', currentOnly: true },
    { t: 'baby boy born', signal: 'postnatal', currentOnly: true }, { t: 'baby girl born', signal: 'postnatal', currentOnly: true },
    // A stillbirth is a birth: the body's year after it is the same (a date or "history of" ends it).
    ...['stillbirth', 'still birth', 'stillborn', 'still born'].map((t): TermSpec => ({ t, signal: 'postnatal', currentOnly: true })),
    // A child "born" is a baby only when the birth was lately (born-recently.ts): "Son born 6 weeks
    // ago", not "Daughter born at 28 weeks, now 10".
    ...['son born', 'daughter born', 'twins born', 'son was born', 'daughter was born', 'twins were born', 'baby was born', 'baby arrived',
      'child born', 'child was born', 'youngest born', 'youngest was born', 'baby boy was born', 'baby girl was born',
      ...['second', 'third', 'fourth', '2nd', '3rd', '4th', 'new'].flatMap((nth) => ['baby', 'child', 'son', 'daughter'].flatMap((t) => [`${nth} ${t} born`, `${nth} ${t} was born`])),
      'baby number two born', 'baby number 2 born', 'baby no 2 born', 'baby two born']
      .map((t): TermSpec => ({ t, signal: 'postnatal', currentOnly: true, bornRecently: true })),
    // "Baby Aria born 7 weeks ago": "born" only after "baby" and a name.
    { t: 'born', signal: 'postnatal', currentOnly: true, bornRecently: 'baby-named' },
    // "Since the birth of her second child on 02/06/2026", "the birth of her son 5 weeks ago",
    // "following birth of son 12/05/2026": a birth lately only with when it was, as below.
    ...['her ', 'their ', 'the ', ''].flatMap((whose) => ['', 'first ', 'second ', 'third ', 'fourth ', '2nd ', '3rd ', '4th ', 'new ']
      .flatMap((nth) => ['baby', 'child', 'son', 'daughter', 'twins'].map((t): TermSpec => ({ t: `birth of ${whose}${nth}${t}`, signal: 'postnatal', currentOnly: true, bornRecently: true })))),
    // "Delivered her second baby 6 weeks ago", "had her third child last month": a birth lately only
    // with when it was ("Had her first child at 19; children now 24 and 21" is not).
    ...['delivered her', 'had her'].flatMap((verb) => ['first', 'second', 'third', 'fourth', '2nd', '3rd', '4th']
      .flatMap((nth) => ['baby', 'child'].map((t): TermSpec => ({ t: `${verb} ${nth} ${t}`, signal: 'postnatal', currentOnly: true, bornRecently: true })))),
    // A caesarean is a birth lately only when told with when it was ("by emergency caesarean 7 weeks
    // ago"), not "previous caesarean", "C-section for her first".
    // "NVD 6/52 ago", "forceps delivery 5 weeks ago": a birth lately only with when it was.
    ...['nvd', 'svd', 'svd of', 'normal vaginal delivery', 'spontaneous vaginal delivery', 'vaginal delivery', 'vaginal birth',
      'forceps delivery', 'ventouse delivery', 'assisted delivery', 'instrumental delivery', 'water birth', 'home birth']
      .map((t): TermSpec => ({ t, signal: 'postnatal', currentOnly: true, bornRecently: true })),
    ...['', 'emergency ', 'elective ', 'planned ', 'crash '].flatMap((kind) => ['caesarean', 'caesarean section', 'cesarean',
      'cesarean section', 'c section', 'lscs'].map((t): TermSpec => ({ t: kind + t, signal: 'postnatal', currentOnly: true, bornRecently: true }))),
    ...BABY_NAMED.map((t): TermSpec => ({ t, signal: 'postnatal', currentOnly: true, babyAge: 'named' })),
    ...BABY_ALONE.map((t): TermSpec => ({ t, signal: 'postnatal', currentOnly: true, babyAge: 'alone' })),
  ],
  'visual-impairment': [
    'visual impairment', 'visually impaired', 'vision impairment', 'partially sighted', 'sight impaired', 'severely sight impaired',
    'registered blind', 'blind', 'blindness', 'sight loss', 'low vision', 'partial sight', 'uses a white cane', 'guide dog user',
  ],
  'hearing-impairment': [
    'deaf', 'deafness', 'hard of hearing', 'hearing impairment', 'hearing impaired', 'hearing loss', 'hearing aid', 'hearing aids',
    'bsl user', 'bsl interpreter', 'uses bsl', 'british sign language', 'cochlear implant', 'profoundly deaf', 'deafblind',
  ],
  'mobility-impairment': [
    'wheelchair user', 'wheelchair', 'uses a wheelchair', 'wheelchair bound', 'walking aid', 'walking aids', 'walking stick',
    'uses a stick', 'uses a stick outdoors', 'uses stick outdoors', 'uses stick indoors', 'uses stick outside', 'uses stick to walk', 'uses stick when walking', 'uses stick to mobilise', 'walks with stick', 'mobilises with stick', 'walks with a stick', 'walks with a frame', 'uses a walking stick', 'mobilises with a stick',
    'mobilises with a frame', 'mobilises with a zimmer', 'zimmer frame', 'walking frame', 'rollator', 'crutches',
    // "Mobilises with a four-wheeled walker".
    ...['walker', 'wheeled walker', 'four wheeled walker', '4 wheeled walker', 'three wheeled walker', 'tri walker', 'delta frame', 'stick', 'walking stick', 'frame', 'zimmer', 'rollator', 'crutches']
      .flatMap((aid) => [`mobilises with a ${aid}`, `mobilises with ${aid}`, `walks with a ${aid}`, `uses a ${aid}`]), 'limited mobility', 'reduced mobility', 'poor mobility',
    'mobility problems', 'mobility issues', 'mobility difficulties', 'mobility impairment', 'impaired mobility', 'housebound',
    'bed bound', 'bedbound', 'mobility scooter', 'immobile', 'paraplegia', 'paraplegic', 'tetraplegia', 'tetraplegic',
    'quadriplegic', 'amputee', 'physical disability',
  ],
};
