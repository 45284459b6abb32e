import type { ClinicalContext } from '../context/schema.ts';
import type { RiskId } from './active-risks.ts';
import type { SafetyCard } from './safety-card.ts';
import { CMO, JED, NG206, PHQ9, REID } from './sources.ts';

// One rule per safety situation, in the order the panel shows them: the most important first.
// Rules are code, not content: a service's content pack cannot change or remove them.
// Card text avoids the words the eating-disorder and ME/CFS rules forbid, because cards are shown
// alongside those scripts.
export interface SafetyRule {
  id: string;
  // Fires when any of these risks is active (see active-risks.ts: flags and present conditions only).
  risks: readonly RiskId[];
  // Skip when a more specific rule already covers the situation.
  unless?: readonly RiskId[];
  card: (context: ClinicalContext, risks: ReadonlySet<RiskId>) => SafetyCard;
}

export const SAFETY_RULES: readonly SafetyRule[] = [
  {
    id: 'phq9-item9',
    risks: ['phq9-item9'],
    card: (context) => {
      const item9 = context.measures.phq9?.item9;
      const scored = item9 !== undefined && item9 >= 1 ? `PHQ-9 item 9 is scored ${item9}.` : 'The record flags PHQ-9 item 9.';
      return {
        id: 'phq9-item9',
        severity: 'stop',
        title: "Follow your service's risk protocol first",
        whatToDo: `${scored} Follow your service's risk assessment and protocol before any activity advice.`,
        why: 'Item 9 asks about thoughts of being better off dead or of self-harm. Risk comes before lifestyle advice.',
        sources: [PHQ9],
        confirm: true,
      };
    },
  },
  {
    id: 'cardiac-symptoms',
    risks: ['cardiac-symptoms'],
    card: () => ({
      id: 'cardiac-symptoms',
      severity: 'stop',
      title: 'Seek medical review before increasing activity',
      whatToDo:
        'The record shows new, unexplained or worsening symptoms such as chest pain on exertion, palpitations, blackouts or unexplained breathlessness. Advise a medical review before increasing activity. If symptoms are happening now or are severe, follow urgent care routes.',
      why: 'Stable conditions need no medical clearance, but active, new, unstable or worsening symptoms do.',
      sources: [REID],
      confirm: true,
    }),
  },
  {
    id: 'eating-disorder',
    risks: ['eating-disorder'],
    card: () => ({
      id: 'eating-disorder',
      severity: 'caution',
      title: "Eating disorder: defer to the eating-disorder team's plan",
      whatToDo:
        "Do not give general activity advice, targets or leisure-centre signposting. Ask how activity fits their care, and defer to the eating-disorder team's plan.",
      why: 'Compulsive exercise affects about half of people with an eating disorder and predicts worse remission.',
      sources: [JED],
      confirm: false,
    }),
  },
  {
    id: 'me-cfs',
    risks: ['me-cfs'],
    card: () => ({
      id: 'me-cfs',
      severity: 'caution',
      title: 'ME/CFS: energy management and pacing only',
      whatToDo: 'Offer energy management and pacing only. Do not suggest any exercise programme with fixed steps or targets.',
      why: 'NICE NG206 advises against exercise therapy or any activity programme with fixed incremental steps for ME/CFS, because exertion can worsen symptoms.',
      sources: [NG206],
      confirm: false,
    }),
  },
  {
    id: 'long-covid',
    risks: ['long-covid'],
    unless: ['me-cfs'],
    card: () => ({
      id: 'long-covid',
      severity: 'caution',
      title: 'Long COVID: pacing first',
      whatToDo: "Use the pacing approach: stay within energy limits, and follow the long COVID service's plan if there is one.",
      why: 'Fatigue after COVID can worsen after exertion, so the ME/CFS pacing approach is applied as a precaution.',
      sources: [NG206],
      confirm: true,
    }),
  },
  {
    id: 'hypo-risk',
    risks: ['hypo-risk'],
    card: () => ({
      id: 'hypo-risk',
      severity: 'caution',
      title: 'Risk of hypos with activity',
      whatToDo:
        'Advise carrying fast-acting sugar when active, and talking to the diabetes team about adjusting insulin or tablets. Recurrent hypos need medical review first.',
      why: 'Insulin and sulfonylureas can cause hypos during or after activity.',
      sources: [REID],
      confirm: true,
    }),
  },
  {
    id: 'pregnancy',
    risks: ['pregnancy'],
    card: () => ({
      id: 'pregnancy',
      severity: 'info',
      title: 'Pregnancy: activity is encouraged, with a few cautions',
      whatToDo:
        'Encourage moderate activity and pelvic floor exercises. Avoid contact sports, and lying flat on the back to exercise after about 16 weeks. The midwife can advise on anything new or unusual.',
      why: 'UK guidance supports activity in pregnancy.',
      sources: [CMO],
      confirm: true,
    }),
  },
  {
    id: 'postnatal',
    risks: ['postnatal'],
    card: () => ({
      id: 'postnatal',
      severity: 'info',
      title: 'After birth: return at their own pace',
      whatToDo: 'Start with pelvic floor exercises and walking, and return to other activity at their own pace. The postnatal check is a good time to ask.',
      why: 'UK guidance supports a return to activity after birth, starting gently.',
      sources: [CMO],
      confirm: true,
    }),
  },
  {
    id: 'strength-balance',
    risks: ['falls', 'frailty', 'dementia'],
    card: (_context, risks) => {
      const which = [risks.has('falls') ? 'falls' : '', risks.has('frailty') ? 'frailty' : '', risks.has('dementia') ? 'dementia' : ''].filter(Boolean);
      const dementiaAdvice = risks.has('dementia')
        ? ' Involve a carer or family member if the person wishes, and keep plans simple and familiar.'
        : '';
      return {
        id: 'strength-balance',
        severity: 'caution',
        title: `${sentenceCase(which.join(', '))}: strength and balance first`,
        whatToDo: `Suggest strength and balance activity first, and supervised options such as falls-prevention classes. Ask about dizziness and recent falls.${dementiaAdvice}`,
        why: 'Strength and balance work on two days a week reduces frailty and falls; falls, frailty and cognitive impairment need a tailored start.',
        sources: [CMO, REID],
        confirm: false,
      };
    },
  },
];

function sentenceCase(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
