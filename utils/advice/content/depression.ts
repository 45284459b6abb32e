import type { GroupContentInput } from '../content-schema.ts';
import { CMO, MOVING_MEDICINE, NG222, VERY_BRIEF } from './sources.ts';

export const depression: GroupContentInput = {
  group: 'depression',
  label: 'Depression and low mood',
  topic: 'your mood',
  keyPoint: 'Being active is one of the things that can help low mood. It works well alongside the other things we are doing together.',
  reassurance: [
    "Low mood makes it hard to get going. That's part of the depression, not a failing, so we start with something very small.",
    'Group exercise led by a trained instructor is one of the recommended options for less severe depression, usually more than once a week for about ten weeks.',
  ],
  firstSteps: {
    inactive: ['Pick one short activity, like a 5 to 10-minute walk, and put it in your activity diary for a set day and time.'],
    'fairly-active': ['Choose one activity that gives you a sense of achievement or enjoyment and plan it for two days this week.'],
    active: ['Keep your activity going on low days too; plan it in advance so it happens even when motivation is low.'],
  },
  signposts: ['A local exercise group for people with depression, if there is one', 'Ramblers Wellbeing Walks', 'NHS Active 10 app'],
  scripts: {
    '30s': {
      ask: ['Can I mention something that often helps with low mood?'],
      explain: ['Being a bit more active, even a short walk, can help lift mood, and it fits with the activity planning we do here.'],
      invite: ['Shall we look at that next session, or add one small activity to your diary now?'],
      sources: [VERY_BRIEF, NG222],
    },
    '2min': {
      ask: ['Would it be OK to talk for a couple of minutes about activity and your mood?'],
      explain: [
        'Regular activity of any kind, walking, swimming, dancing, gardening, can help with low mood, and being outside can add to that.',
        'When mood is low it is hard to get going, so we start very small and plan it rather than wait until you feel like it.',
        'There are also group exercise programmes for people with depression, led by a trained instructor.',
      ],
      invite: ['What is one activity you used to enjoy, or might like to try?', 'Could we put one small version of it into your activity diary this week?'],
      sources: [MOVING_MEDICINE, NG222, CMO],
    },
    '5min': {
      engage: ['How has your mood been affecting what you do day to day?', 'What kinds of things have you stopped doing since you have been feeling low?'],
      explore: [
        'What do you already know about activity and mood?',
        'If you were a bit more active, what difference would you hope to notice? What are your top two or three reasons?',
        'What gets in the way when mood is low, and what has helped before, even a little?',
      ],
      decide: [
        'So the reasons that matter to you are the ones you just named. What do you think you will do?',
        "Let's write it into your activity schedule: what, when, where, with whom, and what you'll do if it doesn't happen.",
        "We'll review it next session. I can also give you details of local groups, including ones for people with depression.",
      ],
      sources: [MOVING_MEDICINE, NG222, CMO],
    },
  },
  sources: [NG222, MOVING_MEDICINE, CMO],
};
