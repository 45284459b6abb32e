import type { GroupContentInput } from '../content-schema.ts';
import { CMO, MOVING_MEDICINE, REID, VERY_BRIEF } from './sources.ts';

// The brief gives no IBS-specific evidence; the benefit line is marked confirm.
export const gastrointestinal: GroupContentInput = {
  group: 'gastrointestinal',
  label: 'Irritable bowel syndrome',
  topic: 'your gut',
  keyPoint: { text: 'Regular gentle activity can help with IBS symptoms and with the stress that often sets them off.', confirm: true },
  reassurance: ['Choosing activities near toilets, or at times your symptoms are calmer, is a sensible way to start.'],
  firstSteps: {
    inactive: ['Try a short walk on a route you know, at a time of day your symptoms are usually calmer.'],
    'fairly-active': ['Add one more regular walk or gentle class a week.'],
    active: ['Keep it going; notice whether very hard sessions affect your symptoms, and adjust.'],
  },
  signposts: ['The IBS Network', 'NHS Fitness Studio videos at home', 'Ramblers Wellbeing Walks'],
  scripts: {
    '30s': {
      ask: ['Can I mention something that may help with IBS?'],
      explain: [{ text: 'Gentle regular activity can ease IBS symptoms and stress.', confirm: true }],
      invite: ['Would you like to talk about it next time?'],
      sources: [VERY_BRIEF, CMO],
    },
    '2min': {
      ask: ['Would it be OK to talk for a couple of minutes about activity and IBS?'],
      explain: [
        { text: 'Regular gentle activity can help IBS symptoms and the stress that often sets them off.', confirm: true },
        'You can plan around symptoms: routes near toilets, home videos, or calmer times of day.',
      ],
      invite: ['What might feel manageable?', 'Shall we plan one small step?'],
      sources: [MOVING_MEDICINE, CMO],
    },
    '5min': {
      engage: ['How does IBS affect what you do and where you go?', 'What do you avoid because of it?'],
      explore: [
        'What do you know about activity and IBS?',
        'What would you like to do more easily? What are your top two or three reasons?',
        'What practical worries do you have, like getting to a toilet?',
      ],
      decide: [
        'So your reasons are what you just told me. What do you think you will do?',
        "Let's agree one small step and plan around your symptoms.",
        "We'll review next session, and I can give you local or home-based options.",
      ],
      sources: [MOVING_MEDICINE, REID, CMO],
    },
  },
  sources: [CMO, REID],
};
