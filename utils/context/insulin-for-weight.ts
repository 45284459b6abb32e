import type { Hit } from './scan.ts';

// "Omitting insulin to lose weight", "skips her Lantus to keep her weight down", "insulin
// restriction for weight control": insulin withheld for weight is the behaviour of an eating
// disorder in type 1 diabetes (T1DE). Only with the weight named as the reason: a missed,
// forgotten or reduced dose alone is not ("Missed insulin doses on holiday", "Insulin reduced
// after hypos").
const WITHHELD_BEFORE = /\b(?:omit(?:s|ting|ted)?|restrict(?:s|ing|ed)?|skip(?:s|ping|ped)?|miss(?:es|ing|ed)?|withh[oe]ld(?:s|ing)?|under[- ]?dos(?:es|ing|ed|e)|manipulat(?:es|ing|ed|e)|not tak(?:ing|en)|avoid(?:s|ing|ed)?|deliberately (?:missing|skipping|omitting|reducing))\s+(?:(?:her|his|their|my)\s+)?$/i;
const WITHHELD_AFTER = /^\s*(?:doses?\s+)?(?:omission|restriction|manipulation|under[- ]?dosing|misuse)\b/i;
const FOR_WEIGHT = /^[^.;]{0,40}?\b(?:(?:to|so as to|in order to)\s+(?:lose|control|manage|reduce|avoid gaining|keep down|keep off)\s+(?:(?:her|his|their|my)\s+)?weight|for weight(?: loss| control| reasons)?|to avoid (?:gaining weight|weight gain)|to stay thin|to keep (?:her|his|their|my) weight down|due to (?:fear of )?weight gain)\b/i;

export function insulinForWeight(text: string, hit: Hit): boolean {
  const after = text.slice(hit.end, hit.end + 64);
  if (!FOR_WEIGHT.test(after)) return false;
  return WITHHELD_AFTER.test(after) || WITHHELD_BEFORE.test(text.slice(Math.max(0, hit.start - 40), hit.start));
}
