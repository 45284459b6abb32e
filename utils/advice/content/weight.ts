import type { GroupContentInput } from '../content-schema.ts';
import { CMO, MOVING_MEDICINE, REID, VERY_BRIEF } from './sources.ts';

// Health benefits come whether or not weight changes, and framing activity around weight can put
// people off; the script focuses on how people feel and what they can do.
export const weight: GroupContentInput = {
  group: 'weight',
  label: 'Living with obesity',
  topic: 'your health and energy',
  keyPoint: 'Being active improves health and mood whatever happens to your weight, and every bit counts.',
  reassurance: [
    'You do not need to be fit to start. Many groups are set up for beginners and people who have not been active for a while.',
    'Water-based activity or chair exercises can be easier on the joints.',
  ],
  firstSteps: {
    inactive: ['Start with a 10-minute walk, or a chair-based video at home, on two or three days this week.'],
    'fairly-active': ['Add one more active day, and break up long spells of sitting.'],
    active: ['Keep it up, and add strength exercises on two days a week.'],
  },
  signposts: ['Beginner-friendly local groups', 'NHS Fitness Studio videos', 'Your GP about exercise referral'],
  scripts: {
    '30s': {
      ask: ['Can I mention something that helps health and mood?'],
      explain: ['Being active helps your health and mood whatever your weight, and every bit counts.'],
      invite: ['Would you like to talk about it next time?'],
      sources: [VERY_BRIEF, CMO],
    },
    '2min': {
      ask: ['Would it be OK to talk for a couple of minutes about activity?'],
      explain: [
        'Being active improves health, energy and mood, whatever happens to your weight.',
        'You do not need to be fit to start; there are groups for beginners, and chair or water exercise can be easier on joints.',
      ],
      invite: ['What kind of activity might you enjoy?', 'Shall we plan one small step?'],
      sources: [MOVING_MEDICINE, CMO, REID],
    },
    '5min': {
      engage: ['How do you feel about being active at the moment?', 'What gets in the way?'],
      explore: [
        'What have you enjoyed in the past?',
        'What would you like to be different? What are your top two or three reasons?',
        'Are there places or activities where you would feel more comfortable?',
      ],
      decide: [
        'So your reasons are what you just told me. What do you think you will do?',
        "Let's agree one small, enjoyable step.",
        "We'll review next session, and I can suggest beginner-friendly local options.",
      ],
      sources: [MOVING_MEDICINE, CMO, REID],
    },
  },
  sources: [CMO, REID],
};
