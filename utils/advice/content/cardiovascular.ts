import type { GroupContentInput } from '../content-schema.ts';
import { CMO, MOVING_MEDICINE, REID, VERY_BRIEF } from './sources.ts';

// Stable heart conditions need no medical clearance to build up gradually (Reid 2022); new or
// exertional symptoms are handled by the cardiac safety card, which always comes first.
export const cardiovascular: GroupContentInput = {
  group: 'cardiovascular',
  label: 'Heart and circulation conditions',
  topic: 'your heart',
  keyPoint: 'For a settled heart condition, regular activity strengthens your heart and helps blood pressure. Start gently and build up gradually.',
  reassurance: [
    'If your condition is stable, you do not need a check-up before starting gentle activity and building up gradually.',
    'New chest pain, blackouts or unexplained breathlessness are different: those need a medical review first.',
  ],
  firstSteps: {
    inactive: ['Walk for 10 minutes at a pace where you can still talk, on three days this week.'],
    'fairly-active': ['Add a few minutes to your walks, or one more active day a week.'],
    active: ['Keep it going, and add strength work on two days a week.'],
  },
  signposts: [
    { text: 'Cardiac rehabilitation via your GP or heart team', for: ['coronary-heart-disease', 'heart-failure', 'atrial-fibrillation'] },
    { text: 'Stroke rehabilitation or community exercise after stroke, via your GP', for: ['stroke'] },
    'We Are Undefeatable, for people with long-term conditions',
  ],
  conditionNotes: {
    'heart-failure': { text: 'With heart failure, cardiac rehabilitation is the best supervised place to start; ask your heart team.', confirm: true },
    stroke: { text: 'After a stroke, activity helps recovery and lowers the risk of another; ask your stroke team what suits you.', confirm: true },
    'atrial-fibrillation': { text: 'With AF, moderate activity is usually fine; ask your GP if you notice new palpitations or dizziness.', confirm: true },
  },
  scripts: {
    '30s': {
      ask: ['Can I mention something that is good for your heart?'],
      explain: ['Regular gentle activity, built up gradually, strengthens your heart and helps blood pressure.'],
      invite: ['Would you like to talk about it next time?'],
      sources: [VERY_BRIEF, MOVING_MEDICINE, REID],
    },
    '2min': {
      ask: ['Would it be OK to talk for a couple of minutes about activity and your heart?'],
      explain: [
        'Regular activity strengthens your heart, helps blood pressure and lowers the risk of further problems.',
        'If your condition is stable, you can start gently and build up gradually without a medical check first.',
        'New chest pain, blackouts or unexplained breathlessness are different and need a medical review first.',
      ],
      invite: ['What might you like to try?', 'Would you like details of cardiac rehab or a local group?'],
      sources: [MOVING_MEDICINE, REID, CMO],
    },
    '5min': {
      engage: ['How does your heart condition affect what you do?', 'How confident do you feel about being active with it?'],
      explore: [
        'What do you already know about activity and heart health?',
        'What would you like to be able to do? What are your top two or three reasons?',
        'Do you have any symptoms when you are active, like chest pain or dizziness?',
      ],
      decide: [
        'So your reasons are the ones you just gave. What do you think you will do?',
        "Let's agree one gentle step at a pace where you can still talk.",
        "We'll check in next session. Cardiac rehab is a supervised option your GP or heart team can refer you to.",
      ],
      sources: [MOVING_MEDICINE, REID, CMO],
    },
  },
  sources: [MOVING_MEDICINE, REID, CMO],
};
