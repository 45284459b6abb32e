import type { GroupContentInput } from '../content-schema.ts';
import { CMO, MOVING_MEDICINE, VERY_BRIEF } from './sources.ts';

// The brief gives no condition-specific evidence; adaptations here are practical and marked confirm
// where they make a claim.
export const neurodevelopmental: GroupContentInput = {
  group: 'neurodevelopmental',
  label: 'Autism, ADHD and learning disability',
  topic: 'activity that suits you',
  keyPoint: 'Being active helps mood and health, and the best activity is one that suits you: your interests, your senses and your routine.',
  reassurance: [
    'Quiet sessions, clear routines and knowing what to expect can make activities easier.',
    { text: 'For some people with ADHD, activity helps with focus and restlessness.', confirm: true },
  ],
  firstSteps: {
    inactive: ['Pick one activity linked to something you are interested in, and plan a set day and time.'],
    'fairly-active': ['Try a group or session that suits you, like a quieter time or an adapted class.'],
    active: ['Keep your routine going, and add strength work on two days a week.'],
  },
  signposts: ['Autism-friendly or quiet sessions at local leisure centres', 'Learning disability-friendly groups (e.g. Special Olympics GB)', 'Activity Alliance'],
  scripts: {
    '30s': {
      ask: ['Can I mention something that often helps mood?'],
      explain: ['Being active helps mood and health, and it works best when it suits you.'],
      invite: ['Would you like to talk about it next time?'],
      sources: [VERY_BRIEF, CMO],
    },
    '2min': {
      ask: ['Would it be OK to talk for a couple of minutes about activity?'],
      explain: [
        'Being active helps mood and health.',
        'The best activity is one that suits you: quiet times, clear routines and your own interests all help.',
      ],
      invite: ['What are you interested in, or what have you enjoyed?', 'Shall we plan one step that fits your routine?'],
      sources: [MOVING_MEDICINE, CMO],
    },
    '5min': {
      engage: ['What does a usual week look like for you?', 'What makes activities easier or harder?'],
      explore: [
        'What have you enjoyed, or been curious about?',
        'What would you like to be different? What are your top two or three reasons?',
        'What would help, like a quiet session, knowing what to expect, or someone to go with?',
      ],
      decide: [
        'So your reasons are what you just told me. What do you think you will do?',
        "Let's agree one step with a clear day, time and place.",
        "We'll review next session, and I can look for sessions that suit you.",
      ],
      sources: [MOVING_MEDICINE, CMO],
    },
  },
  sources: [CMO],
};
