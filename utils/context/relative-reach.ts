import { relativeSex } from './lexicon/relatives.ts';
import type { Hit } from './scan.ts';
import { namesAny } from './span-target.ts';
import type { ConditionId } from './condition-ids.ts';

// Whose a term in a relative's scope is, asked by reachForward (trigger-reach.ts): what is told
// about the person, what the person owns, what both have, and how far a relative's bracket reaches.

export const PREGNANCY_OR_BIRTH: readonly ConditionId[] = ['pregnancy', 'postnatal'];

// "Daughter gives her her insulin", "Son gives him his insulin", "Daughter gives her insulin": the
// person's drug, given by the relative.
const DOES_FOR_PERSON = /\b(?:reminds?|reminded|helps?|helped|encourages?|encouraged|prompts?|prompted|supports?|supported|takes?|took|drives?|drove|accompanies|accompanied)\s+(?:him|her)\s+(?:to|with|in|for|at)\b|\b(?:gives?|gave|administers?|administered|injects?|injected|draws up)\s+(?:him\s+his|her\s+her)\b|\b(?:gives?|gave|administers?|administered|injects?|injected)\s+(?:him|her)\s+$/i;
const WORRY_ABOUT = /\b(?:worried|worries|worry|concerned|anxious|upset|frightened|scared)\s+about\s+(?:her|his)\s/i;
const ABOUT = /\babout\s+(her|his|the)\s+(?!own\b)(?:[a-z]+\s+)?$/i;
// "unless her partner is with her (agoraphobic avoidance)": a note on the person.
const WITH_PERSON_NOTE = /\bwith\s+(?:her|him)\s*\(\s*$/i;
export function aboutPerson(text: string, trigger: Hit, hit: Hit, opens: boolean): boolean {
  const between = text.slice(trigger.end, hit.start);
  if (between.includes('with') && WITH_PERSON_NOTE.test(between)) return true;
  // "Partner reminds him to take his metformin for his type 2 diabetes": the relative does something
  // for the person, whose drug and condition follow.
  if ((between.includes('him') || between.includes('her')) && DOES_FOR_PERSON.test(between)) return true;
  if (!between.includes('about')) return false;
  const m = ABOUT.exec(between);
  if (!m) return false;
  const word = m[1]!.toLowerCase();
  // "Daughter concerned about her recent falls": worry for the person, whose the falls are.
  if (!opens || word === 'the' || WORRY_ABOUT.test(between)) return true;
  // "Group member A spoke about her pregnancy": one of no known sex may be the "her".
  const sex = sexOfRelative(text, trigger);
  return sex !== undefined && sex !== (word === 'her' ? 'she' : 'he');
}

// "His wife manages his insulin", "Husband helps with her inhalers": a possessive straight before
// the term that cannot be the relative's (their word says the other sex) is the person's. Not a
// pregnancy or birth, which pregnancyOfMan and birthOfMan weigh: "Boyfriend left during her
// pregnancy" is his part of a story that is over.
const POSSESSIVE = /\b(his|her)\s+(?:[a-z]+\s+)?$/i;
export function possessedByPerson(text: string, trigger: Hit, hit: Hit): boolean {
  if (namesAny(hit, PREGNANCY_OR_BIRTH)) return false;
  const m = POSSESSIVE.exec(text.slice(Math.max(trigger.end, hit.start - 24), hit.start));
  if (!m) return false;
  const sex = sexOfRelative(text, trigger);
  return sex !== undefined && sex !== (m[1]!.toLowerCase() === 'her' ? 'she' : 'he');
}

// The sex the relative's word says ("Her husband" is 'he'), or undefined ("partner").
export function sexOfRelative(text: string, trigger: Hit): 'she' | 'he' | undefined {
  return relativeSex(text.slice(trigger.start, trigger.end).replace(/^(?:her|his|their|my|the)\s+/i, ''));
}

// Where the bracket the trigger stands in closes, or Infinity when it stands in none.
// Each look is bounded: a line of a million characters must not be searched once per trigger.
export function closingBracketAfter(text: string, trigger: Hit): number {
  const from = Math.max(0, trigger.start - 60);
  const before = text.slice(from, trigger.start);
  const open = before.lastIndexOf('(');
  if (open < 0 || before.lastIndexOf(')') > open) return Infinity;
  const close = text.slice(trigger.end, trigger.end + 120).indexOf(')');
  if (close < 0) return Infinity;
  // "Mrs Price (wife): chronic fatigue syndrome": a bracket that only names who someone is.
  if (/^\s*(?:(?:her|his|their|my|the)\s+)?$/i.test(before.slice(open + 1)) && /^\s*$/.test(text.slice(trigger.end, trigger.end + close))) return Infinity;
  return trigger.end + close;
}

const WITH_PERSON_BEFORE = /\b(both\s+)?(?:she|he|client|patient|pt|service user)\s+and\s+(?:(?:her|his|their)\s+)?$/i;
const BOTH_AFTER = /^\s+(?:both|have|are|were)\b/i;
export function bothWithPerson(text: string, trigger: Hit): boolean {
  const before = text.slice(Math.max(0, trigger.start - 32), trigger.start);
  if (!before.includes(' and ')) return false;
  const m = WITH_PERSON_BEFORE.exec(before);
  return m !== null && (m[1] !== undefined || BOTH_AFTER.test(text.slice(trigger.end, trigger.end + 8)));
}

// The relative goes on to tell of themself: "Mother reports she herself has", "Dad says he himself".
// Not "Client reported her mother has dementia and she herself has depression", set against her.
const OWN_SELF = /^\s+(?:reports?|reported|says|said|states?|stated|tells|told (?:me|us)|explains?|explained|mentions?|mentioned)\s+(?:that\s+)?(she|he)\s+(?:herself|himself)\b/i;
export function ownSelf(text: string, trigger: Hit, word: Hit): boolean {
  const m = OWN_SELF.exec(text.slice(trigger.end, trigger.end + 48));
  if (!m || word.end > trigger.end + m[0].length) return false;
  return sexOfRelative(text, trigger) === m[1]!.toLowerCase();
}
