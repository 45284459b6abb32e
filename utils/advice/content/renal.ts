import type { GroupContentInput } from '../content-schema.ts';
import { CMO, MOVING_MEDICINE, REID, VERY_BRIEF } from './sources.ts';

// Not one of Moving Medicine's launch modules; condition-specific lines are marked confirm.
export const renal: GroupContentInput = {
  group: 'renal',
  label: 'Chronic kidney disease',
  topic: 'your kidney health',
  keyPoint: { text: 'With kidney disease, regular activity helps blood pressure, strength, energy and mood.', confirm: true },
  reassurance: [
    { text: 'If you are on dialysis or have a fistula, ask your kidney team what suits you; many people on dialysis can be active.', confirm: true },
  ],
  firstSteps: {
    inactive: ['Try a 10-minute walk at a comfortable pace on two or three days this week.'],
    'fairly-active': ['Add one more active day, and some gentle strength work.'],
    active: ['Keep going, and include strength exercises on two days a week.'],
  },
  signposts: ['Your kidney team', 'Kidney Care UK resources', 'We Are Undefeatable, for people with long-term conditions'],
  scripts: {
    '30s': {
      ask: ['Can I mention something that can help with kidney disease?'],
      explain: [{ text: 'Regular activity helps blood pressure, strength and mood.', confirm: true }],
      invite: ['Would you like to talk about it next time?'],
      sources: [VERY_BRIEF, CMO],
    },
    '2min': {
      ask: ['Would it be OK to talk for a couple of minutes about activity and your kidneys?'],
      explain: [
        { text: 'Regular activity helps blood pressure, strength, energy and mood with kidney disease.', confirm: true },
        'Start gently and go at your own pace; your kidney team can advise on anything specific.',
      ],
      invite: ['What might you like to try?', 'Shall we plan one small step?'],
      sources: [MOVING_MEDICINE, CMO, REID],
    },
    '5min': {
      engage: ['How does your kidney condition affect your energy and what you do?', 'How do you feel about being active?'],
      explore: [
        'What has your kidney team said about activity?',
        'What would you like to be able to do? What are your top two or three reasons?',
        'What gets in the way, like tiredness or treatment times?',
      ],
      decide: [
        'So your reasons are what you just told me. What do you think you will do?',
        "Let's agree one step that fits around your treatment.",
        "We'll review next session, and your kidney team can advise on anything specific.",
      ],
      sources: [MOVING_MEDICINE, CMO, REID],
    },
  },
  sources: [CMO, REID],
};
