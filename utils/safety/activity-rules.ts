import type { ClinicalContext } from '../context/schema.ts';
import type { Activity } from '../directory/schema.ts';
import { activeRisks, type RiskId } from './active-risks.ts';

// Plain-English reasons the directory search shows beside (or uses to hide) an activity.
// exclude: do not list it for this person; prefer: rank it higher; caution: list it with this note.
export interface ActivityVerdict {
  exclude?: string;
  prefer?: string;
  caution?: string;
}

// Everything an organiser wrote about the activity, lower-cased once. Directory text is untrusted:
// it is only matched, never rendered from here.
function haystack(activity: Activity): string {
  return [
    activity.name,
    activity.description ?? '',
    activity.timing ?? '',
    ...activity.activities,
    activity.intensity ?? '',
    activity.referral ?? '',
    ...activity.suitableFor,
    ...activity.conditions,
  ]
    .join(' \n ')
    .toLowerCase()
    .replace(/[-_/]+/g, ' ');
}

const WEIGHT_FOCUSED =
  /\b(gym|gyms|weights|weight training|weight lifting|weightlifting|fitness suite|weight loss|lose weight|losing weight|weight management|slimming|slimmers?|calories?|calorie counting|fat burn\w*|body transformation|obesity|bootcamps?|boot camps?|hiit|high intensity)\b/;
const VIGOROUS_WORDS = /\b(vigorous|hiit|high intensity|bootcamps?|boot camps?|sprints?|spin class|spinning|crossfit|marathon|half marathon)\b/;
const GRADED =
  /\b(graded|graded exercise|couch (?:to )?5k|c25k|build(?:s|ing)? up|progressive|progression|gradually increas\w*|step(?:s|ping)? up)\b/;
const PROGRAMME = /\b(programme|program|programmes|programs|course)\b/;
const INCREASING = /\b(increas\w*|progress\w*|build\w*|harder|week \d+|each week|every week)\b/;
const PACING = /\b(pacing|energy management|fatigue management|energy conservation)\b/;
const SUPERVISED = /\b(supervised|cardiac rehab\w*|rehabilitation|rehab|instructor led|physiotherap\w*|physio|exercise referral|professional referral)\b/;
const CARDIAC_REHAB = /\b(cardiac rehab\w*|heart rehab\w*|heart failure|cardiac)\b/;
const STRENGTH_BALANCE =
  /\b(strength and balance|balance|tai chi|taichi|falls prevention|falls|otago|postural stability|chair based|seated|bowls|steady steps)\b/;
const DEMENTIA_FRIENDLY = /\b(dementia friendly|dementia|memory cafe|memory)\b/;
const CONTACT_SPORT =
  /\b(contact sports?|rugby|boxing|kickboxing|kick boxing|martial arts?|judo|karate|taekwondo|tae kwon do|mma|wrestling|ice hockey|american football)\b/;
const LYING_ON_BACK = /\b(pilates|yoga|mat class|floor exercise\w*)\b/;
const PREGNANCY_FRIENDLY = /\b(pregnancy|pregnant|antenatal|aquanatal|prenatal|bump)\b/;
const POSTNATAL_FRIENDLY = /\b(postnatal|post natal|postpartum|buggy|pram|mum and baby|parent and baby|baby|pelvic floor)\b/;
// Not the bare word "run": listings say a class is "run by" an instructor.
const HIGH_IMPACT = /\b(running|jogging|jumping|plyometric\w*|high impact|skipping|fun runs?|run club|running club|5k run|parkrun)\b/;

function isVigorous(activity: Activity, text: string): boolean {
  return activity.intensity === 'vigorous' || VIGOROUS_WORDS.test(text);
}

function isGraded(text: string): boolean {
  return GRADED.test(text) || (PROGRAMME.test(text) && INCREASING.test(text));
}

type Reasons = { exclude: string[]; prefer: string[]; caution: string[] };

// One function per risk keeps each rule readable beside its source. Order in RULE_ORDER decides which
// reason is read first when several apply: the most serious situation leads.
const RULES: Partial<Record<RiskId, (activity: Activity, text: string, out: Reasons) => void>> = {
  'cardiac-symptoms': (activity, text, out) => {
    if (isVigorous(activity, text)) {
      out.exclude.push('not suggested with new or exertional heart symptoms: vigorous activity before medical review');
      return;
    }
    if (activity.referral === 'professional-referral' || SUPERVISED.test(text) || CARDIAC_REHAB.test(text)) {
      out.prefer.push('supervised or rehabilitation option, suited to heart symptoms');
    }
    out.caution.push('new or exertional heart symptoms: seek medical review before increasing activity (confirm locally)');
  },
  'eating-disorder': (_activity, text, out) => {
    if (WEIGHT_FOCUSED.test(text) || isVigorous(_activity, text)) {
      out.exclude.push('not suggested with an eating disorder: gym, weight-focused or vigorous');
      return;
    }
    out.caution.push("eating disorder: agree any activity with the eating-disorder team's plan first");
  },
  'me-cfs': (activity, text, out) => {
    if (isGraded(text)) {
      out.exclude.push('not suggested with ME/CFS: graded or progressive programme (NICE NG206)');
      return;
    }
    if (isVigorous(activity, text)) {
      out.exclude.push('not suggested with ME/CFS: vigorous activity');
      return;
    }
    if (PACING.test(text) || activity.conditions.includes('me-cfs')) out.prefer.push('built around pacing and energy management');
    else out.caution.push('ME/CFS: only within their energy limits, at their own pace');
  },
  'long-covid': (activity, text, out) => {
    if (isGraded(text)) {
      out.exclude.push('not suggested with long COVID fatigue: graded or progressive programme (pacing first; confirm locally)');
      return;
    }
    if (isVigorous(activity, text)) {
      out.caution.push('long COVID: vigorous activity can worsen symptoms; pace within energy limits (confirm locally)');
      return;
    }
    if (PACING.test(text) || activity.conditions.includes('long-covid')) out.prefer.push('built around pacing and energy management');
  },
  pregnancy: (activity, text, out) => {
    if (CONTACT_SPORT.test(text)) {
      out.exclude.push('not suggested in pregnancy: contact sport');
      return;
    }
    if (PREGNANCY_FRIENDLY.test(text)) out.prefer.push('designed for pregnancy');
    if (isVigorous(activity, text)) out.caution.push('pregnancy: vigorous activity only if already used to it; check with the midwife (confirm locally)');
    if (LYING_ON_BACK.test(text)) out.caution.push('pregnancy: after 16 weeks avoid exercises lying flat on the back');
  },
  postnatal: (activity, text, out) => {
    if (POSTNATAL_FRIENDLY.test(text)) out.prefer.push('suits the months after birth');
    if (isVigorous(activity, text) || HIGH_IMPACT.test(text)) {
      out.caution.push('after birth: build back gradually to vigorous or high-impact activity; pelvic floor first (confirm locally)');
    }
  },
  'hypo-risk': (_activity, _text, out) => {
    out.caution.push('risk of hypos: carry fast-acting sugar and agree any adjustments with the diabetes team (confirm locally)');
  },
  falls: (activity, text, out) => preferStrengthAndBalance(activity, text, out, 'falls'),
  frailty: (activity, text, out) => preferStrengthAndBalance(activity, text, out, 'frailty'),
  dementia: (activity, text, out) => {
    if (DEMENTIA_FRIENDLY.test(text) || activity.conditions.includes('dementia')) out.prefer.push('dementia-friendly');
    preferStrengthAndBalance(activity, text, out, 'dementia');
  },
};

function preferStrengthAndBalance(activity: Activity, text: string, out: Reasons, why: string): void {
  if (STRENGTH_BALANCE.test(text) || activity.conditions.includes('frailty')) out.prefer.push('strength and balance');
  else if (activity.referral === 'professional-referral' || SUPERVISED.test(text)) out.prefer.push('supervised');
  if (isVigorous(activity, text) || HIGH_IMPACT.test(text)) {
    out.caution.push(`${why}: vigorous or high-impact; check it suits their balance and start supervised`);
  }
}

const RULE_ORDER: RiskId[] = [
  'cardiac-symptoms',
  'eating-disorder',
  'me-cfs',
  'long-covid',
  'pregnancy',
  'postnatal',
  'hypo-risk',
  'falls',
  'frailty',
  'dementia',
];

function joinUnique(reasons: string[]): string | undefined {
  const unique = [...new Set(reasons)];
  return unique.length > 0 ? unique.join('; ') : undefined;
}

export function judgeActivity(context: ClinicalContext, activity: Activity): ActivityVerdict {
  const risks = activeRisks(context);
  if (risks.size === 0) return {};
  const text = haystack(activity);
  const out: Reasons = { exclude: [], prefer: [], caution: [] };
  for (const risk of RULE_ORDER) {
    if (risks.has(risk)) RULES[risk]?.(activity, text, out);
  }
  const verdict: ActivityVerdict = {};
  const exclude = joinUnique(out.exclude);
  // An excluded activity is not shown, so preferring it would only confuse ranking.
  const prefer = exclude ? undefined : joinUnique(out.prefer);
  const caution = joinUnique(out.caution);
  if (exclude) verdict.exclude = exclude;
  if (prefer) verdict.prefer = prefer;
  if (caution) verdict.caution = caution;
  return verdict;
}
