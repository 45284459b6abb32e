import type { GroupContentInput } from '../content-schema.ts';
import { CMO, MOVING_MEDICINE, REID, VERY_BRIEF } from './sources.ts';

export const musculoskeletal: GroupContentInput = {
  group: 'musculoskeletal',
  label: 'Arthritis, back pain and bone health',
  topic: 'your joints and back',
  keyPoint: 'Moving is good for joints and backs. Some aching when you start is normal and does not mean you are doing damage.',
  reassurance: [
    'Hurt does not mean harm. A bit of extra aching that settles within a day or so is fine; ease off a little if it lasts longer.',
    'Regular movement can ease joint and back pain over time; the guidelines quote a 25% lower risk of joint and back pain.',
  ],
  firstSteps: {
    inactive: ['Try a few minutes of gentle movement, like a short walk or chair exercises, on most days.'],
    'fairly-active': ['Add some gentle strengthening, like sit-to-stands or a swimming or water exercise session.'],
    active: ['Keep going, and include strength exercises on two days a week to support your joints.'],
  },
  signposts: ['ESCAPE-pain programme for knee and hip pain', 'Your GP or physiotherapist', 'Versus Arthritis resources', 'NHS Fitness Studio videos'],
  conditionNotes: {
    'inflammatory-arthritis': 'During a flare, do gentler movement and rest more, then return to your usual activity as it settles.',
    osteoporosis: { text: 'With osteoporosis, strength and balance exercise and impact suited to you help bones; ask your GP or physio what suits you.', confirm: true },
  },
  scripts: {
    '30s': {
      ask: ['Can I mention something that often helps joint and back pain?'],
      explain: ['Gentle regular movement is good for joints and backs, and some aching at first is normal.'],
      invite: ['Would you like to talk about it next time?'],
      sources: [VERY_BRIEF, MOVING_MEDICINE, REID],
    },
    '2min': {
      ask: ['Would it be OK to talk for a couple of minutes about activity and your joints?'],
      explain: [
        'Moving regularly keeps joints and backs healthier and can ease pain over time.',
        'Some aching when you start is normal. Hurt does not mean harm; if it lasts more than a day or so, ease off a little.',
        'Programmes like ESCAPE-pain are designed for people with joint pain.',
      ],
      invite: ['What kind of movement feels most manageable?', 'Shall we plan one small step for this week?'],
      sources: [MOVING_MEDICINE, REID, CMO],
    },
    '5min': {
      engage: ['How do your joints or back affect what you do?', 'What do you find yourself avoiding because of pain?'],
      explore: [
        'What have you been told about activity and your joints?',
        'What would you most like to be able to do? What are your top two or three reasons?',
        'What worries you about moving with pain?',
      ],
      decide: [
        'So what matters to you is what you just told me. What do you think you will do?',
        "Let's agree one small, regular step and what you'll do on a painful day.",
        "We'll review next session. Your GP or physio can advise, and there are local programmes for joint pain.",
      ],
      sources: [MOVING_MEDICINE, REID, CMO],
    },
  },
  sources: [MOVING_MEDICINE, REID, CMO],
};
