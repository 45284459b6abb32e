import type { GroupContentInput } from '../content-schema.ts';
import { CMO, MOVING_MEDICINE, VERY_BRIEF } from './sources.ts';

// The brief gives no sleep-specific evidence; the benefit line is marked confirm.
export const insomnia: GroupContentInput = {
  group: 'insomnia',
  label: 'Insomnia and sleep problems',
  topic: 'your sleep',
  keyPoint: { text: 'Regular activity during the day, especially outdoors in daylight, can help you sleep better.', confirm: true },
  reassurance: [{ text: 'Earlier in the day is best; very hard activity just before bed can keep some people awake.', confirm: true }],
  firstSteps: {
    inactive: ['Take a short walk outside in the morning or at lunchtime on most days.'],
    'fairly-active': ['Make your activity regular, at a similar time each day, ideally in daylight.'],
    active: ['Keep it going, and move harder sessions earlier in the day if they affect your sleep.'],
  },
  signposts: ['Ramblers Wellbeing Walks', 'NHS Active 10 app', 'parkrun'],
  scripts: {
    '30s': {
      ask: ['Can I mention something that may help your sleep?'],
      explain: [{ text: 'Being active during the day, especially outdoors, can help you sleep better.', confirm: true }],
      invite: ['Would you like to talk about it next time?'],
      sources: [VERY_BRIEF, CMO],
    },
    '2min': {
      ask: ['Would it be OK to talk for a couple of minutes about activity and sleep?'],
      explain: [
        { text: 'Regular daytime activity, especially outdoors in daylight, can help you sleep better.', confirm: true },
        { text: 'Earlier in the day is best; very hard activity late at night can keep some people awake.', confirm: true },
      ],
      invite: ['When in your day could you fit in a short walk outside?', 'Shall we plan it for this week?'],
      sources: [MOVING_MEDICINE, CMO],
    },
    '5min': {
      engage: ['How is your sleep at the moment?', 'How does tiredness affect what you do in the day?'],
      explore: [
        'What do you know about activity and sleep?',
        'What would better sleep mean for you? What are your top two or three reasons?',
        'What gets in the way of daytime activity?',
      ],
      decide: [
        'So your reasons are what you just told me. What do you think you will do?',
        "Let's agree one regular daytime activity, ideally outdoors.",
        "We'll review your sleep and activity next session.",
      ],
      sources: [MOVING_MEDICINE, CMO],
    },
  },
  sources: [CMO],
};
