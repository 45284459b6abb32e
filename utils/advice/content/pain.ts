import type { GroupContentInput } from '../content-schema.ts';
import { CMO, MOVING_MEDICINE, REID, VERY_BRIEF } from './sources.ts';

export const pain: GroupContentInput = {
  group: 'pain',
  label: 'Persistent pain and fibromyalgia',
  topic: 'your pain',
  keyPoint: 'With long-term pain, gentle regular movement often helps more than rest. Pacing it, a little and often, avoids boom and bust.',
  reassurance: [
    'Hurt does not mean harm. With long-term pain, the pain system is over-protective, so some discomfort when moving is expected and safe.',
    'Doing a similar amount on good and bad days helps avoid flare-ups after a good day.',
  ],
  firstSteps: {
    inactive: ['Choose a gentle activity you can do on a bad day too, for a few minutes, and do it most days.'],
    'fairly-active': ['Even out activity across the week so good days do not lead to flare-ups.'],
    active: ['Keep your routine steady, and add strength work on two days a week.'],
  },
  signposts: ['Your GP, physio or pain management service', 'NHS Fitness Studio videos', 'We Are Undefeatable, for people with long-term conditions'],
  conditionNotes: {
    fibromyalgia: { text: 'With fibromyalgia, start gently and pace carefully; low-impact options like walking or water exercise are often easier.', confirm: true },
  },
  scripts: {
    '30s': {
      ask: ['Can I mention something that often helps with long-term pain?'],
      explain: ['Gentle regular movement, paced a little and often, can help pain more than rest.'],
      invite: ['Would you like to talk about it next time?'],
      sources: [VERY_BRIEF, MOVING_MEDICINE, REID],
    },
    '2min': {
      ask: ['Would it be OK to talk for a couple of minutes about activity and your pain?'],
      explain: [
        'With long-term pain, gentle regular movement often helps more than rest.',
        'Some discomfort when you move is expected and safe; hurt does not mean harm.',
        'Pacing, a similar amount on good and bad days, helps avoid flare-ups.',
      ],
      invite: ['What could you do a little of, even on a bad day?', 'Shall we plan one small step?'],
      sources: [MOVING_MEDICINE, REID, CMO],
    },
    '5min': {
      engage: ['How does pain shape your days at the moment?', 'What happens after a good day when you do a lot?'],
      explore: [
        'What have you been told about activity and pain?',
        'What would you like to get back to? What are your top two or three reasons?',
        'What worries you about moving more with pain?',
      ],
      decide: [
        'So what matters to you is what you just said. What do you think you will do?',
        "Let's agree one gentle step you can do on good and bad days, and a plan for flare-ups.",
        "We'll review next session. Your GP or pain service can help too.",
      ],
      sources: [MOVING_MEDICINE, REID, CMO],
    },
  },
  sources: [MOVING_MEDICINE, REID, CMO],
};
