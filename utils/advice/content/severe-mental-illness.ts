import type { GroupContentInput } from '../content-schema.ts';
import { CMO, MOVING_MEDICINE, NG222, VERY_BRIEF } from './sources.ts';

// The brief gives no SMI-specific evidence; condition-specific lines are marked confirm.
export const severeMentalIllness: GroupContentInput = {
  group: 'severe-mental-illness',
  label: 'Bipolar disorder and psychosis',
  topic: 'your physical and mental health',
  keyPoint: { text: 'Regular activity helps mood and physical health, and can help with some side effects of medication.', confirm: true },
  reassurance: [
    { text: 'A steady routine matters: regular, moderate activity is better than bursts, especially if your mood is high.', confirm: true },
  ],
  firstSteps: {
    inactive: ['Try a short walk at the same time on a few days this week, to build a routine.'],
    'fairly-active': ['Keep a steady routine, and try a group where you can meet people.'],
    active: ['Keep your routine steady; if you notice yourself doing much more than usual, let your care team know.'],
  },
  signposts: ['Your care coordinator or mental health team', 'Mental health-friendly local groups', 'Ramblers Wellbeing Walks'],
  scripts: {
    '30s': {
      ask: ['Can I mention something that helps physical and mental health?'],
      explain: [{ text: 'A steady routine of activity helps mood and physical health.', confirm: true }],
      invite: ['Would you like to talk about it next time?'],
      sources: [VERY_BRIEF, CMO],
    },
    '2min': {
      ask: ['Would it be OK to talk for a couple of minutes about activity?'],
      explain: [
        { text: 'Regular activity helps mood and physical health, and can help with some medication side effects.', confirm: true },
        { text: 'Steady and regular is better than bursts, especially when mood is high.', confirm: true },
      ],
      invite: ['What might fit into your routine?', 'Shall we plan one small step?'],
      sources: [MOVING_MEDICINE, CMO, NG222],
    },
    '5min': {
      engage: ['How is your routine at the moment?', 'How do mood and medication affect what you do?'],
      explore: [
        'What do you know about activity and your health?',
        'What would you like to be different? What are your top two or three reasons?',
        'What has helped you keep a routine before?',
      ],
      decide: [
        'So your reasons are what you just told me. What do you think you will do?',
        "Let's agree one regular step you can keep steady.",
        "We'll review next session, and let your care team know the plan if you have one.",
      ],
      sources: [MOVING_MEDICINE, CMO, NG222],
    },
  },
  sources: [CMO, NG222],
};
