import type { GroupContentInput } from '../content-schema.ts';
import { CMO, MOVING_MEDICINE, REID, VERY_BRIEF } from './sources.ts';

// Not one of Moving Medicine's launch modules; condition-specific lines are marked confirm.
export const neurological: GroupContentInput = {
  group: 'neurological',
  label: 'MS, Parkinson’s and epilepsy',
  topic: 'living with your neurological condition',
  keyPoint: { text: 'Being active can help strength, balance, mood and fatigue with conditions like MS and Parkinson’s.', confirm: true },
  reassurance: [
    'Even a little movement is better than none, and activities can be adapted to what you can do.',
    { text: 'With MS, heat can make symptoms worse for a while; cooler times of day and rests help.', confirm: true },
  ],
  firstSteps: {
    inactive: ['Try a few minutes of gentle movement or chair exercises on most days, resting when you need to.'],
    'fairly-active': ['Add some balance and strength exercises on two days a week.'],
    active: ['Keep going, and include balance and strength work on two days a week.'],
  },
  signposts: ['Your neurology team, specialist nurse or physio', 'MS Society and Parkinson’s UK activity resources', 'We Are Undefeatable, for people with long-term conditions'],
  conditionNotes: {
    epilepsy: { text: 'With epilepsy, most activities are fine; for swimming or cycling, go with someone who knows what to do if you have a seizure.', confirm: true },
    parkinsons: { text: 'With Parkinson’s, regular activity, including balance work, helps movement and confidence.', confirm: true },
  },
  scripts: {
    '30s': {
      ask: ['Can I mention something that can help with your condition?'],
      explain: [{ text: 'Regular activity, adapted to you, can help strength, balance, mood and fatigue.', confirm: true }],
      invite: ['Would you like to talk about it next time?'],
      sources: [VERY_BRIEF, CMO],
    },
    '2min': {
      ask: ['Would it be OK to talk for a couple of minutes about activity and your condition?'],
      explain: [
        { text: 'Regular activity, adapted to what you can do, can help strength, balance, mood and fatigue.', confirm: true },
        'Even a little movement is better than none.',
        'Your specialist team or physio can suggest what suits you.',
      ],
      invite: ['What might feel manageable?', 'Shall we plan one small step?'],
      sources: [MOVING_MEDICINE, CMO, REID],
    },
    '5min': {
      engage: ['How does your condition affect what you do?', 'How do fatigue and mood play into that?'],
      explore: [
        'What have you been told about activity and your condition?',
        'What would you like to be able to do? What are your top two or three reasons?',
        'What worries you, for example falls, heat or seizures?',
      ],
      decide: [
        'So your reasons are what you just told me. What do you think you will do?',
        "Let's agree one small step, adapted to you, and how you'll stay safe.",
        "We'll review next session. Your specialist team and condition charities have activity support.",
      ],
      sources: [MOVING_MEDICINE, CMO, REID],
    },
  },
  sources: [CMO, REID],
};
