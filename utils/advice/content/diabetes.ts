import type { GroupContentInput } from '../content-schema.ts';
import { CMO, MOVING_MEDICINE, REID, VERY_BRIEF } from './sources.ts';

export const diabetes: GroupContentInput = {
  group: 'diabetes',
  label: 'Diabetes and prediabetes',
  topic: 'your blood sugar',
  keyPoint: 'Being active helps your body use insulin and keep blood sugar steadier, and it lowers the risk of diabetes problems later.',
  reassurance: [
    { text: 'If you take insulin or tablets that can cause hypos, carry fast-acting sugar when you are active and ask your diabetes team whether to adjust anything.', confirm: true },
    'Short walks after meals are a simple place to start.',
  ],
  firstSteps: {
    inactive: ['Take a 10-minute walk after one meal a day on three days this week.'],
    'fairly-active': ['Add a short walk after your largest meal, and break up long spells of sitting.'],
    active: ['Keep it up, and add strength exercises on two days a week.'],
  },
  signposts: ['NHS Diabetes Prevention Programme (for prediabetes) via your GP', 'Your diabetes team or structured education course', 'NHS Active 10 app'],
  conditionNotes: {
    prediabetes: 'With prediabetes, being active can help stop type 2 diabetes developing: the guidelines quote up to 40% lower risk.',
    'type-1-diabetes': { text: 'With type 1 diabetes, check your blood sugar around activity and agree a plan for it with your diabetes team.', confirm: true },
  },
  scripts: {
    '30s': {
      ask: ['Can I mention something that helps with blood sugar?'],
      explain: ['Being active, even short walks after meals, helps keep blood sugar steadier.'],
      invite: ['Would you like to talk about it next time, or hear about local options now?'],
      sources: [VERY_BRIEF, MOVING_MEDICINE, CMO],
    },
    '2min': {
      ask: ['Would it be OK to talk for a couple of minutes about activity and your diabetes?'],
      explain: [
        'Being active helps your body use insulin, keeps blood sugar steadier and lowers the risk of complications.',
        { text: 'If you take insulin or tablets that can cause hypos, carry fast-acting sugar and talk to your diabetes team about adjusting anything.', confirm: true },
        'A short walk after meals is a good place to start.',
      ],
      invite: ['What might fit into your day?', 'Shall we plan one small step for this week?'],
      sources: [MOVING_MEDICINE, REID, CMO],
    },
    '5min': {
      engage: ['How is managing your diabetes going at the moment?', 'How does it affect your energy and what you do?'],
      explore: [
        'What do you already know about activity and blood sugar?',
        'What would you hope would change? What are your top two or three reasons?',
        'Have you had any hypos, or worries about them, when active?',
      ],
      decide: [
        'So your reasons are the ones you just gave. What do you think you will do?',
        "Let's agree one step, and if hypos are possible, plan to carry fast-acting sugar.",
        "We'll review it next session. Your diabetes team can advise on any medication adjustments.",
      ],
      sources: [MOVING_MEDICINE, REID, CMO],
    },
  },
  sources: [MOVING_MEDICINE, REID, CMO],
};
