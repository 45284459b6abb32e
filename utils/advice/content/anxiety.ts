import type { GroupContentInput } from '../content-schema.ts';
import { CMO, MOVING_MEDICINE, NG222, VERY_BRIEF } from './sources.ts';

// NG222 covers depression; the benefit of activity for anxiety is not stated in the brief, so it is marked confirm.
export const anxiety: GroupContentInput = {
  group: 'anxiety',
  label: 'Anxiety disorders',
  topic: 'anxiety',
  keyPoint: {
    text: 'Regular activity can help take the edge off anxiety and stress, and it often helps sleep too.',
    confirm: true,
  },
  reassurance: [
    "Activity makes your heart beat faster and your breathing quicker. That's your body working normally, not a sign of danger, even if it feels like anxiety at first.",
  ],
  firstSteps: {
    inactive: ['Try a short walk at a steady pace on two days this week, somewhere you feel comfortable.'],
    'fairly-active': ['Plan activity for a time of day when anxiety usually builds, and notice how you feel afterwards.'],
    active: ['Keep your routine going; if you have been avoiding busier places, we can plan small steps back into them.'],
  },
  signposts: ['NHS Active 10 app', 'Ramblers Wellbeing Walks', 'NHS Fitness Studio videos to try at home first'],
  conditionNotes: {
    'panic-disorder': {
      text: "If a racing heart reminds you of panic, we can treat activity as a gentle way to learn those feelings aren't dangerous.",
      confirm: true,
    },
    'health-anxiety': {
      text: 'If you notice yourself checking your body a lot during activity, that is something we can work on together.',
      confirm: true,
    },
  },
  scripts: {
    '30s': {
      ask: ['Can I mention something that many people find helps with anxiety?'],
      explain: [{ text: 'Regular activity, even a walk, can help ease anxiety and stress.', confirm: true }],
      invite: ['Would you like to talk about it more next time?'],
      sources: [VERY_BRIEF, CMO],
    },
    '2min': {
      ask: ['Would it be OK to talk for a couple of minutes about activity and anxiety?'],
      explain: [
        { text: 'Regular activity can help take the edge off anxiety and stress, and it often helps sleep.', confirm: true },
        'A faster heartbeat and quicker breathing during activity are normal and safe, even if they feel like anxiety to begin with.',
        'You can choose where and when, and start somewhere you feel comfortable.',
      ],
      invite: ['What kind of activity might feel manageable?', 'Could we plan one short try this week and see what you notice?'],
      sources: [MOVING_MEDICINE, CMO],
    },
    '5min': {
      engage: ['How does anxiety affect what you do in a normal week?', 'Are there activities or places you have been avoiding?'],
      explore: [
        'What do you already know about activity and anxiety?',
        'What would you hope would be different if you were more active? What are your top two or three reasons?',
        'What worries you about being active? Some people worry about the physical feelings it brings.',
      ],
      decide: [
        'So your main reasons are the ones you just gave. What do you think you will do?',
        "Let's make it small and specific, and plan what you'll do if anxiety rises.",
        "We'll look at how it went next session, and I can give you details of local options.",
      ],
      sources: [MOVING_MEDICINE, CMO],
    },
  },
  sources: [MOVING_MEDICINE, CMO],
};
