import { sentenceBefore } from './text-utils.ts';
import type { Hit } from './scan.ts';

// "Used to take gliclazide"; "Was on insulin, now diet controlled", "Was taking insulin until last
// year": not now. Not "Was on insulin" alone, nor "was on gliclazide - continues": a drug only
// told in the past may still be taken.
const USED_TO = /\bused to (?:take|be on|use)\s+(?:(?:her|his|their|the|a)\s+)?$/i;
const WAS_ON = /\b(?:was|were|had been)\s+(?:on|taking)\s+(?:(?:her|his|their|the|a)\s+)?$/i;
const ENDED_AFTER = /^[^.;\n]*?\b(?:until|till|stopped|no longer|came off|switched|changed to|now\s+(?:diet|tablet|off|resolved|managed|controlled))\b/i;
// Not where the sentence goes on to say it is taken still: "restarted in June", "now once daily".
const TAKEN_AGAIN = /^[^.;\n]*?\b(?:restarted|resumed|re-?started|continues|continuing|still|increased|reduced|decreased|back on|now on|now (?:once|twice|\d))\b/i;
// "Needed insulin during her last pregnancy (GDM 2020). Now diet controlled": taken for a
// pregnancy that is over, and said to have ended. Alone, "Insulin during her last pregnancy" may
// still be taken (type 1 diabetes), so the hypo caution stays.
const ENDED_SOON_AFTER = /\b(?:stopped|no longer|came off|resolved|now\s+(?:diet|tablet|off|resolved|managed|controlled))\b/i;
const PAST_PREGNANCY_AFTER = /^\s*(?:[\w-]+\s+){0,3}?(?:during|in|throughout|for|while)\s+(?:(?:her|the|a|his|their)\s+)?(?:last|previous|earlier|past|first|1st|second|2nd|prior)\s+pregnanc(?:y|ies)\b/i;
// "Switched from insulin to metformin", "Insulin changed to sitagliptin in March": replaced.
const SWITCHED_FROM = /\b(?:switched|changed|converted|moved|stepped down|weaned)\s+(?:off\s+|from\s+)(?:(?:her|his|their|the)\s+)?$/i;
// "Switched from insulin injections to pump therapy": the same drug by another device.
const TO_A_DEVICE = /^\s*(?:injections?\s+|pens?\s+)?to\s+(?:an?\s+)?(?:insulin\s+)?(?:pump|pen|flex\w*|closed loop|hybrid closed loop|patch)/i;
// Not a change of dose, time, device or regimen: "Insulin dose changed to 20 units", "changed to
// twice daily", "switched to pump therapy" say it goes on.
const CHANGED_TO_AFTER = /^\s*(?:(?!(?:dose|doses|dosage|pen|pens|device|regime|regimen|timing|time|times|units?)\b)[\w-]+\s+){0,3}?(?:(?:was|were|has been|have been)\s+)?(?:changed|switched|converted)\s+to\s+(?!(?:a\s+|an\s+|the\s+)?(?:\d|once|twice|three|four|bd|od|tds|qds|daily|nightly|morning|evening|night|bedtime|pump|pen|flex\w*|basal|bolus|split|new|higher|lower|different\s+(?:pen|device|dose)))/i;
// "Gestational diabetes in 2021, treated with insulin, resolved after delivery": a pregnancy's
// diabetes said to have ended, and its drug with it.
const GDM_OVER = /\b(?:gestational diabetes|gdm)\b[^.;\n]{0,100}\b(?:resolved|stopped|after (?:delivery|the birth|birth)|post-?partum|post-?natally)\b/i;
// The drug's own sentence, up to 100 characters either side.
const SENTENCE_ENDS_AFTER = /\.\s|\n|;/;
function sentenceOf(text: string, hit: Hit): string {
  const after = text.slice(hit.end, hit.end + 100);
  const to = after.search(SENTENCE_ENDS_AFTER);
  return sentenceBefore(text, hit.start, 100) + text.slice(hit.start, hit.end) + (to < 0 ? after : after.slice(0, to));
}
export function takenBefore(text: string, hit: Hit): boolean {
  const before = text.slice(Math.max(0, hit.start - 28), hit.start);
  const after = text.slice(hit.end, hit.end + 80);
  if (TAKEN_AGAIN.test(after)) return false;
  if (GDM_OVER.test(sentenceOf(text, hit))) return true;
  return USED_TO.test(before) || (SWITCHED_FROM.test(before) && !TO_A_DEVICE.test(after)) || CHANGED_TO_AFTER.test(after) || (WAS_ON.test(before) && ENDED_AFTER.test(after))
    || (PAST_PREGNANCY_AFTER.test(after) && ENDED_SOON_AFTER.test(after));
}
