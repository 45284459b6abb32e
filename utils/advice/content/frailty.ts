import type { GroupContentInput } from '../content-schema.ts';
import { CMO, MOVING_MEDICINE, REID, VERY_BRIEF } from './sources.ts';

// Older adults: strength and balance on two days a week cuts frailty and falls (CMO 2019); strength
// and balance first, supervised where possible (product rule).
export const frailty: GroupContentInput = {
  group: 'frailty',
  label: 'Frailty and falls',
  topic: 'your strength and balance',
  keyPoint: 'Strength and balance exercise, like tai chi, dance or a falls-prevention class, helps you stay steady and independent and lowers the risk of falls.',
  reassurance: [
    'It is never too late: strength and balance can improve at any age.',
    'A supervised class is a good, safe place to start, and many are seated or hold onto a chair.',
  ],
  firstSteps: {
    inactive: ['Try sit-to-stands from a chair, holding on if needed, a few times a day.'],
    'fairly-active': ['Join a strength and balance class, or do a home programme on two days a week.'],
    active: ['Keep going, and make sure two days a week include strength and balance work.'],
  },
  signposts: ['Falls prevention or strength and balance classes (via GP or self-referral)', 'Tai chi or dance groups for older adults', 'Age UK activity groups'],
  scripts: {
    '30s': {
      ask: ['Can I mention something that helps people stay steady on their feet?'],
      explain: ['Strength and balance exercise lowers the risk of falls and helps you stay independent.'],
      invite: ['Would you like details of a local class, or to talk about it next time?'],
      sources: [VERY_BRIEF, CMO, MOVING_MEDICINE],
    },
    '2min': {
      ask: ['Would it be OK to talk for a couple of minutes about staying strong and steady?'],
      explain: [
        'Strength and balance exercise on two days a week, like tai chi, dance or a falls-prevention class, lowers the risk of falls.',
        'It is never too late to improve, and supervised classes are a safe place to start.',
      ],
      invite: ['What do you think about trying a class?', 'Shall we look at local options together?'],
      sources: [MOVING_MEDICINE, CMO, REID],
    },
    '5min': {
      engage: ['How steady do you feel on your feet?', 'Has worry about falling changed what you do?'],
      explore: [
        'What do you know about exercise and falls?',
        'What would you like to keep doing for yourself? What are your top two or three reasons?',
        'Who could come along with you?',
      ],
      decide: [
        'So your reasons are what you just told me. What do you think you will do?',
        "Let's agree one step, ideally a supervised strength and balance class.",
        "We'll review next session; your GP can also refer you to a falls service.",
      ],
      sources: [MOVING_MEDICINE, CMO, REID],
    },
  },
  sources: [MOVING_MEDICINE, CMO, REID],
};
