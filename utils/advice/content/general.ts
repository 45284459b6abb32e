import type { GroupContentInput } from '../content-schema.ts';
import { CMO, MOVING_MEDICINE, NG222, VERY_BRIEF } from './sources.ts';

// Used when nothing on the record narrows the advice: activity for wellbeing and mood.
export const general: GroupContentInput = {
  group: 'general',
  label: 'General wellbeing',
  topic: 'how you feel day to day',
  keyPoint: 'Any regular activity you enjoy, like walking, dancing, swimming or gardening, can lift how you feel, and being outdoors can add to that.',
  reassurance: ['Every minute counts. Some activity is better than none, and you can start from wherever you are now.'],
  firstSteps: {
    inactive: ['Start with a 10-minute walk on two days this week, at a pace where you can still talk.'],
    'fairly-active': ["Add one more short walk or active task to a day when you're usually sitting a lot."],
    active: ["You're already active. Keep it going when things are hard, and add something for strength on two days a week."],
  },
  signposts: ['NHS Active 10 app for brisk walking', 'Ramblers Wellbeing Walks: free, friendly group walks', 'parkrun: free weekly 5k where walking is welcome'],
  scripts: {
    '30s': {
      ask: ['Can I mention one thing that often helps with how people feel?'],
      explain: ['Being a bit more active, even a short walk, can lift mood and energy.'],
      invite: ['Would you like to talk about it next time, or I can give you some local ideas now?'],
      sources: [VERY_BRIEF, NG222, CMO],
    },
    '2min': {
      ask: ['Would it be OK to spend a couple of minutes on physical activity and how it might help you?'],
      explain: [
        'Any regular activity, walking, dancing, swimming, gardening, can help with how you feel, and being outside can add to that.',
        "It doesn't need to be a sport or a gym. Every minute counts.",
      ],
      invite: ['What might you enjoy, or have enjoyed in the past?', 'We could pick one small thing to try this week and see how it goes.'],
      sources: [MOVING_MEDICINE, NG222, CMO],
    },
    '5min': {
      engage: ['How active are you day to day at the moment?', 'How do you think your mood and energy affect that, and the other way round?'],
      explore: [
        'What do you already know about activity and how people feel?',
        'What would matter most to you if you were a bit more active? What are your top two or three reasons?',
        'What has got in the way before?',
      ],
      decide: [
        'So, if I have this right, the reasons that matter to you are the ones you just gave. What do you think you will do?',
        "Let's make it small and specific: what, when, where and with whom.",
        "We'll check in on how it went next session, and I can give you details of local options.",
      ],
      sources: [MOVING_MEDICINE, NG222, CMO],
    },
  },
  sources: [NG222, CMO, MOVING_MEDICINE],
};
