import * as v from 'valibot';
import { ActivitySchema, type Activity } from '../schema.ts';

// National and digital options listed beside the local directory: apps, online classes, national
// walking and running events, and NHS condition programmes reached by referral. Written as data
// and validated when loaded, so a typo fails loudly in tests rather than showing a broken card.
//
// Every link is marked `verify: true`: they are the canonical pages as we understand them, and the
// brief asks that links be checked before shipping ("verify links before shipping"). The result
// card shows national options with their label so nobody mistakes them for local provision.

export const NATIONAL_KINDS = ['app', 'online', 'programme', 'group', 'referral'] as const;
// Who an option is for: everyone, anyone with a physical long-term condition, or only people with
// one of the listed conditions (matched by condition group, so "asthma" also finds lung programmes).
export const AUDIENCES = ['everyone', 'long-term-conditions', 'conditions'] as const;

export const NationalOptionSchema = v.object({
  activity: ActivitySchema,
  kind: v.picklist(NATIONAL_KINDS),
  audience: v.picklist(AUDIENCES),
  verify: v.literal(true),
});

export type NationalKind = (typeof NATIONAL_KINDS)[number];
export type NationalOption = Omit<v.InferOutput<typeof NationalOptionSchema>, 'activity'> & { activity: Activity };

export const KIND_LABELS: Record<NationalKind, string> = {
  app: 'National app',
  online: 'Online, national',
  programme: 'NHS programme (referral)',
  group: 'National network of local groups',
  referral: 'Referral through the GP',
};

// The same, as the short words in a result's "why" ("free, national app, designed for...").
export const KIND_WORDS: Record<NationalKind, string> = {
  app: 'national app',
  online: 'online',
  programme: 'NHS programme by referral',
  group: 'local groups nationwide',
  referral: 'by GP referral',
};

const free = { type: 'free' as const };

const RAW: unknown[] = [
  {
    kind: 'app',
    audience: 'everyone',
    verify: true,
    activity: {
      id: 'national:nhs-couch-to-5k',
      name: 'NHS Couch to 5K',
      description: 'Free app that takes a beginner from walking to running 5K over 9 weeks, three runs a week, with a coach talking them through each run.',
      activities: ['Couch to 5K', 'Running'],
      organiser: { name: 'NHS' },
      mode: 'home',
      schedule: [],
      timing: 'Any time, three runs a week',
      cost: free,
      intensity: 'vigorous',
      suitableFor: ['beginners'],
      conditions: [],
      referral: 'self-referral',
      url: 'https://www.nhs.uk/live-well/exercise/running-and-aerobic-exercises/get-running-with-couch-to-5k/',
    },
  },
  {
    kind: 'app',
    audience: 'everyone',
    verify: true,
    activity: {
      id: 'national:nhs-active-10',
      name: 'NHS Active 10',
      description: 'Free app that counts brisk 10-minute walks through the day. Check it is still offered before suggesting it.',
      activities: ['Walking'],
      organiser: { name: 'NHS Better Health' },
      mode: 'home',
      schedule: [],
      timing: 'Any time',
      cost: free,
      intensity: 'moderate',
      suitableFor: ['beginners', 'long-term-conditions'],
      conditions: [],
      referral: 'self-referral',
      url: 'https://www.nhs.uk/better-health/get-active/',
    },
  },
  {
    kind: 'online',
    audience: 'everyone',
    verify: true,
    activity: {
      id: 'national:nhs-fitness-studio',
      name: 'NHS Fitness Studio',
      description: 'Free instructor-led exercise videos to follow at home: aerobics, strength and resistance, pilates and yoga.',
      activities: ['Exercise Classes', 'Aerobics', 'Pilates', 'Yoga'],
      organiser: { name: 'NHS' },
      mode: 'online',
      schedule: [],
      timing: 'On demand',
      cost: free,
      suitableFor: ['beginners'],
      conditions: [],
      referral: 'self-referral',
      url: 'https://www.nhs.uk/conditions/nhs-fitness-studio/',
    },
  },
  {
    kind: 'online',
    audience: 'long-term-conditions',
    verify: true,
    activity: {
      id: 'national:we-are-undefeatable',
      name: 'We Are Undefeatable',
      description: 'Ideas, videos and stories about moving more when living with a long-term health condition, from the Richmond Group of Charities and Sport England.',
      activities: ['Exercise Classes', 'Walking', 'Chair-Based Exercise'],
      organiser: { name: 'Richmond Group of Charities' },
      mode: 'online',
      schedule: [],
      timing: 'On demand',
      cost: free,
      intensity: 'gentle',
      suitableFor: ['long-term-conditions', 'beginners'],
      conditions: [],
      referral: 'self-referral',
      url: 'https://weareundefeatable.co.uk/',
    },
  },
  {
    kind: 'group',
    audience: 'everyone',
    verify: true,
    activity: {
      id: 'national:parkrun',
      name: 'parkrun',
      description: 'Free, weekly, timed 5k events in parks across the UK; walking, jogging, running or volunteering are all welcome.',
      activities: ['Timed 5k Run', 'Walking'],
      organiser: { name: 'parkrun' },
      mode: 'in-person',
      schedule: [{ days: ['sat'], start: '09:00', end: '10:00' }],
      timing: 'Saturday mornings (9am in England and Wales, 9:30am in Scotland and Northern Ireland)',
      cost: free,
      intensity: 'moderate',
      suitableFor: ['beginners', 'mental-health'],
      conditions: [],
      referral: 'drop-in',
      url: 'https://www.parkrun.org.uk/',
    },
  },
  {
    kind: 'group',
    audience: 'everyone',
    verify: true,
    activity: {
      id: 'national:ramblers-wellbeing-walks',
      name: 'Ramblers Wellbeing Walks',
      description: 'Free, short, led walks on easy routes across England, with a friendly group and a walk leader.',
      activities: ['Health Walks'],
      organiser: { name: 'Ramblers' },
      mode: 'in-person',
      schedule: [],
      timing: 'Times vary by walk; see the walk finder',
      cost: free,
      intensity: 'gentle',
      suitableFor: ['beginners', 'long-term-conditions', 'mental-health', 'older-adults'],
      conditions: [],
      referral: 'drop-in',
      url: 'https://www.ramblers.org.uk/wellbeing-walks',
    },
  },
  {
    kind: 'programme',
    audience: 'conditions',
    verify: true,
    activity: {
      id: 'national:pulmonary-rehabilitation',
      name: 'Pulmonary rehabilitation',
      description: 'A supervised NHS programme of exercise and education for people with lung conditions, usually twice a week for 6 to 8 weeks. Ask the GP or respiratory team for a referral.',
      activities: ['Pulmonary Rehabilitation'],
      organiser: { name: 'NHS respiratory services' },
      mode: 'in-person',
      schedule: [],
      cost: free,
      intensity: 'moderate',
      suitableFor: ['long-term-conditions'],
      // Pulmonary rehabilitation is offered for COPD and other chronic lung disease, not for asthma alone.
      conditions: ['copd'],
      referral: 'professional-referral',
      url: 'https://www.nhs.uk/conditions/chronic-obstructive-pulmonary-disease-copd/treatment/',
    },
  },
  {
    kind: 'programme',
    audience: 'conditions',
    verify: true,
    activity: {
      id: 'national:cardiac-rehabilitation',
      name: 'Cardiac rehabilitation',
      description: 'Supervised exercise, education and support after a heart attack, heart surgery or with heart failure. Ask the GP, cardiologist or heart team for a referral.',
      activities: ['Cardiac Rehabilitation'],
      organiser: { name: 'NHS cardiac rehabilitation services' },
      mode: 'in-person',
      schedule: [],
      cost: free,
      intensity: 'moderate',
      suitableFor: ['long-term-conditions'],
      conditions: ['coronary-heart-disease', 'heart-failure'],
      referral: 'professional-referral',
      url: 'https://www.bhf.org.uk/informationsupport/support/practical-support/cardiac-rehabilitation',
    },
  },
  {
    kind: 'group',
    audience: 'conditions',
    verify: true,
    activity: {
      id: 'national:breathe-easy',
      name: 'Breathe Easy support groups',
      description: 'Local support groups for people living with a lung condition and their carers, run with Asthma + Lung UK; many include gentle exercise or singing for lung health.',
      activities: ['Chair-Based Exercise'],
      organiser: { name: 'Asthma + Lung UK' },
      mode: 'in-person',
      schedule: [],
      cost: free,
      intensity: 'gentle',
      suitableFor: ['long-term-conditions', 'carers'],
      conditions: ['copd', 'asthma'],
      referral: 'drop-in',
      url: 'https://www.asthmaandlung.org.uk/support-groups',
    },
  },
  {
    kind: 'programme',
    audience: 'conditions',
    verify: true,
    activity: {
      id: 'national:nhs-diabetes-prevention-programme',
      name: 'NHS Diabetes Prevention Programme',
      description: 'Free 9-month programme for people at risk of type 2 diabetes (non-diabetic hyperglycaemia): healthy eating, weight and physical activity, in a group or digitally. The GP practice refers.',
      activities: ['Exercise Classes'],
      organiser: { name: 'NHS England' },
      mode: 'online',
      schedule: [],
      cost: free,
      suitableFor: ['long-term-conditions'],
      conditions: ['prediabetes'],
      referral: 'professional-referral',
      url: 'https://www.england.nhs.uk/diabetes/diabetes-prevention/',
    },
  },
  {
    kind: 'programme',
    audience: 'conditions',
    verify: true,
    activity: {
      id: 'national:escape-pain',
      name: 'ESCAPE-pain',
      description: 'Group programme of education and exercise for people with long-term knee, hip or back pain, twice a week for six weeks, run by physiotherapists and trained instructors; also an app and online version.',
      activities: ['Exercise Classes'],
      organiser: { name: 'ESCAPE-pain (Orthopaedic Research UK)' },
      mode: 'in-person',
      schedule: [],
      cost: free,
      intensity: 'moderate',
      suitableFor: ['long-term-conditions', 'older-adults'],
      conditions: ['osteoarthritis', 'back-pain', 'chronic-pain'],
      referral: 'self-referral',
      url: 'https://escape-pain.org/',
    },
  },
  {
    kind: 'referral',
    audience: 'everyone',
    verify: true,
    activity: {
      id: 'national:exercise-referral',
      name: 'Exercise referral through the GP',
      description: 'A supervised exercise programme, usually gym-based at a local leisure centre for about 12 weeks, that builds up gradually. The GP practice or another health professional refers.',
      activities: ['Exercise on Referral'],
      organiser: { name: 'Local exercise referral scheme' },
      mode: 'in-person',
      schedule: [],
      timing: 'Ask the GP practice',
      cost: { type: 'concession', text: 'Usually free or reduced price; varies by area' },
      intensity: 'moderate',
      suitableFor: ['long-term-conditions', 'mental-health', 'beginners'],
      conditions: [],
      referral: 'professional-referral',
    },
  },
];

export const NATIONAL_OPTIONS: readonly NationalOption[] = RAW.map((raw, i) => {
  const result = v.safeParse(NationalOptionSchema, raw);
  if (!result.success) {
    const issue = result.issues[0];
    const path = issue.path?.map((p) => String(p.key)).join('.') ?? '';
    throw new Error(`national option ${i + 1}: expected a valid ${path}, found ${JSON.stringify(issue.input)} (${issue.message})`);
  }
  return result.output;
});
