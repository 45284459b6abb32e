import type { GroupContentInput } from '../content-schema.ts';
import { CMO, MOVING_MEDICINE, VERY_BRIEF } from './sources.ts';

// CMO 2019 supports activity in pregnancy and a return after birth; the brief marks this confirm.
export const pregnancy: GroupContentInput = {
  group: 'pregnancy',
  label: 'Pregnancy and after birth',
  topic: 'staying active in pregnancy or after birth',
  keyPoint: { text: 'Being active in pregnancy and after birth is good for you and your baby, and helps mood.', confirm: true },
  reassurance: [
    { text: 'In pregnancy, avoid contact sports, and after about 16 weeks avoid lying flat on your back to exercise.', confirm: true },
    { text: 'After birth, start with pelvic floor exercises and gentle walking, and return to other activity at your own pace.', confirm: true },
  ],
  firstSteps: {
    inactive: ['Start with short walks and daily pelvic floor exercises.'],
    'fairly-active': ['Keep walking, and try a pregnancy or postnatal class or swim.'],
    active: [{ text: 'You can usually keep doing what you did before, adjusting as you go; check with your midwife or GP.', confirm: true }],
  },
  signposts: ['Your midwife or health visitor', 'Aquanatal, pregnancy yoga or postnatal classes', 'Buggy walks or parent-and-baby groups'],
  conditionNotes: {
    postnatal: { text: 'After birth, go at your own pace, start with pelvic floor exercises, and check with your GP at your postnatal check.', confirm: true },
  },
  scripts: {
    '30s': {
      ask: ['Can I mention something that can help you feel better at this time?'],
      explain: [{ text: 'Staying active in pregnancy and after birth is safe and good for mood.', confirm: true }],
      invite: ['Would you like to talk about it next time?'],
      sources: [VERY_BRIEF, CMO],
    },
    '2min': {
      ask: ['Would it be OK to talk for a couple of minutes about activity at this time?'],
      explain: [
        { text: 'Being active in pregnancy and after birth is good for you and your baby, and helps mood.', confirm: true },
        { text: 'In pregnancy, avoid contact sports and lying flat on your back after about 16 weeks; pelvic floor exercises help.', confirm: true },
        { text: 'After birth, return at your own pace, starting with pelvic floor exercises and walking.', confirm: true },
      ],
      invite: ['What feels manageable at the moment?', 'Shall we plan one small step?'],
      sources: [MOVING_MEDICINE, CMO],
    },
    '5min': {
      engage: ['How are you feeling in yourself at the moment?', 'How active were you before, and now?'],
      explore: [
        'What have you heard about activity in pregnancy or after birth?',
        'What would help you most? What are your top two or three reasons?',
        'What gets in the way, like tiredness, childcare or worry?',
      ],
      decide: [
        'So your reasons are what you just told me. What do you think you will do?',
        "Let's agree one small step that fits your day, maybe with your baby or a friend.",
        "We'll review next session; your midwife or health visitor can advise too.",
      ],
      sources: [MOVING_MEDICINE, CMO],
    },
  },
  sources: [CMO],
};
