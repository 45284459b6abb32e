import type { GroupContentInput } from '../content-schema.ts';
import { CMO, MOVING_MEDICINE, VERY_BRIEF } from './sources.ts';

// Disabled adults: 150 minutes moderate a week plus strength and balance; "even a little movement is
// better than nothing" (CMO 2019).
export const sensory: GroupContentInput = {
  group: 'sensory',
  label: 'Sight and hearing loss',
  topic: 'staying active in a way that works for you',
  keyPoint: 'Being active is good for mood and health for everyone, and many activities are adapted for people with sight or hearing loss.',
  reassurance: ['Even a little movement is better than none, and there are groups with guides, BSL or other support.'],
  firstSteps: {
    inactive: ['Try a short walk with someone you trust, or an audio-guided or captioned video at home.'],
    'fairly-active': ['Try an adapted group or class, with a guide or BSL support if that helps.'],
    active: ['Keep going, and add strength and balance work on two days a week.'],
  },
  signposts: ['British Blind Sport or local visually impaired sport groups', 'UK Deaf Sport', 'Activity Alliance'],
  conditionNotes: {
    'visual-impairment': 'Sighted guides, guide runners and audio-described classes are available in many areas.',
    'hearing-impairment': 'Ask about BSL-interpreted or visual-cue classes, and let the instructor know how you prefer to communicate.',
  },
  scripts: {
    '30s': {
      ask: ['Can I mention something that often helps mood?'],
      explain: ['Being active helps mood, and many activities are adapted for sight or hearing loss.'],
      invite: ['Would you like to talk about it next time?'],
      sources: [VERY_BRIEF, CMO],
    },
    '2min': {
      ask: ['Would it be OK to talk for a couple of minutes about activity?'],
      explain: [
        'Being active helps mood and health, and even a little movement is better than none.',
        'Many groups offer guides, BSL or other support, so you can choose what suits you.',
      ],
      invite: ['What kind of activity might you enjoy?', 'Shall we look for an adapted option together?'],
      sources: [MOVING_MEDICINE, CMO],
    },
    '5min': {
      engage: ['How active are you at the moment?', 'What makes activity harder or easier for you?'],
      explore: [
        'What have you enjoyed in the past?',
        'What would you like to be different? What are your top two or three reasons?',
        'What support would make it easier, like a guide or an interpreter?',
      ],
      decide: [
        'So your reasons are what you just told me. What do you think you will do?',
        "Let's agree one small step, with the support you need.",
        "We'll review next session, and I can give you adapted local options.",
      ],
      sources: [MOVING_MEDICINE, CMO],
    },
  },
  sources: [CMO],
};
