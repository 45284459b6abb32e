import type { Dims } from './findings.ts';
import type { Hit } from './scan.ts';

// "Omitting insulin to lose weight", "skips her Lantus to keep her weight down", "insulin
// omission for weight control": insulin withheld for weight is the behaviour of an eating
// disorder in type 1 diabetes (T1DE). Only with the weight named as the reason: a missed,
// forgotten or reduced dose alone is not ("Missed insulin doses on holiday", "Insulin reduced
// after hypos"), nor advice, a risk discussed or a fear ("Advised never to skip insulin to lose
// weight", "Discussed the risks of omitting insulin", "Worried she might start omitting insulin").
const WITHHELD_BEFORE = /\b(?:omit(?:s|ting|ted)?|restrict(?:s|ing|ed)?|skip(?:s|ping|ped)?|miss(?:es|ing|ed)?|withh[oe]ld(?:s|ing)?|under[- ]?dos(?:es|ing|ed|e)|manipulat(?:es|ing|ed|e)|reduc(?:es|ing|ed|e)|cut(?:s|ting)? down|stop(?:s|ped|ping)?(?: taking| using)?|no longer (?:takes|taking|uses|using)|(?:does ?n[o']t|doesn't|not|isn't|is not) (?:tak(?:e|ing)|inject(?:ing)?|us(?:e|ing))|stop(?:s|ped|ping)? injecting|avoid(?:s|ing|ed)?)\s+(?:(?:some|all|most)\s+(?:of\s+)?)?(?:(?:her|his|their|my)\s+)?(?:doses? of\s+(?:(?:her|his|their|my)\s+)?)?$/i;
const WITHHELD_AFTER = /^\s*(?:doses?\s+)?(?:omission|restriction|manipulation|under[- ]?dosing|misuse)\b/i;
const FOR_WEIGHT = /^[^.;]{0,48}?\b(?:(?:to|so as to|in order to|as a way of)\s+(?:lose|losing|control|controlling|manage|managing|reduce|keep down|keep off)\s+(?:(?:her|his|their|my)\s+)?weight|for weight (?:loss|control|reasons)\b|for weight(?=\s*(?:$|[.,;:)]))|to avoid (?:gaining weight|weight gain)|to stay thin|to keep (?:her|his|their|my) weight down|(?:afraid|scared|frightened|fear(?:ful)?) of (?:gaining|putting on) weight|so (?:she|he|they|i) (?:does ?n[o']t|doesn't|won't|will not|can|could) (?:put on|gain|lose) weight|weight[- ]related|due to (?:fear of )?weight gain|(?:due to|because of|owing to|over)\s+(?:(?:her|his|their|my)\s+)?(?:weight|body image|shape and weight)\s+(?:concerns?|worries|fears?|issues))/i;
// Said before the behaviour: advice, a risk, a fear or a maybe, not what she does.
const NOT_DONE = /\b(?:never|not to|don'?t|risks?|dangers?|might|may|could|would|if|whether|advised|discussed|explained|educat\w*|psychoeducation)\b(?:\s+\w+){0,3}\s*$/i;

// Where the words that withhold the insulin start, or -1 when it is not withheld for weight.
// "..., not for weight", "but not to lose weight": the weight is denied as the reason.
const NOT_FOR_WEIGHT = /\bnot\s+(?:(?:for|to|because of|due to|so as to|in order to)\b[^.;]{0,24}?weight|to lose)\b/i;

// "Skipping insulin to lose weight - denies", "... for weight: No": answered after.
const ANSWERED_NO = /^[^.;]{0,60}?(?:[-–—:,?]\s*|\s)(?:denies|denied|no|none|nil|never)(?:\s+(?:reported|known|disclosed|noted|identified))?\s*(?:$|[.;,)])/i;

export function insulinForWeight(text: string, hit: Hit): number {
  const after = text.slice(hit.end, hit.end + 72);
  if (!FOR_WEIGHT.test(after) || NOT_FOR_WEIGHT.test(after) || ANSWERED_NO.test(after)) return -1;
  const from = Math.max(0, hit.start - 48);
  const lead = text.slice(from, hit.start);
  const withheld = WITHHELD_BEFORE.exec(lead);
  const verbAt = withheld ? lead.length - withheld[0].length : WITHHELD_AFTER.test(after) ? lead.length : -1;
  return verbAt >= 0 && !NOT_DONE.test(lead.slice(0, verbAt)) ? from + verbAt : -1;
}

// "Stopped taking her insulin to lose weight": the words that withhold the drug take the drug
// back, not the behaviour, unless a denial stands before them ("Denies stopping insulin ...").
const DENIED_BEFORE = /\b(?:denies|denied|denying|no|not|never|nil|without|negative)\b[^.;!?\n]*$/i;

// The verbs that say the drug is not taken, and so would take it back.
const NOT_TAKEN = /^(?:stop|no longer|does ?n[o']t|doesn't|not|isn't|is not)/i;

export function withheldDims(text: string, dims: Dims, verbAt: number): Dims {
  if (!dims.negated && !dims.historical) return dims;
  // An answer or denial after it still counts: "Insulin omission for weight: No".
  if (!NOT_TAKEN.test(text.slice(verbAt, verbAt + 12))) return dims;
  if (DENIED_BEFORE.test(text.slice(Math.max(0, verbAt - 60), verbAt))) return dims;
  return { ...dims, negated: false, historical: false };
}
