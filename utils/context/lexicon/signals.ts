import type { SafetyFlag } from '../schema.ts';

// Phrases that raise a safety flag on their own (conditions that raise flags carry a `signal` in
// conditions.ts). A flag is raised only by a present mention: never negated, hedged or a relative's.
// needsQualifier: breathlessness alone is expected in COPD or asthma; it counts only when the page
// calls it new, unexplained, worsening or at rest (CONTENT-BRIEF "Risk and safety").
// pronoun: the phrase opens with "she" or "he", who may be a relative just named (relativeBefore).
// clauseStart: the phrase has no subject and counts only where a clause opens with it ("Drinking
// heavily; fell twice last month"): the person, whom notes leave unsaid.
// nounFall: "fall" the noun with when, which counts where it opens a clause or follows "a", "had a",
// "reports one" ("Fall 2 weeks ago at home"), not where a reading fell ("BP fall yesterday").
// againFell: "and again yesterday" after a fall told earlier in the sentence ("Fell 14 months ago and
// again yesterday"): the fall came back lately.
export type SignalSpec = { t: string; flag: SafetyFlag; needsQualifier?: true; pronoun?: 'she' | 'he'; clauseStart?: true; nounFall?: true; againFell?: true };

const flag = (f: SafetyFlag, terms: readonly string[], extra: Partial<SignalSpec> = {}): SignalSpec[] => terms.map((t) => ({ t, flag: f, ...extra }));

// "Fell and hit her head", "fell and broke his wrist": the injury of a person's fall (not "a box fell
// and hit her foot", "the market fell and hit her pension").
const FELL_AND_INJURED: readonly string[] = [
  ...['hit', 'banged', 'bumped'].flatMap((verb) => [`fell and ${verb} her head`, `fell and ${verb} his head`]),
  ...['broke', 'fractured', 'injured', 'hurt', 'bruised', 'sprained', 'twisted', 'cut', 'grazed'].flatMap((verb) =>
    ['her', 'his'].flatMap((whose) => ['wrist', 'hip', 'arm', 'leg', 'ankle', 'knee', 'knees', 'back', 'shoulder', 'ribs', 'nose', 'elbow', 'hand', 'foot', 'face', 'head']
      .map((part) => `fell and ${verb} ${whose} ${part}`))),
];

const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

// "Pt fell twice": the person as the subject. These start with a word that ends a relative's
// scope, so compile.ts gives them that role too.
const FELL_TAILS = ['twice', 'three times', 'four times', 'several times', 'a few times', 'a couple of times', 'a number of times',
  'multiple times', 'last week', 'last month', 'last year', 'recently', 'yesterday', 'at night', 'in the night', 'in town',
  'backwards', 'forwards', 'once', '2 times', '3 times', '4 times', '5 times', 'while out', 'on stairs', 'on the stairs',
  // "Fell x2 last month": a count in shorthand.
  'x2', 'x3', 'x4', 'x5', 'x 2', 'x 3', 'x 4', 'x 5',
  'down the stairs', 'down stairs', 'downstairs',
  // "He fell in January and hurt his hip", "She fell 3 weeks ago": when, lately. Not years ago.
  ...['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
    'the summer', 'the winter', 'the spring', 'the autumn', 'the snow'].map((when) => `in ${when}`),
  ...WEEKDAYS.flatMap((day) => [`last ${day}`, `on ${day}`]),
  'this year', 'this month', 'this week', 'this morning', 'last night', 'at the weekend', 'over the weekend', 'on holiday',
  // "She fell again yesterday": again with a time (alone, "fell again" is as often a figure of speech).
  ...['yesterday', 'today', 'last week', 'last night', 'last month', 'this week', 'this morning', 'recently', 'at home', 'in the garden',
    'in the street', 'in the shower', 'on the stairs'].map((when) => `again ${when}`),
  ...['a', 'one', 'two', 'three', 'four', 'five', 'six', 'a few', 'a couple of', 'several', '1', '2', '3', '4', '5', '6']
    .flatMap((n) => ['days', 'weeks', 'months'].map((unit) => `${n} ${n === 'a' || n === 'one' || n === '1' ? unit.slice(0, -1) : unit} ago`))];
const FALL_WHEN = ['yesterday', 'last night', 'this week', 'this morning', 'at the weekend', 'over the weekend',
  ...WEEKDAYS.flatMap((day) => [`last ${day}`, `on ${day}`]),
  ...['a', 'one', 'two', 'three', 'four', 'five', 'six', 'a few', 'a couple of', 'several', '1', '2', '3', '4', '5', '6']
    .flatMap((n) => ['days', 'weeks', 'months'].map((unit) => `${n} ${n === 'a' || n === 'one' || n === '1' ? unit.slice(0, -1) : unit} ago`))];
export const SUBJECT_FELL: readonly string[] = ['pt', 'patient', 'client'].flatMap((who) =>
  [...FELL_TAILS, 'again', 'off her bike', 'off his bike'].map((tail) => `${who} fell ${tail}`));

// "She fell twice last month": in a record, "she" or "he" is most often the person, so a fall counts
// (a falls prompt is the safe side of unsure), unless a relative who opens the sentence before was
// just named ("Her husband has Parkinson's; he fell twice"). Not "again", which speaks in a figure
// as often ("she fell again into old patterns"), nor "pregnant", "asleep" or "behind".
const PRONOUN_FELL: readonly SignalSpec[] = (['she', 'he'] as const).flatMap((who) =>
  [...FELL_TAILS, `off ${who === 'she' ? 'her' : 'his'} bike`].map((tail) => ({ t: `${who} fell ${tail}`, flag: 'falls' as const, pronoun: who })));

export const SIGNAL_TERMS: readonly SignalSpec[] = [
  ...flag('cardiac-symptoms', [
    'chest pain', 'chest pains', 'chest tightness', 'tight chest', 'chest discomfort', 'exertional chest pain', 'angina on exertion',
    'palpitations', 'palpitation', 'heart racing', 'racing heart', 'irregular heartbeat', 'blackout', 'blackouts', 'blacking out',
    'blacked out', 'black outs', 'syncope', 'syncopal', 'syncopal episode', 'syncopal episodes', 'fainting', 'faints', 'fainted',
    // "Passed out at the gym": a faint in plain words. A collapse only where it happened, not "collapsed in tears".
    'passed out', 'passing out', 'passes out', 'collapsed at home', 'collapsed at work', 'collapsed in the street',
    'collapsed while walking', 'unexplained collapse', 'collapse at home',
    'collapse on exertion', 'collapsed on exertion', 'collapsed while exercising', 'dizzy on exertion', 'dizziness on exertion',
    'loss of consciousness', 'lost consciousness', 'losing consciousness', 'loses consciousness', 'orthopnoea', 'orthopnea',
    'breathless at rest', 'breathlessness at rest', 'short of breath at rest', 'unexplained breathlessness',
    'new breathlessness', 'worsening breathlessness', 'pain in chest', 'pain in the chest', 'pain in her chest',
    'pain in his chest', 'pain in my chest', 'tightness in chest', 'tightness in the chest', 'tightness in her chest',
    'tightness in his chest', 'tightness in my chest', 'cp on exertion', 'exertional cp', 'collapsed at the gym',
    // "CP on walking up stairs": chest pain in shorthand, where the words say it comes with effort.
    ...['on walking', 'when walking', 'walking uphill', 'on walking uphill', 'on stairs', 'on the stairs', 'walking up stairs',
      'on walking up stairs', 'climbing stairs', 'on climbing stairs', 'going up stairs', 'on going up stairs', 'on exercise',
      'when exercising', 'during exercise', 'at rest', 'on minimal exertion'].map((when) => `cp ${when}`),
    'collapsed while running', 'collapsed during exercise', 'faint on exertion', 'feels faint on exertion', 'felt faint on exertion',
    'lightheaded on exertion', 'light headed on exertion', 'paroxysmal nocturnal dyspnoea', 'paroxysmal nocturnal dyspnea',
    // Chest tightness and pressure in plain words.
    ...['tight feeling', 'tightness', 'heaviness', 'heavy feeling', 'pressure'].flatMap((what) =>
      ['in', 'across'].flatMap((where) => ['chest', 'the chest', 'her chest', 'his chest', 'my chest'].map((chest) => `${what} ${where} ${chest}`))),
    'chest feels tight', 'chest felt tight', 'chest heaviness', 'chest pressure',
    'near faint', 'near faints', 'near fainting', 'presyncope', 'presyncopal', 'presyncopal episode', 'presyncopal episodes',
    'pre syncope', 'pre syncopal',
    // A faint as a noun: "one faint since October", "a faint episode yesterday".
    'faint episode', 'faint episodes', 'fainting episode', 'fainting episodes', 'one faint', 'two faints', 'several faints',
    'had a faint', 'a faint yesterday', 'a faint last week',
    // Breathlessness beyond the person's usual.
    'more breathless than usual', 'more short of breath than usual', 'breathless more than usual', 'more breathless than before',
    // Faintness brought on by walking is exertional too.
    ...['light headed', 'lightheaded', 'dizzy', 'faint', 'feels faint', 'felt faint'].flatMap((how) =>
      ['walking', 'when walking', 'on walking', 'while walking', 'walking uphill', 'on stairs', 'on the stairs', 'climbing stairs',
        'when climbing stairs', 'climbing the stairs', 'when climbing the stairs', 'going up stairs', 'going up the stairs',
        'on climbing stairs', 'on exercise', 'when exercising', 'during exercise'].map((when) => `${how} ${when}`)),
  ]),
  ...flag('cardiac-symptoms', [
    'breathlessness', 'breathless', 'shortness of breath', 'short of breath', 'sob', 'soboe', 'dyspnoea', 'dyspnea',
    // On exertion is how COPD and asthma feel too: still only with a word that makes it count.
    'sob on exertion', 'short of breath on exertion', 'shortness of breath on exertion', 'breathless on exertion',
    'breathlessness on exertion', 'dyspnoea on exertion', 'dyspnea on exertion', 'exertional dyspnoea', 'exertional dyspnea',
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
    'very low bmi', 'severely underweight', 'dangerously underweight', 'low weight', 'extremely underweight', 'purging',
    'purges', 'purged', 'self induced vomiting', 'induced vomiting', 'making herself sick',
    'making himself sick', 'makes herself sick', 'makes himself sick', 'laxative misuse', 'laxative abuse', 'misusing laxatives',
    'binge purge', 'binge/purge', 'binge purge cycles', 'bingeing/purging', 'binging/purging',
    ...['laxatives', 'diet pills', 'diuretics'].flatMap((what) => [`using ${what} to control weight`, `using ${what} to lose weight`,
      `taking ${what} to control weight`, `taking ${what} to lose weight`, `uses ${what} to control weight`, `uses ${what} to lose weight`]),
    // Restriction to lose or control weight, or to a stated few calories.
    ...['restricting food intake', 'restricting calories', 'restricting her intake', 'restricting his intake', 'restricting intake',
      'restricting what she eats', 'restricting what he eats', 'restricting her eating', 'restricting his eating'].flatMap((did) =>
      [`${did} to lose weight`, `${did} to control weight`, `${did} to under`, `${did} to less than`, `${did} to around`]),
    'restrictive eating', 'calorie restriction to lose weight', 'severe calorie restriction', 'severely restricting food',
    'severely restricting calories', 'severely restricting intake',
    // Under an eating disorders team, by its short name.
    ...['under the', 'known to the', 'under', 'known to', 'open to the', 'referred to the', 'seen by the'].flatMap((how) =>
      // Not "the ED team" alone, which is as often the emergency department's.
      ['ed service', 'eating disorders team', 'eating disorders service', 'eating disorder team', 'camhs ed team', 'camhs ed service',
        'community ed team', 'community ed service', 'adult ed service'].map((team) => `${how} ${team}`)),
    // Behaviours named in prose, as a habit. Not what is also said of a diet, an illness or one night:
    // "restricting food intake due to IBS", "fear of weight gain on mirtazapine", "made herself sick
    // with worry", "exercising to burn off stress".
    'making herself vomit', 'making himself vomit', 'makes herself vomit', 'makes himself vomit', 'vomiting to lose weight',
    'bingeing and purging', 'binging and purging', 'bingeing and vomiting', 'binging and vomiting', 'bingeing then vomiting',
    'binge and vomit', 'binges and vomits', 'vomiting after binges', 'vomiting after bingeing', 'vomits after binges',
    'exercising to burn calories', 'exercises to burn calories', 'exercising to burn off calories', 'compensatory behaviours',
    'compensatory behaviors',
    // Exercise to undo eating, and counting that rules the day.
    ...['to burn off food', 'to burn off what she eats', 'to burn off what he eats', 'to burn off what she has eaten',
      'to burn off what he has eaten', 'to burn off meals', 'to make up for eating'].flatMap((why) =>
      ['exercising', 'exercises', 'running', 'runs', 'walks', 'walking'].map((act) => `${act} ${why}`)),
    ...['for 2 hours a day', 'for 3 hours a day', 'for 4 hours a day', 'for hours', 'for hours every day'].flatMap((long) =>
      ['to burn off food', 'to burn off calories', 'to burn calories'].map((why) => `exercises ${long} ${why}`)),
    'counts calories obsessively', 'obsessively counts calories', 'obsessive calorie counting', 'obsessively counting calories',
    'counting calories obsessively',
    // Binge eating, which the brief names beside anorexia and bulimia; not "binge drinking".
    'binge eating', 'binge eats', 'binge eating episodes', 'bingeing on food', 'binging on food', 'binges on food',
    'loss of control eating', 'loss of control over eating', 'secret eating', 'eats in secret', 'eating in secret',
    // Exercise that cannot stop for injury or be missed without distress.
    ...['exercising', 'exercises', 'running', 'runs', 'training', 'trains'].flatMap((act) =>
      ['through injury', 'through injuries', 'despite injury', 'despite injuries', 'despite a stress fracture', 'on a stress fracture'].map((how) => `${act} ${how}`)),
    ...['she', 'he'].flatMap((who) => ['panics if', 'distressed if', 'anxious if', 'very anxious if', 'guilty if', 'panics when', 'distressed when'].flatMap((feels) =>
      ['misses a run', 'misses a workout', 'misses a session at the gym', 'cannot exercise', 'can not exercise', 'does not exercise', 'misses exercise',
        `misses ${who === 'she' ? 'her' : 'his'} run`, `misses ${who === 'she' ? 'her' : 'his'} workout`, 'misses the gym'].map((what) => `${feels} ${who} ${what}`))),
    ...['runs', 'trains', 'exercises'].flatMap((act) => ['even with a stress fracture', 'even with an injury', 'even when injured'].map((how) => `${act} every day ${how}`)),
  ]),
  ...flag('falls', ['she has been falling', 'he has been falling', 'pt has been falling', 'patient has been falling', 'client has been falling',
    'has been falling over', 'keeps falling', 'kept falling', 'keeps falling over', 'been having falls', 'keeps having falls', 'having falls',
    'falling frequently', 'falling a lot', 'falling more often', 'reports falling', 'reported falling', 'describes falling', 'falling twice',
    'falling three times', 'falling several times', 'falling at home', 'falling in the street', 'falling in the garden']),
  ...flag('falls', ['falling over', 'fell over', 'fell down', 'tripped and fell', 'slipped and fell', 'falls clinic', 'had a fall',
    'found on the floor', 'found on floor', 'found on the floor by', 'found lying on the floor', 'found her on the floor', 'found him on the floor',
    'lost her footing', 'lost his footing', 'lost her balance and fell', 'lost his balance and fell', 'lost balance and fell',
    'recent fall', 'fall at home', 'fell at home', 'fall in the garden', 'fall on ice', 'fall on the ice', 'fall x1', 'fall x 1',
    'fell in the garden', 'fall on the stairs', 'fell on the stairs', 'fall on stairs', 'fell on stairs', 'fall outside', 'fell outside',
    // The verb with a place or an injury only a person's fall has (FELL_AND_INJURED); "fell again",
    // "fell twice" only after the person (SUBJECT_FELL), as weight, mood, scores and sugars fall too.
    'fell in the street', 'fell in the shower', 'fell in the bathroom', 'fell in the kitchen', 'fell on the ice', 'fell on ice',
    'fell out of bed', 'fell off a ladder', 'fell while walking', 'fell when walking',
    // A trip told with when or where, lately: "Tripped at home last week".
    ...['yesterday', 'last week', 'last night', 'at home', 'outside', 'in the street', 'on the stairs'].map((when) => `tripped ${when}`),
    // A fall told without the word: "Tripped on the kerb and landed on her knees".
    ...['tripped on', 'tripped over', 'slipped on', 'slipped in'].flatMap((did) => ['the kerb', 'a kerb', 'the pavement', 'the stairs', 'a step',
      'the step', 'the rug', 'a rug', 'the ice', 'ice', 'the dog', 'the cat', 'the carpet', 'uneven ground', 'a paving slab', 'the bath',
      'the shower', 'wet floor', 'a wet floor', 'the wet floor', 'a paving stone', 'a loose paving stone', 'a loose paving slab',
      'a curb', 'the curb', 'a pothole', 'the doorstep', 'a doorstep', 'a cable', 'a wire', 'a toy', 'leaves', 'wet leaves'].map((what) => `${did} ${what}`)),
    ...['her', 'his'].flatMap((whose) => ['knees', 'face', 'back', 'hip', 'side', 'wrist', 'bottom'].map((part) => `landed on ${whose} ${part}`)),
    ...FELL_AND_INJURED]),
  // ME/CFS's hallmark, whatever the diagnosis (long COVID too): a graded plan would harm (NICE NG206).
  ...flag('me-cfs', ['post-exertional malaise', 'post exertional malaise', 'postexertional malaise',
    'post-exertional symptom exacerbation', 'post exertional symptom exacerbation', 'crashes after activity', 'crashes after exertion',
    'crashes for days after activity']),
  ...flag('falls', SUBJECT_FELL),
  ...PRONOUN_FELL,
  ...flag('falls', FELL_TAILS.map((tail) => `fell ${tail}`), { clauseStart: true }),
  // "Fall 2 weeks ago at home": the noun with when it happened, lately.
  ...flag('falls', ['fall last week', 'fall last month', 'fall weeks ago', ...FALL_WHEN.map((when) => `fall ${when}`)], { nounFall: true }),
  ...flag('falls', ['yesterday', 'today', 'last week', 'last night', 'last month', 'this week', 'this month', 'this morning', 'recently']
    .flatMap((when) => [`and again ${when}`, `again ${when}`]), { againFell: true }),
];

// Words that make breathlessness count ("new", "unexplained", "worsening", "at rest").
export const QUALIFIERS: readonly string[] = [
  'new', 'new onset', 'unexplained', 'worsening', 'increasing', 'sudden', 'sudden onset', 'at rest', 'on minimal exertion',
  'on mild exertion', 'recent onset', 'getting worse', 'deteriorating', 'progressive', 'unusual', 'severe',
  'increasingly', 'more and more', 'getting more', 'worse over', 'worsened', 'worse recently', 'worse lately', 'worse since',
  'not investigated', 'uninvestigated', 'not yet investigated', 'worse this month', 'worse this week', 'worse this year',
  // Beyond the person's usual: "SOBOE worse than usual".
  'worse than usual', 'worse than normal', 'worse than before', 'worse than her usual', 'worse than his usual', 'worse than baseline',
];
