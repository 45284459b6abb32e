// "His wife Sarah scored 22 on the PHQ-9", "Wife's GAD-7 15", "Sarah (wife) PHQ-9 22", "Sarah
// completed a PHQ-9 (22) for her own GP" in the record of her husband: a score the sentence gives
// to someone else, by a relative word or a name the record gives to someone else, opening it.
// Not one a relative tells of the person ("Wife says his PHQ-9 was 16 last time"), nor "Client",
// nor the person's own name ("Mark: PHQ-9 16").
// Only where nothing but the score's own words stand between them and it ("scored 22 on the",
// ":", "'s"): "Husband's death in March has hit her hard (PHQ-9 22)", "Husband supportive PHQ-9
// 16", "Sister present throughout PHQ-9 today 17" and "Mother died by suicide in 2019 PHQ-9 18"
// are the person's.
const cap = (words: string): string => words.split('|').map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`).join('|');
const RELATIVES = 'wife|husband|partner|spouse|mum|mother|dad|father|parent|son|daughter|sister|brother|boyfriend|girlfriend|carer';
const NAMED = "[A-Z][a-z'-]{1,15}";
const TAIL = `(?:\\s*:\\s*|'s\\s+|\\s+\\((?:his |her |their )?(?:${RELATIVES})\\)\\s*|\\s+(?:scored|scores|completed|completes|filled in|did)\\b[^.;!?,]{0,24}|\\s+)$`;
const RELATIVE = new RegExp(`^\\s*(?:[-*•]\\s*)?(?:(?:${cap('his|her|their')})\\s+)?(?:${cap(RELATIVES)})(?:\\s+${NAMED})?${TAIL}`);
const NAME = new RegExp(`^\\s*(?:[-*•]\\s*)?(${NAMED})${TAIL}`);
const NAME_OF_RELATIVE = new RegExp(`^\\s*(?:[-*•]\\s*)?${NAMED}\\s+\\((?:his |her |their )?(?:${RELATIVES})\\)\\s*$`);
const REACH = 80;
// The word that gives the score to someone else is "carer": in a carer's own record, the person.
const CARER_LEAD = /^\s*(?:[-*•]\s*)?carer\b(?!\s*\()|\bcarer(?:'s|’s)?\s+$/i;
// Straight before the questionnaire's name, anywhere in its clause: "Jean completed a carer PHQ-9",
// "she also filled in her husband's GAD-7".
const OTHERS_JUST_BEFORE = new RegExp(`\\b(?:carer|(?:${RELATIVES})(?:'s|’s))\\s+$`, 'i');
// A heading that gives the scores under it to a relative: "Mother's scores:", "Partner's scores
// (for context)", "Her son's outcome measures".
const OTHERS_LEAD = `^\\s*(?:(?:his|her|their)\\s+)?(?:${RELATIVES})(?:'s|’s|s'|s’)\\s+(?:[\\w-]+\\s+){0,2}?`;
const OTHERS_SCORES = new RegExp(`${OTHERS_LEAD}(?:scores?|measures?|questionnaires?|outcomes?|results?|phq-?9|gad-?7)\\b[^.!?\\d\\n]{0,40}$`, 'i');

export function namesOthersScores(text: string): boolean {
  return OTHERS_SCORES.test(text);
}

// The same heading with the scores after it on its line: "Mother's scores: PHQ-9 20, GAD-7 18".
const OTHERS_SCORES_INLINE = new RegExp(`${OTHERS_LEAD}(?:scores?|measures?|questionnaires?|outcomes?|results?)\\s*:`, 'i');
export function opensWithOthersScores(text: string): boolean {
  return OTHERS_SCORES_INLINE.test(text);
}

// A line of such scores under that heading, written out rather than in a table: "PHQ-9  22
// 19/11/2026", "- GAD-7 18 (19/11/2026)". Any other line ends them.
const SCORE_LINE = /^\s*(?:[-*•·]\s*)?(?:phq|gad|item\s?9|q\s?9)(?:[\s-]?[79])?\b[^.!?\n]{0,40}$/i;
export function othersScoreLine(text: string): boolean {
  return SCORE_LINE.test(text);
}

// Who the clause of the score at `at` opens with: a relative, or a name that only the record can
// say is someone else's. Read once per block (analyse-block); the walk decides by the names.
// `carer`: the word was "carer", which in a carer's own record is the person.
export type Scorer = { relative: true; carer?: true } | { name: string } | { pronoun: 'she' | 'he' };

const PRONOUN_LEAD = /(?:^|[\s;,])(his|her)\s+$/i;

// A figure of many people: "Group average PHQ-9 15", "Cohort mean PHQ-9 was 14", "Service average
// PHQ-9 at assessment: 16". Not the person's, though no one else is named.
// The word, ending what comes before a figure ("... a group average of 12", "Group average PHQ-9").
const AGGREGATE_ENDS = String.raw`\b(?:average|mean|median)(?:\s+(?:of|was|is|=|:))?\s*$`;
const AGGREGATE = new RegExp(String.raw`${AGGREGATE_ENDS}|\b(?:group|cohort|service|team|national|population|clinic)\s+(?:average|mean|median)\b`, 'i');
// "Group PHQ-9 average 15": the figure's name, then the word.
const AGGREGATE_AFTER = /^[\w-]+\s+(?:average|mean|median)\b/i;

export function scorerOf(text: string, at: number): Scorer | undefined {
  let from = at;
  const min = Math.max(0, at - REACH);
  while (from > min && !/[.;!?\n|]/.test(text[from - 1]!)) from--;
  const lead = text.slice(from, at);
  if (RELATIVE.test(lead) || NAME_OF_RELATIVE.test(lead) || OTHERS_JUST_BEFORE.test(lead)) return CARER_LEAD.test(lead) ? { relative: true, carer: true } : { relative: true };
  // Only the clause's own words, past its last comma ("Compared with the group average, her PHQ-9 of 18").
  if (AGGREGATE.test(lead.slice(lead.lastIndexOf(',') + 1)) || AGGREGATE_AFTER.test(text.slice(at, at + 24))) return { relative: true };
  const name = NAME.exec(lead)?.[1];
  if (name !== undefined) return { name };
  // "... his PHQ-9 today was 11": whose only the record's person's sex can say (scoredByOther).
  const pronoun = PRONOUN_LEAD.exec(lead);
  return pronoun ? { pronoun: pronoun[1]!.toLowerCase() === 'his' ? 'he' : 'she' } : undefined;
}

// A value a figure of many introduces: "... compared to a group average of 12", "(the cohort
// average is 12)". `from`: where the value's questionnaire is named, which the look stays after.
const AGGREGATE_BEFORE_VALUE = new RegExp(AGGREGATE_ENDS, 'i');
export function figureOfMany(text: string, from: number, at: number): boolean {
  return AGGREGATE_BEFORE_VALUE.test(text.slice(Math.max(from, at - 32), at));
}

// `personSex`: the person's, where the record says it firmly ("Client: Mrs Sadia Khan").
// `carerIsPerson`: the record is a carer's own, so "Carer PHQ-9 14" is the person's.
export function scoredByOther(scorer: Scorer | undefined, otherNames: ReadonlySet<string> | undefined, personNames: ReadonlySet<string> | undefined, personSex?: 'she' | 'he', carerIsPerson = false): boolean {
  if (scorer === undefined) return false;
  if ('relative' in scorer) return !(scorer.carer === true && carerIsPerson);
  if ('pronoun' in scorer) return personSex !== undefined && scorer.pronoun !== personSex;
  return otherNames !== undefined && otherNames.has(scorer.name) && personNames?.has(scorer.name) !== true;
}
