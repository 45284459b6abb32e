import type { Hit } from './scan.ts';
import { sentenceBounds } from './text-utils.ts';

// Words that end a pregnancy: "miscarried", "MMC", "stillbirth", "termination", "ectopic". The
// short forms only in capitals ("TOP", "MC"), as records write them.
const LOSS_WORDS = 'miscarr(?:y|ied|iage|iages)|still ?birth|still ?born|lost the (?:baby|pregnancy)|pregnancy loss|terminat(?:ion|ed)|ectopic|molar pregnancy';
const LOSS_CAPITALS = 'MC|MMC|ERPC|SMM|TOP';
export const LOSS = new RegExp(String.raw`\b(?:${LOSS_WORDS}|${LOSS_CAPITALS})\b`);
export const LOSS_ANY_CASE = new RegExp(String.raw`\b(?:${LOSS_WORDS})\b`, 'i');
const CAPITALS = new RegExp(String.raw`\b(?:${LOSS_CAPITALS})\b`);
// A loss before now does not undo a pregnancy now: "Pregnant again after a miscarriage",
// "positive pregnancy test, previous miscarriage x2".
const EARLIER = /\b(?:previous|prior|past|earlier|history of|hx of|h\/o|again|before)\b[^.;!?\n]{0,24}$/i;

// "When she was expecting her first child": a pregnancy the sentence puts in the past.
const WAS = /\b(?:was|were|had been)\s+$/i;

// A loss in the sentence around a pregnancy term (its commas and semicolons too), not one the
// sentence places before a pregnancy now; or the term put in the past.
export function pregnancyOver(text: string, hit: Hit): boolean {
  if (WAS.test(text.slice(Math.max(0, hit.start - 12), hit.start))) return true;
  const [from, to] = sentenceBounds(text, hit.start, hit.end);
  const sentence = text.slice(from, to);
  const m = LOSS_ANY_CASE.exec(sentence) ?? CAPITALS.exec(sentence);
  if (!m) return false;
  return !EARLIER.test(sentence.slice(0, m.index)) && !/\bagain\b/i.test(sentence);
}

// "Insulin during her last pregnancy", "Took sertraline during pregnancy", "Was on insulin while
// pregnant": something of a pregnancy the clause tells as over, by a word for an earlier one or by
// a verb in the past. Not "On insulin during pregnancy" nor "Takes sertraline while pregnant".
const DURING = /\b(?:(?:during|in|throughout)\s+(?:(?:her|the|a|each|both|all)\s+)?((?:last|previous|prior|earlier|past|first|second|third|other|former)\s+)?|(?:while|whilst|when)\s+)$/i;
const PAST_VERB = /\b(?:was|were|had|took|used|needed|required|developed|suffered|experienced|previously|formerly|diagnosed)\b/i;
// The clause ends at a comma or semicolon, or "but" / "now": "Now 30 weeks, was on insulin during
// pregnancy" is still asked of the clause alone.
const CLAUSE_BREAK = /[;,]|\b(?:but|now)\b/gi;
export function toldOfPastPregnancy(text: string, hit: Hit): boolean {
  const [from, to] = sentenceBounds(text, hit.start, hit.end);
  return duringPast(text, from, hit.start) || duringThenPast(text, hit, to);
}

// "During the pregnancy she had hyperemesis": the verb after it, in its clause, in the past.
const PAST_AFTER = /^\s*,?\s*(?:(?:she|he|they|i)\s+)?(?:was|were|had|took|used|needed|required|developed|suffered|experienced)\b/i;
function duringThenPast(text: string, hit: Hit, to: number): boolean {
  return DURING.test(text.slice(Math.max(0, hit.start - 40), hit.start)) && PAST_AFTER.test(text.slice(hit.end, Math.min(to, hit.end + 40)));
}

function duringPast(text: string, from: number, at: number): boolean {
  const m = DURING.exec(text.slice(Math.max(from, at - 40), at));
  if (!m) return false;
  if (m[1]) return true;
  const before = text.slice(from, at - m[0].length);
  let start = 0;
  for (const b of before.matchAll(CLAUSE_BREAK)) start = b.index + b[0].length;
  return PAST_VERB.test(before.slice(start));
}
