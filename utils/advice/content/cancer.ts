import type { GroupContentInput } from '../content-schema.ts';
import { CMO, MOVING_MEDICINE, REID, VERY_BRIEF } from './sources.ts';

export const cancer: GroupContentInput = {
  group: 'cancer',
  label: 'Cancer',
  topic: 'how you feel during and after cancer treatment',
  keyPoint: 'During and after cancer treatment, being active, even gently, can help with fatigue, mood and recovery.',
  reassurance: [
    'On days of treatment or when counts are low, gentle movement or rest is fine; do what your body allows.',
    { text: 'Your cancer team can tell you about anything to avoid, for example after surgery or with a line or port.', confirm: true },
  ],
  firstSteps: {
    inactive: ['Try a few minutes of walking around the home or garden on most days, resting when you need to.'],
    'fairly-active': ['Add a short walk on one more day, at a pace that feels comfortable.'],
    active: ['Keep it going at a level that suits your treatment, and add gentle strength work.'],
  },
  signposts: ['Your cancer team or clinical nurse specialist', 'Macmillan Cancer Support move more resources', 'Local cancer rehabilitation or exercise programmes'],
  scripts: {
    '30s': {
      ask: ['Can I mention something that often helps during and after cancer treatment?'],
      explain: ['Gentle activity can help with fatigue, mood and recovery.'],
      invite: ['Would you like to talk about it next time?'],
      sources: [VERY_BRIEF, MOVING_MEDICINE],
    },
    '2min': {
      ask: ['Would it be OK to talk for a couple of minutes about activity and your cancer treatment?'],
      explain: [
        'Being active, even gently, can help with fatigue, mood and recovery during and after treatment.',
        'Some days will be harder; gentle movement or rest is fine on those days.',
        { text: 'Your cancer team can tell you if there is anything to avoid.', confirm: true },
      ],
      invite: ['What feels possible right now?', 'Shall we plan one gentle step?'],
      sources: [MOVING_MEDICINE, REID, CMO],
    },
    '5min': {
      engage: ['How are you feeling in yourself at the moment?', 'How has treatment affected what you can do?'],
      explore: [
        'What have you been told about activity during or after treatment?',
        'What would you like to get back to? What are your top two or three reasons?',
        'What worries you about being active?',
      ],
      decide: [
        'So your reasons are what you just told me. What do you think you will do?',
        "Let's agree one gentle step that fits around treatment.",
        "We'll review next session. Your cancer team and Macmillan can help with more support.",
      ],
      sources: [MOVING_MEDICINE, REID, CMO],
    },
  },
  sources: [MOVING_MEDICINE, REID, CMO],
};
