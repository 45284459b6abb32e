import type { GroupContentInput } from '../content-schema.ts';
import { JED, MOVING_MEDICINE, VERY_BRIEF } from './sources.ts';

// Compulsive exercise affects about half of people with an eating disorder and predicts worse
// remission, so this group gets no encouragement to be more active, no numbers and no body framing:
// every script defers to the eating-disorder team's plan (product rule, CONTENT-BRIEF.md).
export const eatingDisorder: GroupContentInput = {
  group: 'eating-disorder',
  label: 'Eating disorders',
  topic: 'activity alongside your eating-disorder care',
  keyPoint: "With an eating disorder, activity is best planned with your eating-disorder team, as part of your care plan with them.",
  reassurance: ['There is no target to reach here. Rest is part of recovery too.'],
  firstSteps: {
    inactive: ["Talk to your eating-disorder team about what kind of activity, if any, fits your plan right now."],
    'fairly-active': ["Talk to your eating-disorder team about what kind of activity fits your plan right now."],
    active: ["Tell your eating-disorder team how much activity you are doing, so it can be part of your plan with them."],
  },
  signposts: ['Your eating-disorder team', 'Beat, the UK eating disorder charity'],
  scripts: {
    '30s': {
      ask: ['Can I check how activity fits with your eating-disorder care?'],
      explain: ['Activity is something your eating-disorder team plans with you, so I would rather not give general advice about it.'],
      invite: ["Would it help to raise it with them, or is there anything about it you'd like to talk through here?"],
      sources: [JED, VERY_BRIEF],
    },
    '2min': {
      ask: ['Would it be OK to check how activity fits with your eating-disorder care?'],
      explain: [
        'For people with an eating disorder, activity can become driven or hard to stop, so it is best planned with your eating-disorder team.',
        'That is why I am not going to suggest anything general today.',
      ],
      invite: ['How does activity feel for you at the moment?', 'Shall we note this so it can be part of your plan with your team?'],
      sources: [JED, MOVING_MEDICINE],
    },
    '5min': {
      engage: ['How does activity fit into your week at the moment?', 'How do you feel if you miss it, or if you are asked to rest?'],
      explore: [
        'What has your eating-disorder team said about activity?',
        'Are there times it feels driven, or hard to stop?',
        'What would you want your team to know about it?',
      ],
      decide: [
        'So what I have heard is what you just described. What would you like to do with that?',
        "Any plan about activity belongs with your eating-disorder team; I can note what we discussed for them.",
        "We'll come back to how you are feeling next session.",
      ],
      sources: [JED, MOVING_MEDICINE],
    },
  },
  sources: [JED],
};
