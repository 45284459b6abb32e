import type { GroupContentInput } from '../content-schema.ts';
import { CMO, MOVING_MEDICINE, VERY_BRIEF } from './sources.ts';

// The brief gives no substance-specific evidence; condition-specific lines are marked confirm.
export const substanceMisuse: GroupContentInput = {
  group: 'substance-misuse',
  label: 'Alcohol and drug use',
  topic: 'your recovery and wellbeing',
  keyPoint: { text: 'Activity can help with cravings, stress and mood, and fill time that used to go on drinking or using.', confirm: true },
  reassurance: ['Groups can be a way to meet people and build a routine that supports recovery.'],
  firstSteps: {
    inactive: ['Plan a short walk at a time of day that is usually hard, like early evening.'],
    'fairly-active': ['Try a regular group activity that fits your recovery routine.'],
    active: ['Keep your routine going, and use activity as part of your plan for difficult times.'],
  },
  signposts: ['Your drug and alcohol service', 'Recovery-friendly sport or walking groups', 'parkrun'],
  scripts: {
    '30s': {
      ask: ['Can I mention something that often helps with recovery?'],
      explain: [{ text: 'Activity can help with cravings, stress and mood.', confirm: true }],
      invite: ['Would you like to talk about it next time?'],
      sources: [VERY_BRIEF, CMO],
    },
    '2min': {
      ask: ['Would it be OK to talk for a couple of minutes about activity?'],
      explain: [
        { text: 'Activity can help with cravings, stress and mood, and fill time that used to go on drinking or using.', confirm: true },
        'Groups can also be a way to meet people and build a routine.',
      ],
      invite: ['When are the hardest times of your day?', 'Shall we plan an activity for one of them?'],
      sources: [MOVING_MEDICINE, CMO],
    },
    '5min': {
      engage: ['How is your recovery going at the moment?', 'What does a typical day look like?'],
      explore: [
        'What have you enjoyed doing in the past?',
        'What would you like to be different? What are your top two or three reasons?',
        'What are the risky times, and what could you do instead?',
      ],
      decide: [
        'So your reasons are what you just told me. What do you think you will do?',
        "Let's agree one step for a time of day that is usually hard.",
        "We'll review next session; your drug and alcohol service may have activity groups too.",
      ],
      sources: [MOVING_MEDICINE, CMO],
    },
  },
  sources: [CMO],
};
