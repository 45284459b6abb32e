import type { GroupContentInput } from '../content-schema.ts';
import { CMO, MOVING_MEDICINE, REID, VERY_BRIEF } from './sources.ts';

export const respiratory: GroupContentInput = {
  group: 'respiratory',
  label: 'COPD and asthma',
  topic: 'your breathing',
  keyPoint: 'Being active is one of the best things for your lungs and breathing. Feeling a bit out of breath while moving is normal and safe.',
  reassurance: [
    'Getting a bit breathless when you move is not harming your lungs. Slow down, use the breathing techniques you know, and it will settle.',
    'Over time, being active can make everyday breathlessness easier to live with.',
  ],
  firstSteps: {
    inactive: ['Walk for a few minutes at a pace where you are a little breathless but can still talk, and rest when you need to.'],
    'fairly-active': ['Add a short walk on one more day, and ask your GP or nurse about pulmonary rehabilitation.'],
    active: ['Keep going, and add some strength work, like sit-to-stands, on two days a week.'],
  },
  signposts: [
    { text: 'Pulmonary rehabilitation via your GP or respiratory nurse', for: ['copd'] },
    'Breathe Easy support groups (Asthma + Lung UK)',
    'We Are Undefeatable, for people with long-term conditions',
  ],
  conditionNotes: {
    asthma: 'If you have asthma, keep your reliever inhaler with you and warm up gently.',
    copd: 'If you have COPD, pulmonary rehabilitation is a supervised course designed for you; your GP or nurse can refer you.',
  },
  scripts: {
    '30s': {
      ask: ['Can I mention something that can really help your breathing?'],
      explain: ['Being active helps your lungs, and getting a bit out of breath while moving is normal and safe.'],
      invite: ['Would you like to talk about it next time, or hear about local breathing groups now?'],
      sources: [VERY_BRIEF, MOVING_MEDICINE, REID],
    },
    '2min': {
      ask: ['Would it be OK to talk for a couple of minutes about activity and your breathing?'],
      explain: [
        'Being active is one of the best things for your breathing. It helps your muscles use oxygen better, so everyday tasks feel easier.',
        'Feeling a bit breathless when you move is normal and safe. It is not damaging your lungs, and it settles when you slow down.',
        'Pulmonary rehabilitation and Breathe Easy groups are designed for people with breathing conditions.',
      ],
      invite: ['What do you think about trying a little more, at your own pace?', 'Would you like details of pulmonary rehab or a local group?'],
      sources: [MOVING_MEDICINE, REID, CMO],
    },
    '5min': {
      engage: ['How does your breathing affect what you do day to day?', 'How do you feel when you get out of breath?'],
      explore: [
        'What do you know about activity and breathing conditions?',
        'What would you most like to be able to do more easily? What are your top two or three reasons?',
        'What worries you about getting breathless, and what has helped before?',
      ],
      decide: [
        'So what matters most to you is what you just told me. What do you think you will do?',
        "Let's agree one small step, at a pace where you can still talk, and how you'll pace yourself.",
        "We'll check in next session. Your GP or nurse can refer you to pulmonary rehab, and Breathe Easy groups welcome self-referrals.",
      ],
      sources: [MOVING_MEDICINE, REID, CMO],
    },
  },
  sources: [MOVING_MEDICINE, REID, CMO],
};
