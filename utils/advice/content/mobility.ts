import type { GroupContentInput } from '../content-schema.ts';
import { CMO, MOVING_MEDICINE, VERY_BRIEF } from './sources.ts';

export const mobility: GroupContentInput = {
  group: 'mobility',
  label: 'Limited mobility',
  topic: 'moving in ways that work for you',
  keyPoint: 'Even a little movement is better than none. Seated, wheelchair-based or water activity all count.',
  reassurance: ['Activities can be adapted to what your body can do; chair-based exercise and wheelchair sports are good options.'],
  firstSteps: {
    inactive: ['Try a few minutes of chair-based exercise, like arm raises or marching while seated, on most days.'],
    'fairly-active': ['Add strength exercises for the parts of your body you can move, on two days a week.'],
    active: ['Keep going, and include strength and balance work suited to you on two days a week.'],
  },
  signposts: ['Activity Alliance', 'Chair-based exercise classes', 'We Are Undefeatable, for people with long-term conditions', 'Wheelchair-accessible local options'],
  scripts: {
    '30s': {
      ask: ['Can I mention something that often helps mood?'],
      explain: ['Any movement helps mood and health, and seated or wheelchair activity counts.'],
      invite: ['Would you like to talk about it next time?'],
      sources: [VERY_BRIEF, CMO],
    },
    '2min': {
      ask: ['Would it be OK to talk for a couple of minutes about activity?'],
      explain: [
        'Even a little movement is better than none, and it helps mood and health.',
        'Seated, wheelchair-based and water activity all count, and many groups are accessible.',
      ],
      invite: ['What kind of movement works for you?', 'Shall we plan one small step?'],
      sources: [MOVING_MEDICINE, CMO],
    },
    '5min': {
      engage: ['How does your mobility affect what you do?', 'How do you feel about being active?'],
      explore: [
        'What have you enjoyed or tried before?',
        'What would you like to be different? What are your top two or three reasons?',
        'What gets in the way, like access or transport?',
      ],
      decide: [
        'So your reasons are what you just told me. What do you think you will do?',
        "Let's agree one small step that works for your body.",
        "We'll review next session, and I can find accessible local options.",
      ],
      sources: [MOVING_MEDICINE, CMO],
    },
  },
  sources: [CMO],
};
