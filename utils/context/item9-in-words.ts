import type { MeasureCandidate } from './findings.ts';
import { ANSWER_SOURCE, answerScore } from './item-answers.ts';

// PHQ-9 item 9 named by what it asks, in words a note uses rather than the form's, and answered
// on the PHQ-9's own scale: "Thoughts of self-harm: several days", "Suicidal thoughts - more than
// half the days". The answer's words are the PHQ-9's alone (the GAD-7 asks of no such thoughts),
// so they say which questionnaire this is; a number or "yes" after the same words may be a risk
// history's own rating, and is left alone.
const ITEM9_IN_WORDS = new RegExp(String.raw`\b(?:thoughts?\s+of\s+(?:self[- ]?harm(?:ing)?|harming\s+(?:her|him|them|your)sel(?:f|ves)|hurting\s+(?:her|him|them|your)sel(?:f|ves)|suicide|ending\s+(?:her|his|their|your)\s+life|being\s+better\s+off\s+dead)|suicidal\s+(?:thoughts|ideation))\s*(?:[:=(-]|–)\s*(${ANSWER_SOURCE})\b`, 'i');

export function item9InWords(text: string): MeasureCandidate | undefined {
  if (text.length > 400) return undefined;
  const m = ITEM9_IN_WORDS.exec(text);
  return m ? { measure: 'item9', value: answerScore(m[1]!), offset: m.index } : undefined;
}
