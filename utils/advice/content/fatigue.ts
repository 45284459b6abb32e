import type { GroupContentInput } from '../content-schema.ts';
import { MOVING_MEDICINE, NG206, REID, VERY_BRIEF } from './sources.ts';

// ME/CFS and long COVID share the fatigue group. NICE NG206 rules out exercise programmes with fixed
// increments for ME/CFS, so every line here is about energy management and pacing. The same pacing
// approach is used for long COVID, marked confirm because NG206 does not cover it.
export const fatigue: GroupContentInput = {
  group: 'fatigue',
  label: 'ME/CFS and long COVID',
  topic: 'your energy',
  keyPoint: 'With your fatigue, the aim is to manage your energy: pacing what you do so you avoid crashes, rather than pushing to do more.',
  reassurance: [
    'Rest is part of the plan, not a failure. Stopping before you are tired is how pacing works.',
    'If an activity leaves you worse the next day or two, that is a sign to do less of it, and that is fine.',
  ],
  firstSteps: {
    inactive: ['For a week, notice which activities drain you and which restore you, without changing anything yet.'],
    'fairly-active': ['Break tasks into smaller pieces with rest in between, and notice how you feel the next day.'],
    active: ['Check whether some days are followed by a crash. If so, spread activity more evenly across the week.'],
  },
  signposts: ['Your GP or local ME/CFS service for an energy management plan', 'Your local long COVID service, if you have one'],
  conditionNotes: {
    'long-covid': {
      text: 'For long COVID we use the same pacing approach; your long COVID service may have its own plan for you.',
      confirm: true,
    },
  },
  scripts: {
    '30s': {
      ask: ['Can I check how you are managing your energy day to day?'],
      explain: ['With fatigue like yours, pacing and managing your energy matters more than doing more.'],
      invite: ['Would it help to look at pacing together next time?'],
      sources: [NG206, VERY_BRIEF],
    },
    '2min': {
      ask: ['Would it be OK to spend a couple of minutes on how you manage your energy?'],
      explain: [
        'With ME/CFS or long COVID, the aim is energy management: pacing what you do so you avoid crashes.',
        'Rest is part of the plan. Stopping before you are tired is how pacing works.',
        'Any activity stays within what your energy allows, and it is fine to do less on some days.',
      ],
      invite: ['What drains you most at the moment, and what helps you recover?', 'Shall we plan one small change to how you spread things across the day?'],
      sources: [NG206, MOVING_MEDICINE],
    },
    '5min': {
      engage: ['How is fatigue affecting your days at the moment?', 'What happens after a day when you do more than usual?'],
      explore: [
        'What do you already know about pacing?',
        'Which activities matter most to you, so we can protect energy for them?',
        'What support do you have from your GP or a fatigue service?',
      ],
      decide: [
        'So the things that matter most to you are the ones you named. What would you like to try?',
        "Let's plan one change that keeps you within your energy limits, and what you'll do on a bad day.",
        "We'll review how your energy has been next session. Your GP or fatigue service can help with an energy management plan.",
      ],
      sources: [NG206, REID, MOVING_MEDICINE],
    },
  },
  sources: [NG206, REID],
};
