import type { Dimension, FormValue } from '../roles.ts';
import type { ConditionId } from '../condition-ids.ts';
import { BABY_RELATIVES } from './baby-ages.ts';

// NegEx / ConText-style trigger phrases. "pre" triggers reach forward to the mentions after them,
// "post" triggers reach back. Scopes never leave the clause (sentence, list item, table cell) and
// stop at terminators. Longest phrase wins, so "no history of" (negation) beats "history of".
export type TriggerSpec = {
  t: string;
  dim: Dimension;
  dir: 'pre' | 'post';
  gap?: number;
  targets?: number;
  only?: 'medication' | 'signal' | 'not-medication' | 'not-baby-age' | 'not-postnatal' | readonly ConditionId[];
  limited?: true;
  capital?: true;
  // Reaches no further than the next comma or "and" (back, no further than a comma).
  untilComma?: true;
  // Back past a comma only to a target right before it ("Had a baby, 18 months ago"), not past
  // other words ("Pregnant, miscarriage 18 months ago"), nor on to a list.
  oneAcrossComma?: true;
  // Reaches only through an age or "who" aside after it.
  afterAside?: true;
  // Says nothing where its sentence goes on to tell of the term again (see trigger-reach.ts).
  unlessAgain?: true;
  // Only where nothing follows it in its block (see trigger-reach.ts).
  endsBlock?: true;
};

const pre = (dim: Dimension, terms: string[], extra: Partial<TriggerSpec> = {}): TriggerSpec[] => terms.map((t) => ({ t, dim, dir: 'pre', ...extra }));
const post = (dim: Dimension, terms: string[], extra: Partial<TriggerSpec> = {}): TriggerSpec[] => terms.map((t) => ({ t, dim, dir: 'post', ...extra }));

const NEURODEVELOPMENTAL: readonly ConditionId[] = ['autism', 'adhd', 'learning-disability', 'dementia'];

export const TRIGGERS: readonly TriggerSpec[] = [
  ...pre('negated', [
    'no', 'not', 'nil', 'none', 'denies', 'denied', 'deny', 'denying', 'without', 'negative for', 'no history of', 'no hx of',
    // US shorthand: "w/o chest pain", "neg for anorexia"; "never diagnosed with asthma".
    'w/o', 'neg for', 'never diagnosed with', 'never been diagnosed with', 'denies history of', 'denies any history of', 'denies a history of',
    'not known to be', 'not known to be on',
    'no h/o', 'no past history of', 'no previous', 'no prior', 'no personal history of', 'no known', 'no evidence of',
    'no signs of', 'no sign of', 'no symptoms of', 'no features of', 'no complaints of', 'no diagnosis of', 'no dx of',
    'no longer', 'free of', 'free from', 'absence of', 'never had', 'never been diagnosed with', 'has never had',
    'not known to have', 'not diagnosed with', 'has not been diagnosed with', 'never been formally diagnosed with',
    'has never been formally diagnosed with', 'never formally diagnosed with', 'not formally diagnosed with',
    'has not been formally diagnosed with', 'doesnt have', 'does not have', 'did not have',
    'hasnt got', 'has not got', 'is not', 'isnt', 'not on', 'not taking', 'ruled out', 'excluded', 'rules out', 'no current',
    'no ongoing', 'no reported', 'no new', 'nor', 'neither',
  ]),
  // "Diabetes distress rather than depression": the one set aside.
  ...pre('negated', ['rather than', 'instead of'], { gap: 1, targets: 1 }),
  // Contractions, read without their apostrophe, in the phrases that deny, and only of the term
  // straight after them, or of a list that "or" ends: "hasn't had chest pain", "hasn't had any
  // falls", "hasn't had chest pain, fainted or fallen".
  // Alone, or further off, they deny too little ("never misses her insulin", "hasn't had any
  // treatment for her bulimia").
  ...pre('negated', [
    'hasnt had', 'hasnt had any', 'havent had', 'havent had any', 'hadnt had', 'didnt have', 'didnt have any', 'dont have',
    // Straight before a participle that is the term: "hasn't fallen", "never fainted".
    'hasnt', 'havent', 'hadnt', 'never',
    'dont have any', 'never been', 'never had any', 'didnt report any', 'did not report any', 'cant recall any',
    'cannot recall any', 'doesnt recall any',
  ], { gap: 0, targets: 1, only: 'not-medication', limited: true }),
  ...pre('negated', ['doesnt take', 'does not take', 'dont take', 'do not take', 'isnt on', 'isnt taking'], { gap: 0, only: 'medication' }),
  ...pre('negated', ['stopped', 'discontinued', 'ceased', 'came off', 'previously on', 'no longer takes', 'no longer taking'], { only: 'medication' }),
  ...post('negated', [
    'ruled out', 'was ruled out', 'has been ruled out', 'excluded', 'was excluded', 'negative', 'not present', 'not found',
    'unlikely', 'absent', 'denied', 'not confirmed', 'discounted', 'not detected', 'resolved fully',
    // Over now, in so many words: "gestational diabetes, now resolved". A bare "resolved" (a past
    // problem's status) stays history.
    'now resolved', 'has resolved', 'has now resolved', 'since resolved', 'fully resolved', 'completely resolved', 'resolved completely',
  ], { gap: 4 }),
  // A condition of pregnancy over with it: "gestational diabetes ... resolved after delivery" (not
  // type 1 diabetes or depression beside it).
  ...post('negated', ['resolved after delivery', 'resolved after birth', 'resolved after the birth', 'resolved postnatally', 'resolved postpartum'],
    { gap: 4, targets: 2, only: ['diabetes', 'hypertension', 'pregnancy'] }),
  // "ME/CFS was considered but not diagnosed": the "but" that would end a scope is part of the phrase.
  // Only back to a comma: in "Hypertension, AF suspected but not confirmed" the hypertension stands.
  // Suspected or queried and not (yet) diagnosed is still suspected.
  ...post('negated', ['considered', 'queried', 'suspected', 'investigated', 'explored', 'raised'].flatMap((was) =>
    ['ruled out', 'excluded', 'not found', 'discounted'].map((no) => `${was} but ${no}`)), { gap: 4, untilComma: true }),
  ...post('negated', ['considered', 'investigated', 'explored'].flatMap((was) =>
    ['not diagnosed', 'not confirmed'].map((no) => `${was} but ${no}`)), { gap: 4, untilComma: true }),
  ...post('possible', ['suspected', 'queried', 'raised'].flatMap((was) =>
    ['not diagnosed', 'not confirmed', 'not yet diagnosed', 'not yet confirmed', 'never diagnosed', 'never confirmed'].map((no) => `${was} but ${no}`)), { gap: 4, untilComma: true }),
  // Not yet diagnosed, with whoever queried it between: "Autism queried by school but not diagnosed".
  ...post('possible', ['but not diagnosed', 'but never diagnosed', 'but not formally diagnosed', 'but not confirmed', 'but never confirmed'], { gap: 6, untilComma: true }),
  ...post('negated', ['not a feature'], { gap: 1 }),
  ...post('negated', ['stopped', 'discontinued', 'ceased', 'withdrawn'], { gap: 4, only: 'medication' }),
  // Never taken: "Gliclazide not started", "Insulin was considered but GP opted for metformin".
  ...post('negated', ['not started', 'not yet started', 'never started', 'not commenced', 'not yet commenced', 'never commenced',
    'declined', 'refused', 'never taken', 'not taken', 'discussed but not started'], { gap: 3, only: 'medication' }),
  // A symptom explained as not the heart's: "chest pain, non-cardiac", "musculoskeletal chest pain".
  ...post('negated', ['non cardiac', 'noncardiac', 'not cardiac'], { gap: 2, only: 'signal' }),
  // Explained by a doctor as the chest wall's: "chest pain - musculoskeletal per GP, reproducible on palpation".
  // Not past other words ("Chest pain on exertion, MSK pain in knees" is still chest pain on exertion).
  ...post('negated', ['musculoskeletal', 'msk', 'costochondritis', 'reproducible on palpation'], { gap: 0, only: 'signal' }),
  // Explained once looked into: "Chest pain investigated by cardiology, non-cardiac", "chest pain
  // found to be musculoskeletal". Not "thought to be" or "likely": a guess is still a check.
  ...post('negated', [
    ...['found to be', 'confirmed as', 'confirmed to be', 'diagnosed as', 'shown to be'].flatMap((found) =>
      ['musculoskeletal', 'msk', 'non cardiac', 'noncardiac', 'costochondritis', 'reflux', 'gord', 'indigestion', 'muscular'].map((cause) => `${found} ${cause}`)),
    'confirmed non cardiac', 'no cardiac cause', 'no cardiac cause found', 'cardiac cause excluded', 'cardiac causes excluded',
    'cardiac cause ruled out', 'cardiac causes ruled out', 'musculoskeletal in origin', 'investigated non cardiac', 'cardiology non cardiac',
  ], { gap: 6, only: 'signal' }),
  ...pre('negated', ['non cardiac', 'noncardiac', 'musculoskeletal', 'msk'], { gap: 0, targets: 1, only: 'signal' }),
  ...pre('possible', ['?', '? query'], { gap: 1, targets: 1 }),
  ...pre('possible', [
    'query', 'querying', 'queried', 'possible', 'possibly', 'probable', 'probably', 'suspected', 'suspect', 'suspicion of', 'likely',
    'may have', 'might have', 'could have', 'could be', 'may be', 'rule out', 'to rule out', 'r/o', 'at risk of', 'risk of',
    'high risk of', 'increased risk of', 'at high risk of', 'cannot exclude', 'cant exclude', 'cannot rule out', 'cant rule out',
    'unable to exclude', 'unable to rule out', 'not able to exclude',
    // "She is not sure whether she is pregnant": longer than the pronoun, so it does not end the scope.
    ...['not sure whether', 'not sure if', 'unsure whether', 'unsure if', 'uncertain whether', 'uncertain if', 'does not know if',
      'doesnt know if', 'does not know whether', 'wonders if', 'wondering if',
      // "We query whether she now meets the criteria for ME/CFS", "It is unclear whether he has COPD".
      'query whether', 'query if', 'queried whether', 'querying whether', 'question whether', 'questioning whether',
      'questioned whether', 'unclear whether', 'unclear if', 'not clear whether', 'not clear if', 'wonder whether',
      'wonder if', 'wonders whether', 'wondered whether', 'wondered if', 'wondering whether']
      // "is not sure" too, or "is not" would take the words first.
      .flatMap((doubt) => (doubt.startsWith('not ') ? [doubt, `is ${doubt}`, `was ${doubt}`] : [doubt]))
      .flatMap((doubt) => [doubt, `${doubt} she is`, `${doubt} he is`, `${doubt} she has`, `${doubt} he has`, `${doubt} she might be`, `${doubt} she may be`,
        `${doubt} she meets`, `${doubt} he meets`, `${doubt} she now meets`, `${doubt} he now meets`, `${doubt} they meet`, `${doubt} this is`]),
    'not ruled out', 'not excluded', 'cannot be excluded', 'differential', 'differentials', 'ddx', 'provisional', 'provisional diagnosis',
    'working diagnosis', 'awaiting diagnosis', 'awaiting assessment for', 'referred for assessment of',
    'referred for assessment for', 'assessment for', 'being assessed for', 'under investigation for', 'investigations for',
    'investigated for', 'being investigated for', 'waiting list for', 'on the waiting list for', 'signs of', 'early signs of',
    'features of', 'symptoms suggestive of', 'suggestive of', 'consistent with', 'borderline', 'self diagnosed', 'thinks he has',
    'thinks she has', 'thinks they has', 'thinks they have', 'believes he has', 'believes she has', 'believes they have',
    'think he has', 'think she has', 'think they have',
    // "Mum wonders if she has ADHD": the subject after "if" is no new statement.
    ...['wonders if', 'wonder if', 'wondering if', 'wonders whether', 'wondering whether', 'queries whether', 'questions whether'].flatMap((w) =>
      ['', ' she has', ' he has', ' they have', ' she might have', ' he might have', ' she may have', ' he may have',
        ' she could have', ' he could have', ' she is', ' he is', ' her own', ' his own', ' it is', ' this is',
        ' it could be', ' this could be', ' it might be'].map((who) => w + who)),
    'concern for', 'considering', 'consider', 'planning', 'trying for', 'trying to conceive', 'if', 'in case of', 'prevent',
    'preventing', 'prevention of', 'reduce the risk of', 'reduces the risk of',
  ]),
  // "Awaiting ECG for palpitations", not "awaiting THR, mobilises with a frame".
  ...pre('possible', ['awaiting'], { untilComma: true }),
  // "She might be pregnant", "may be early dementia".
  ...pre('possible', ['might be', 'may be', 'could be', 'might have', 'may have', 'could have'], { gap: 1 }),
  ...pre('hypothetical', ['worried she might be', 'worried she may be', 'thinks she might be', 'thinks she may be', 'worried she could be'], { gap: 1 }),
  // "Asthma not excluded": still possible, not a diagnosis.
  ...post('possible', ['not excluded', 'not ruled out', 'not yet excluded', 'not yet ruled out', 'cannot be excluded', 'cannot be ruled out'], { gap: 1 }),
  ...post('possible', ['query', 'queried', 'suspected', 'possible', 'likely', 'unconfirmed', 'to be confirmed', 'tbc', 'provisional',
    'pending', 'under investigation', 'being investigated', 'not yet diagnosed', 'not formally diagnosed', 'risk'], { gap: 2 }),
  ...post('possible', ['assessment', 'assessment pending', 'traits', 'features', 'screen', 'screening', 'referral'], { gap: 1, only: NEURODEVELOPMENTAL }),
  ...pre('family', [
    'mother', 'mum', 'mom', 'father', 'dad', 'brother', 'brothers', 'sister', 'sisters', 'sibling', 'siblings', 'parent', 'parents',
    'grandmother', 'grandfather', 'grandma', 'grandpa', 'grandad', 'granddad', 'nan', 'nana', 'nanna', 'gran', 'grandparent',
    'grandparents', 'aunt', 'auntie', 'aunty', 'uncle', 'cousin', 'cousins', 'family history',
    'family history of', 'family hx', 'fam hx', 'fh of', 'fhx', 'fh', 'family member', 'family members', 'relative',
    'relatives', 'niece', 'nephew', 'twin', 'stepfather', 'stepmother', 'step father', 'step mother', 'stepson', 'stepdaughter',
    'maternal', 'paternal',
    // "Maternal aunt had anorexia nervosa": one relative, not two triggers in a row.
    ...['maternal', 'paternal'].flatMap((side) => ['aunt', 'auntie', 'uncle', 'grandmother', 'grandfather', 'grandma', 'grandpa', 'gran', 'nan', 'grandparents', 'cousin', 'cousins', 'side', 'family'].map((who) => `${side} ${who}`)),
    'friend', 'friends', 'flatmate', 'colleague', 'cares for', 'carer for', 'caring for', 'first degree relative',
    // Others in a group or on a ward: "Group member B has ME", "Another patient on the ward had an eating disorder".
    'group member', 'another group member', 'fellow group member', 'another patient', 'another client', 'another service user',
    'housemate', 'neighbour', 'neighbor', 'roommate',
    ...BABY_RELATIVES,
    // "Son born 2010 has epilepsy": the phrase swallows "son", so it carries that word's trigger.
    'son born', 'daughter born', 'twins born', 'son was born', 'daughter was born', 'twins were born', 'child born', 'child was born',
  ]),
  // A partner's baby's age is hers too ("lives with partner and their 4 month old daughter"), though
  // a partner's birth or postnatal depression is theirs ("His partner gave birth 3 weeks ago").
  ...pre('family', ['husband', 'partner', 'boyfriend', 'girlfriend', 'spouse', 'fiance', 'fiancee'], { only: 'not-baby-age' }),
  // Children: a child's own age as a baby is hers to read ("Her son is 3 months old": see reachForward).
  ...pre('family', ['wife', 'son', 'sons', 'daughter', 'daughters', 'child', 'children']),
  // A father's baby is not his time after birth: "father of a 4 month old baby".
  ...pre('family', ['father', 'dad', 'daddy'].flatMap((m) => ['of', 'to'].flatMap((p) => [`${m} ${p} a`, `${m} ${p} an`])), { untilComma: true }),
  // Grandchildren come up mostly in the person's own goals ("Babysits grandchildren, recurrent
  // falls", "plays with her grandchildren despite COPD"), so they take what follows only as the
  // subject of a plain predicate: "Her granddaughter has asthma".
  ...pre('family', ['granddaughter', 'grandson', 'grandchild', 'grandchildren', 'granddaughters', 'grandsons'].flatMap((g) =>
    ['has', 'have', 'had', 'is', 'was', 'also has', 'both have', 'has been diagnosed with', 'was diagnosed with', 'is diagnosed with', 'diagnosed with'].map((v) => `${g} ${v}`)), { gap: 1 }),
  // A baby is the person's own time after birth ("Baby born 6 weeks ago", "baby is 10 weeks old"),
  // but what the baby has or had is the baby's: "Baby had a fall yesterday", "Baby has eczema".
  ...pre('family', ['baby', 'the baby', 'newborn'].flatMap((b) =>
    ['has', 'had', 'has had', 'also has', 'has been diagnosed with', 'was diagnosed with', 'diagnosed with'].map((v) => `${b} ${v}`)), { gap: 1 }),
  // Or with an aside: "Grandson, aged 10, has type 1 diabetes", "her granddaughter, who is 6, has asthma".
  ...pre('family', ['granddaughter', 'grandson', 'grandchild', 'grandchildren', 'granddaughters', 'grandsons'], { afterAside: true }),
  // A cause of death is never the living person's: "He died of a stroke in 2019".
  ...pre('family', ['died of', 'died from', 'passed away from', 'passed away with', 'died following', 'death from', 'death due to'], { gap: 1 }),
  // She is the mother: "Mum of a 15 year old with anorexia" is the child's anorexia and age, but
  // "mum to a 9 month old baby" and "Mother of a newborn" are her own time after birth, and what
  // follows a comma or "and" is hers again ("Mother of a 6 week old baby, struggling with low
  // mood", "Mother of a 2 year old and 30 weeks pregnant").
  ...pre('family', ['mother', 'mum', 'mom', 'mummy'].flatMap((m) => ['of', 'to'].flatMap((p) => [`${m} ${p} a`, `${m} ${p} an`])),
    { only: 'not-postnatal', untilComma: true }),
  // "Mum to 8 week old twins" is hers too; "Mum to 3, one with type 1 diabetes" the child's.
  ...pre('family', ['mother to', 'mum to', 'mom to', 'mummy to'], { only: 'not-postnatal' }),
  ...post('family', ['in mother', 'in father', 'in brother', 'in sister', 'in family', 'in the family', 'runs in the family', 'mother', 'father',
    'brother', 'sister', 'son', 'daughter', 'mum', 'dad', 'wife', 'husband', 'partner', 'grandmother', 'grandfather', 'fh', 'family history'], { gap: 1 }),
  ...pre('hypothetical', [
    'worried about', 'worries about', 'worry about', 'worrying about', 'worried she has', 'worried he has', 'worried they have',
    'fear of', 'fears of', 'fears', 'afraid of', 'scared of', 'frightened of', 'preoccupied with', 'preoccupation with',
    'convinced she has', 'convinced he has', 'convinced they have', 'anxious about', 'concerned about', 'concerns about',
    'screening for', 'screened for', 'screen for', 'information about', 'leaflet on', 'leaflet about', 'education about',
    'avoid', 'avoids', 'avoiding',
    // What to do if something happens, not what has: "stop if she gets chest pain". Longer than the
    // pronoun, so the pronoun does not end the scope.
    'if she experiences', 'if he experiences', 'if they experience', 'if you experience', 'if she develops', 'if he develops',
    'if they develop', 'if you develop', 'if she gets', 'if he gets', 'if they get', 'if you get', 'should she develop',
    'should he develop', 'should they develop', 'should she experience', 'should he experience', 'should they experience',
    // Safety-netting and plans: "If he has any falls, contact GP", "stop valproate if she becomes pregnant".
    'if she has', 'if he has', 'if they have', 'if you have', 'if she has any', 'if he has any', 'if they have any', 'if you have any',
    'if any', 'if there are any', 'if there is any', 'in the event of', 'should she have', 'should he have', 'should she have any',
    'should he have any', 'if she becomes', 'if she became', 'if she were to become', 'should she become', 'in case she becomes',
    'if she falls', 'if she gets', 'before she becomes', 'planning to become', 'hoping to become', 'wants to become',
    // A fear of the moment, as in panic: "He fears he is having a heart attack".
    ...['fears', 'feared', 'thinks', 'thought', 'worried', 'convinced', 'believes', 'believed', 'feels like', 'felt like', 'feels as if', 'felt as if']
      .flatMap((fear) => ['he is having', 'she is having', 'he was having', 'she was having', 'they are having', 'i am having'].map((who) => `${fear} ${who}`)),
  ], { gap: 3 }),
  // People in general, as psychoeducation or a leaflet speaks of them: "Exercise helps people with
  // COPD", "I explained that people with diabetes who take insulin may need a snack".
  ...pre('hypothetical', ['people with', 'people who have', 'people living with', 'those with', 'those who have', 'anyone with',
    'anyone who has', 'patients with', 'clients with', 'adults with', 'individuals with', 'others with', 'other people with',
    'most people with', 'many people with'], { gap: 2 }),
  // Unless the person is one of them: "Like many people with COPD, she gets breathless", "As someone
  // with anorexia, she ...", "attends a support group for people with ME/CFS" (longer, so they win).
  ...pre('historical', ['like many people with', 'like most people with', 'like other people with', 'like others with', 'like many with',
    'as someone with', 'as somebody with', 'as a person with', 'as a woman with', 'as a man with', 'one of those people with',
    'as with many people with', 'as with many patients with', 'as with other people with',
    ...['group', 'support group', 'programme', 'program', 'course', 'class', 'classes', 'forum', 'network'].flatMap((what) =>
      [`${what} for people with`, `${what} for those with`, `${what} for adults with`, `${what} for women with`, `${what} for men with`])], { gap: 2 }),
  // A symptom that has not changed for years, or has gone, is no new sign (the check is for new,
  // unexplained or worsening ones): "Palpitations for years, unchanged", "Chest pain resolved".
  // Raised, not found: "Autism has been raised by his mother but he has not been assessed".
  ...post('possible', ['has been raised', 'was raised', 'has been queried', 'has been suggested', 'was suggested', 'raised as a possibility'], { gap: 0, targets: 1 }),
  // A drug out of someone's reach is not one they take: "he worries she cannot get insulin".
  ...pre('hypothetical', ['cannot get', 'can not get', 'cant get', 'unable to get', 'struggles to get', 'no access to', 'cannot access', 'cannot afford'], { gap: 0, targets: 1, only: 'medication' }),
  // A double negative hedges: "Bipolar disorder not unlikely" (longer than "unlikely", so it wins).
  ...post('possible', ['not unlikely', 'not impossible', 'cannot be ruled out'], { gap: 2 }),
  ...post('negated', ['unchanged', 'no change', 'not changed', 'no different', 'unchanged for years', 'stable for years'], { gap: 2, only: 'signal', unlessAgain: true }),
  ...post('negated', ['resolved', 'settled', 'has settled', 'now settled'], { gap: 0, only: 'signal', unlessAgain: true }),
  // A drug not yet taken: "GP may start insulin if HbA1c stays high", "Might need gliclazide".
  // Straight before the drug: "might start omitting insulin" is of a drug taken.
  ...pre('hypothetical', ['may start', 'might start', 'may need', 'might need', 'may require', 'might require', 'could start', 'plan to start',
    'plans to start', 'planning to start', 'consider starting', 'will need to start', 'may progress to']
    .flatMap((plan) => [plan, `${plan} on`, `${plan} taking`, `${plan} her on`, `${plan} him on`])
    .concat(['may be started on', 'could be started on', 'may be offered', 'may go on', 'may be put on', 'might be put on', 'may need to start',
      'might need to start', 'due to start', 'is due to start', 'due to start on', 'will be starting', 'about to start', 'waiting to start']),
  { gap: 0, targets: 1, only: 'medication' }),
  // A heading that names a screen is no sign of what it screens for: "Falls screen" over its
  // questions, or before them on its line, which answer it. With its answer on its line ("Falls
  // risk screen: positive"), the answer tells.
  ...post('hypothetical', ['screen', 'screening', 'screen questions', 'screening questions', 'screening tool'],
    { gap: 0, targets: 1, endsBlock: true, only: ['frailty', 'eating-disorder', 'me-cfs', 'pregnancy', 'postnatal'] }),
  // A job or a role, not the person's own condition: "works as a dementia care nurse" (one word
  // at most between, so "works as a nurse, chest pain on shifts" is still hers).
  ...pre('hypothetical', ['works as', 'works in', 'working as', 'working in', 'job as', 'job in', 'employed as', 'volunteers at',
    'volunteers with', 'volunteers in', 'trained as', 'training as'], { gap: 1 }),
  // "Islington Diabetes Service": a condition word inside an organisation's name says nothing about the person.
  ...post('hypothetical', ['service', 'services', 'clinic', 'team', 'centre', 'center', 'society', 'association', 'charity',
    'uk', 'foundation', 'trust', 'network', 'unit', 'group', 'nurse specialist', 'helpline', 'research', 'awareness', 'week',
    'month', 'day', 'support group'], { gap: 0, targets: 1, capital: true }),
  ...pre('historical', [
    'history of', 'hx of', 'hx', 'h/o', 'pmh', 'pmhx', 'past medical history', 'past history of', 'previous', 'previously',
    'prev', 'past', 'prior', 'old', 'remote', 'childhood', 'known', 'known to have', 'in remission from', 'resolved', 'former',
    'ex', 'recovered from',
  ]),
  ...post('historical', ['in remission', 'resolved', 'as a child', 'in childhood', 'in the past', 'previously',
    'in her teens', 'in his teens', 'historical', 'inactive', 'past'], { gap: 3 }),
  // A date dates the event beside it, not a list before a comma: "Pregnant, miscarriage 18 months
  // ago" is pregnant now.
  ...post('historical', ['years ago',
    // More than the year after a birth: "Baby born 18 months ago" is no longer postnatal.
    ...Array.from({ length: 36 }, (_, i) => `${i + 13} months ago`), 'eighteen months ago', 'a year and a half ago',
    'over a year ago', 'more than a year ago'], { gap: 3, oneAcrossComma: true }),
];

// A cue of its own, which also ends a denial (analyse-span.ts): what was diagnosed is so,
// whatever was denied before it ("Not having any low mood since her diagnosis of T2DM").
const SINCE_DIAGNOSIS = ['since', 'since being', 'since she was', 'since he was', 'since they were'].flatMap((since) => since === 'since'
  ? ['diagnosis of', 'diagnosis with', 'her diagnosis of', 'his diagnosis of', 'their diagnosis of', 'the diagnosis of', 'diagnosed with'].map((d) => `${since} ${d}`)
  : [`${since} diagnosed with`]);

// Words that end any trigger's scope: a new subject or a contrast.
export const TERMINATORS: readonly string[] = [
  'but', 'however', 'although', 'though', 'whereas', 'while', 'whilst', 'apart from', 'except', 'except for', 'aside from',
  'other than', 'besides', 'which', 'patient', 'pt', 'client', 'service user', 'he', 'she', 'they', 'himself', 'herself',
  'themselves', 'personally', 'her own', 'his own', 'their own', 'and has', 'and is', 'and was', 'and also', 'yet',
  'presents with', 'presenting with', 'reports', 'complains of', 'c/o', 'then', 'and says', 'and said', 'and describes', 'and mentions',
  // Why a service turned someone away: what follows is what they have, not what they lack.
  'not suitable for', 'unsuitable for', 'not appropriate for', 'inappropriate for', 'excluded from', 'not eligible for',
];

// After a comma these start a new statement about the person.
export const VERBS: readonly string[] = [
  'has', 'have', 'had', 'is', 'was', 'also', 'reports', 'presents', 'describes', 'takes', 'uses', 'suffers', 'experiences',
  'diagnosed', 'lives', 'known',
];

// Words that make an ambiguous abbreviation ("MS", "MI", "RA", "ME") count as a clinical mention.
export const CUES: readonly string[] = [
  ...SINCE_DIAGNOSIS,
  'has', 'have', 'had', 'with', 'suffers from', 'suffering from', 'living with', 'lives with', 'diagnosed', 'diagnosed with',
  'diagnosis', 'diagnosis of', 'dx', 'dx of', 'confirmed', 'relapsing', 'remitting', 'progressive', 'primary', 'secondary',
  'inferior', 'anterior', 'posterior', 'lateral', 'silent', 'acute', 'recent', 'post', 'severe', 'mild', 'moderate', 'stable',
  'seropositive', 'seronegative', 'relapse', 'relapses', 'flare', 'flares', 'flare up', 'nurse', 'fatigue', 'symptoms',
  'since', 'due to', 'secondary to', 'following', 'after',
];

// A status given as a form value: "Diabetes: No", "Asthma [x]", a "Status" cell reading "Active".
export const FORM_VALUES: Readonly<Record<string, FormValue>> = {
  yes: 'yes', y: 'yes', true: 'yes', present: 'yes', positive: 'yes', active: 'yes', current: 'yes', confirmed: 'yes',
  ongoing: 'yes', inactive: 'yes', resolved: 'yes', past: 'yes', historical: 'yes', 'in remission': 'yes', chronic: 'yes',
  'past history': 'yes', controlled: 'yes', diagnosed: 'yes',
  no: 'no', n: 'no', false: 'no', none: 'no', nil: 'no', absent: 'no', negative: 'no', 'no history': 'no', 'not present': 'no',
  'none reported': 'no', 'nil of note': 'no', 'no known': 'no', 'not diagnosed': 'no',
  'ruled out': 'no', excluded: 'no', refuted: 'no', denied: 'no', denies: 'no',
  '?': 'possible', query: 'possible', suspected: 'possible', possible: 'possible', provisional: 'possible', probable: 'possible',
  unconfirmed: 'possible', 'under investigation': 'possible', awaiting: 'possible', differential: 'possible', pending: 'possible',
  family: 'family', 'family history': 'family', fh: 'family',
  unknown: 'unknown', 'not asked': 'unknown', 'not recorded': 'unknown', 'entered in error': 'unknown', 'n/a': 'unknown',
  'not applicable': 'unknown', 'not known': 'unknown', 'y/n': 'unknown', 'yes/no': 'unknown', 'yes / no': 'unknown', 'y / n': 'unknown',
};

// Phrases that contain a condition word without meaning the condition. Matched as whole phrases
// (longest wins), they swallow the word so it is never reported.
export const PSEUDO_TERMS: readonly string[] = [
  // Words that look like a condition and mean something else: a swimming stroke, a figure of speech,
  // a repaired heart defect, appetite lost to an illness, someone's work with pregnant women.
  // A figure that falls, a heading that names a topic: "if weight falls", "Pregnancy and birth:".
  'weight falls', 'weight fell', 'weight falling', 'bmi falls', 'bmi fell', 'score falls', 'scores fall', 'sugars fall', 'sugar falls',
  'pregnancy and birth', 'pregnancy & birth', 'pregnancy and childbirth', 'pregnancy and delivery', 'pregnancy and postnatal',
  'all four strokes', 'four strokes', 'swimming strokes', 'different strokes', 'deaf ear', 'deaf ears',
  ...['advice', 'reason', 'pleas', 'requests', 'suggestions', 'warnings', 'criticism', 'her', 'his', 'their', 'any', 'the advice', 'all advice']
    .map((what) => `deaf to ${what}`),
  // The service's own name on its letterhead: "NHS Talking Therapies for anxiety and depression".
  'talking therapies for anxiety and depression', 'psychological therapies for anxiety and depression',
  'anxiety and depression service', 'depression and anxiety service', 'improving access to psychological therapies',
  'asd repair', 'asd closure', 'repaired asd', 'asd (atrial septal defect', 'atrial septal defect (asd',
  'appetite (anorexia', 'anorexia (loss of appetite', 'anorexia (poor appetite', 'anorexia (reduced appetite', 'cancer anorexia',
  'cancer related anorexia', 'anorexia cachexia', 'anorexia and cachexia', 'anorexia secondary to', 'anorexia due to chemo',
  'anorexia due to chemotherapy',
  ...['midwife on the', 'midwife in the', 'midwife at the', 'nurse on the', 'works on the', 'works in the', 'works at the', 'teaches',
    'teaches a', 'teaches the', 'runs a', 'runs the', 'leads a', 'leads the', 'instructor for a', 'teacher for a'].flatMap((work) =>
    ['antenatal', 'postnatal', 'post natal', 'ante natal'].map((what) => `${work} ${what}`)),
  // "Asthma vs. COPD": an abbreviation's full stop, which ends no sentence.
  'vs.',
  // What falls that is not a person: "His mood has fallen over the summer".
  ...['mood', 'scores', 'score', 'weight', 'bp', 'sugar', 'sugars', 'levels', 'attendance', 'motivation', 'energy', 'income', 'appetite', 'hba1c']
    .flatMap((what) => ['has fallen', 'have fallen', 'had fallen'].map((fell) => `${what} ${fell}`)),
  // A question asked, not a plan for what may happen: "Asked if she has had any falls - three this year".
  ...['asked', 'asks', 'asking', 'enquired', 'enquires', 'checked', 'checking', 'queried', 'wondered'].flatMap((asked) => ['if', 'whether'].flatMap((w) =>
    ['', ' she has', ' he has', ' they have', ' she has had', ' he has had', ' she has any', ' he has any', ' any', ' there are any',
      ' there is any', ' she becomes', ' she gets', ' he gets'].map((then) => `${asked} ${w}${then}`))),
  // An explanation only wondered at leaves the symptom as it was: "Chest pain ? musculoskeletal".
  ...['?', '? ?', '?query', 'query', 'possible', 'possibly', 'likely', 'probably', 'maybe', '?likely'].flatMap((maybe) =>
    ['musculoskeletal', 'msk', 'costochondritis'].flatMap((what) => [`${maybe} ${what}`, ...(maybe.endsWith('?') ? [`${maybe}${what}`] : [])])),
  // Other people who are pregnant, as a job or a trigger: "Sees pregnant women daily at work".
  ...['women', 'woman', 'ladies', 'mothers', 'mums', 'people', 'friends', 'friend', 'colleagues', 'colleague', 'patients', 'clients', 'teenagers']
    .map((who) => `pregnant ${who}`),
  // Diagnosed after all: "Asthma was queried but not diagnosed until age 30".
  ...['considered', 'queried', 'suspected', 'investigated', 'raised', 'explored'].flatMap((was) => ['not diagnosed', 'not confirmed'].flatMap((no) =>
    ['until', 'till', 'until age', 'until aged', 'till age'].map((until) => `${was} but ${no} ${until}`))),
  // A letter's request, not a doubt: "I would be grateful if you could see this man with anxiety".
  'grateful if', 'appreciate it if', 'appreciated if', 'glad if', 'if you could', 'if you would', 'if you can', 'if possible',
  // A questionnaire's name, not a diagnosis: "Depression questionnaire: PHQ-9 = 10".
  ...['depression', 'anxiety', 'mood'].flatMap((what) => ['questionnaire', 'questionnaires', 'scale'].map((tool) => `${what} ${tool}`)),
  // A change denied, not the condition: "No change in symptoms of depression", "No improvement in anxiety".
  ...['no', 'not much', 'little', 'no real', 'no significant', 'no clear', 'no further'].flatMap((no) =>
    ['change in', 'change to', 'improvement in', 'improvement with', 'reduction in', 'better with', 'worsening of', 'worsening in',
      'deterioration in', 'deterioration of', 'increase in'].map((what) => `${no} ${what}`)),
  // The name of a form's field, not a time after birth ("Perinatal history: nil").
  'perinatal history', 'obstetric and perinatal history', 'perinatal and obstetric history',
  // A pregnancy's babies, not relatives the sentence goes on about: "Partner is 30/40 with twins and has ...".
  'with twins', 'with triplets',
  'st depression', 'st segment depression', 'st depressions', 'respiratory depression', 'depressed fracture', 'depressed skull fracture',
  'bone marrow depression', 'cns depression', 'antidepressant', 'anti depressant', 'anti depressants',
  'ms teams', 'ms word', 'ms office', 'ms excel', 'ms outlook', 'ms forms', 'ms access', 'ms paint', 'ms dynamics', 'ms 365',
  'ms edge', 'ms sql', 'ms windows', 'ms powerpoint', 'ms onenote', 'ms sharepoint', 'ms project', 'ms azure', 'mi techniques',
  'mi technique', 'mi skills', 'mi approach', 'mi style', 'mi spirit', 'mi based', 'mi session', 'mi sessions', 'mi principles',
  'mi training', 'cancer screening', 'bowel cancer screening', 'breast cancer screening', 'cervical cancer screening',
  'lung cancer screening', 'prostate cancer screening', 'cancer research', 'cancer research uk', 'cancer risk factors',
  'ca2+', 'heat stroke', 'heatstroke', 'sun stroke', 'sunstroke', 'breast stroke', 'back stroke', 'stroke of luck', 'strokes the',
  'falls asleep', 'falls within', 'falls under', 'falls short', 'falls into', 'falls on', 'falls in love', 'falls out', 'falls apart',
  'falls behind', 'falls through', 'falls to', 'a fall in', 'a fall of', 'fall out', 'fallen out', 'fallen asleep', 'fallen behind',
  'fallen through', 'fallen apart', 'fallen pregnant', 'a fall out', 'niagara falls', 'victoria falls', 'mood falls',
  // "Had baby scan", "Had baby taken into care", "Had baby at 16": not a birth lately.
  ...['blues', 'brain', 'shower', 'loss', 'weight', 'scan', 'scans', 'moving', 'seat', 'taken', 'removed', 'adopted', 'at', 'check',
    'clinic', 'group', 'massage', 'clothes', 'things', 'stuff', 'monitor', 'kicking', 'kicks', 'movements', 'aspirin', 'teeth', 'brother',
    'sister', 'names', 'name', 'photos', 'pictures', 'with', 'when', 'sitter', 'sitting'].map((w) => `had baby ${w}`),
  // What someone feels about a thing, not a denial of it: "Husband not supportive of pregnancy".
  ...['supportive of', 'aware of', 'told about', 'told of', 'coping with', 'happy about', 'happy with', 'pleased about', 'keen on',
    'involved in', 'involved with', 'sure about', 'worried about', 'bothered about'].map((what) => `not ${what}`),
  'no longer involved',
  // Drink words that are no drinking: "drinks heavily caffeinated drinks", advice about it.
  'drinks heavily caffeinated', 'heavy drinking culture', 'binge drinking advice', 'risks of heavy drinking', 'risks of binge drinking',
  'risk of heavy drinking', 'heavy drinking advice',
  // Gaps in memory, not a faint: "memory blackouts after heavy drinking" (what follows still counts).
  'memory blackouts', 'memory blackout',
  'falls assessment', 'falls prevention', 'falls prevention advice',
  'fall assessment', 'fall prevention', 'fall prevention advice',
  // A risk rated low is no sign of falls: "Low falls risk" (and "Falls risk: low", riskRated).
  'low fall risk', 'low falls risk', 'low risk of falls',
  'passed out leaflets', 'passed out the leaflets', 'passed out information', 'passed out of',
  'insulin resistance', 'insulin resistant', 'atrial septal defect',
  'cancer check', 'skin cancer check', 'mole check', 'phobia scale', 'iapt phobia scale',
  // Another person's date of birth.
  'baby dob', 'babys dob', 'baby date of birth', 'babys date of birth', 'childs dob', 'child dob',
  'double blind', 'single blind', 'blind spot', 'blind spots', 'colour blind', 'color blind', 'colour blindness', 'blind date',
  'blinds', 'roller blind', 'blind eye', 'turned a blind eye', 'turn a blind eye', 'deaf ear', 'a deaf ear',
  'wheelchair accessible', 'wheelchair access', 'wheelchair friendly', 'wheelchair users welcome', 'wheelchair user friendly',
  'non alcoholic', 'nonalcoholic', 'alcoholic drinks', 'alcoholic drink', 'alcoholic beverages', 'alcohol free', 'gambling addiction',
  'gaming addiction', 'shopping addiction', 'sex addiction', 'phone addiction', 'social media addiction', 'internet addiction',
  'rheumatoid factor', 'malignant hyperthermia', 'neuroleptic malignant syndrome', 'congenital heart disease',
  'valvular heart disease', 'rheumatic heart disease', 'ureteric stent', 'ureteral stent', 'biliary stent', 'pregnancy test',
  'pregnancy tests', 'termination of pregnancy', 'pregnancy loss', 'loss of pregnancy', 'previous pregnancy', 'previous pregnancies',
  'previous pregnancy loss', 'pregnancies', 'ectopic pregnancy', 'teenage pregnancy', 'mother of', 'father of', 'single mother',
  'single father', 'single parent', 'as a mother', 'as a father', 'as a parent', 'mother in law', 'father in law', 'parent company',
  'parenting', 'grandparenting', 'diabetes insipidus', 'diabetic eye screening', 'diabetic retinopathy screening', 'diabetic foot check',
  'pulmonary hypertension', 'intracranial hypertension', 'ocular hypertension', 'portal hypertension', 'white coat hypertension',
  'non epileptic', 'non epileptic seizures', 'non epileptic attack disorder', 'dissociative seizures', 'functional seizures',
  'febrile seizures', 'febrile convulsion', 'psychogenic non epileptic seizures', 'non cardiac chest pain', 'musculoskeletal chest pain',
  'chest wall pain', 'anxiety management', 'anxiety provoking', 'anxiety-provoking', 'anxiety scale', 'anxiety scales', 'anxiety disorders service',
  'depression scale', 'depression screening', 'depression and anxiety service', 'panic button', 'panic buttons', 'hearing test',
  'hearing tests', 'hearing loop', 'obesity paradox', 'sleep hygiene', 'stent free', 'bipolar disorder service',
];
