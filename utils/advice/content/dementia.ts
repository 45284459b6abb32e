import type { GroupContentInput } from '../content-schema.ts';
import { CMO, MOVING_MEDICINE, REID, VERY_BRIEF } from './sources.ts';

export const dementia: GroupContentInput = {
  group: 'dementia',
  label: 'Dementia',
  topic: 'staying well and independent',
  keyPoint: 'Staying active helps mood, sleep, strength and balance with dementia, and doing it with others can be enjoyable.',
  reassurance: [
    'Familiar activities, like walking, dancing or gardening, are a good place to start.',
    'Strength and balance work and supervised or dementia-friendly groups help keep people steady.',
  ],
  firstSteps: {
    inactive: ['Take a short walk on a familiar route with a family member or friend on a few days this week.'],
    'fairly-active': ['Try a dementia-friendly group, like singing and movement or a walking group.'],
    active: ['Keep going, and include strength and balance activities on two days a week.'],
  },
  signposts: ['Dementia-friendly activity groups', "Alzheimer's Society", 'Strength and balance classes'],
  scripts: {
    '30s': {
      ask: ['Can I mention something that helps people stay well with dementia?'],
      explain: ['Staying active helps mood, sleep and balance, and is good to do with others.'],
      invite: ['Would you like to talk about it next time, perhaps with someone close to you?'],
      sources: [VERY_BRIEF, MOVING_MEDICINE],
    },
    '2min': {
      ask: ['Would it be OK to talk for a couple of minutes about staying active?'],
      explain: [
        'Staying active helps mood, sleep, strength and balance with dementia.',
        'Familiar activities and dementia-friendly groups are a good place to start, ideally with someone you know.',
      ],
      invite: ['What did you enjoy doing before?', 'Shall we plan one small step, maybe with a family member?'],
      sources: [MOVING_MEDICINE, CMO, REID],
    },
    '5min': {
      engage: ['What does a usual day look like for you now?', 'What activities do you still enjoy?'],
      explore: [
        'What would you like to keep doing?',
        'What are your top two or three reasons for staying active?',
        'Who could join you?',
      ],
      decide: [
        'So your reasons are what you just told me. What do you think you will do?',
        "Let's agree one familiar activity, with someone to do it with.",
        "We'll review next session; dementia-friendly groups and the Alzheimer's Society can help.",
      ],
      sources: [MOVING_MEDICINE, CMO, REID],
    },
  },
  sources: [MOVING_MEDICINE, CMO, REID],
};
