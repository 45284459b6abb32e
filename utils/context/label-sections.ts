import type { Dims } from './findings.ts';
import type { LabelInfo } from './lexicon/labels.ts';
import { HE_RELATIVES, RELATIVE_OF_SEX, SHE_RELATIVES } from './lexicon/relatives.ts';

// What an inline label ("Family history: ...", "No history of: ...", "Son: ...") says of the items
// after it on its line: analyse-block.ts asks labelSections once per kind of item.
//
// Each question about the text between a label and an item (has a sentence closed? has the
// person's own sentence begun?) is worked out once per label, from the label on, not once per
// item over all the text before it: a line of a million characters under one label holds tens of
// thousands of items.

export type Section = { at: number; info: LabelInfo };
type Item = { dims: Dims; offset: number; pronoun?: 'she' | 'he' };

// A relative's label: drugs take only this (a denial's is read where they are: see answerOf).
export const RELATIVES_LABEL = (info: LabelInfo): boolean => info.status === 'family';

// Gives each item the status of the inline label it follows, where `takes` says the label speaks
// for such items. `words`: how long a later sentence of its own must be to be the person's (a
// drug's or symptom's may be short: "On insulin.").
export function labelSections(text: string, sections: readonly Section[], items: readonly Item[], takes: (info: LabelInfo) => boolean, words = 3): void {
  let next = 0;
  let current: LabelInfo | undefined;
  let reader: SectionReader | undefined;
  for (const item of items) {
    while (next < sections.length && sections[next]!.at <= item.offset) {
      const section = sections[next++]!;
      current = section.info;
      reader = new SectionReader(text, section.at, words);
    }
    if (current === undefined || reader === undefined || !takes(current)) continue;
    // "No history of: asthma. Has type 2 diabetes.": a denial's label reaches its own sentence, as
    // a child's does ("Son: 6 weeks old. Low mood since the birth.").
    if ((current.status === 'negated' || current.sentenceOnly) && reader.closedBefore(item.offset)) continue;
    // "Family history: mother had a stroke. Patient has asthma.": a sentence that opens with the
    // person is theirs again.
    if (current.status === 'family' && reader.personBefore(item.offset)) continue;
    // "FHx: mother IHD. Chest pain on exertion.": a later sentence of its own that names no
    // relative is the person's again (not a list's next item: "FH: IHD. Stroke.").
    if (current.status === 'family' && current.itemsOnly !== true && reader.ownSentence(item.offset)) continue;
    // "Son: 6 weeks old": the child's age is the mother's time after the birth.
    if (current.sentenceOnly && item.pronoun === 'she') continue;
    // "Carer's own health: back pain", "Parent's health: MS": whose depends on whose record it is
    // (contextualise.ts).
    if (current.aboutCarer || current.aboutParent) continue;
    applyStatus(item.dims, current);
  }
}

export function applyStatus(dims: Dims, info: LabelInfo | undefined): void {
  if (!info?.status) return;
  if (info.status === 'family') dims.family = true;
  else if (info.status === 'possible' && !dims.explicit) dims.possible = true;
  else if (info.status === 'negated' && !dims.explicit) dims.negated = true;
}

// A sentence closed after the label: a stop and a space, or a stop right before the item.
const CLOSED = /[.;!?](?:\s|$)/g;
const STOP = /[.;!?]/;
// A sentence that opens with the person: "Patient has asthma", "Mrs Khan has angina" (and the
// same words in any case without "the").
const PERSON_SENTENCE = /[.;]\s+(?:(?:the\s+)?(?:client|patient|pt|service user)\b|(?:Mrs|Mr|Ms|Miss|Mx)\.?\s+[A-Z])/g;
const PERSON_SENTENCE_ANY_CASE = /[.;]\s+(?:client|patient|pt|service user)\b/gi;
// "FH: IHD. She has asthma.": "she" or "he" with no relative of that sex named before it.
const PRONOUN_SENTENCE = /[.;]\s+(she|he)\b/gi;
const EITHER_RELATIVE = /\b(?:parents?|siblings?|relatives?|cousins?|partner)\b/i;
// Where an item's sentence ends: a stop and a space, or the text's end.
const SENTENCE_END = /[.;]\s|[.;]?$/g;
const RELATIVE_WORD = new RegExp(String.raw`\b(?:${[...SHE_RELATIVES, ...HE_RELATIVES].join('|')}|parents?|siblings?|relatives?|cousins?|partner|fh|fhx|family)s?\b`, 'i');
const WORDS_ON = [/^/, /\w/, /\w+\W+\w/, /\w+\W+\w+\W+\w/];
// "She" or "he" may be the relative just named (see personBefore).
const PRONOUN_OPENS = /^\s*(?:she|he|they)\b/i;
const SPACE = /\s/;

// The text after one label, read as its items ask, each search from the label on done once.
class SectionReader {
  private closedAt?: number;
  private personEnd?: number;
  // The last "." or ";" seen before the items so far (-1 for none), and how far the look has gone.
  private lastStop = -1;
  private scanned: number;
  // The last sentence of its own asked about: where it starts, and the answer.
  private sentenceFrom = -1;
  private sentenceOwn = false;

  constructor(
    private readonly text: string,
    private readonly labelAt: number,
    private readonly words: number,
  ) {
    this.scanned = labelAt;
  }

  closedBefore(offset: number): boolean {
    if (this.closedAt === undefined) {
      CLOSED.lastIndex = this.labelAt;
      this.closedAt = CLOSED.exec(this.text)?.index ?? Infinity;
    }
    return this.closedAt < offset || (offset - 1 >= this.labelAt && STOP.test(this.text[offset - 1]!));
  }

  // Where the first sentence of the person's own after the label ends, or Infinity.
  personBefore(offset: number): boolean {
    if (this.personEnd === undefined) this.personEnd = this.firstPersonEnd();
    return this.personEnd <= offset;
  }

  private firstPersonEnd(): number {
    const { text, labelAt } = this;
    let end = Infinity;
    for (const re of [PERSON_SENTENCE, PERSON_SENTENCE_ANY_CASE]) {
      re.lastIndex = labelAt;
      const m = re.exec(text);
      if (m) end = Math.min(end, m.index + m[0].length);
    }
    PRONOUN_SENTENCE.lastIndex = labelAt;
    const pronoun = PRONOUN_SENTENCE.exec(text);
    if (pronoun && pronoun.index + pronoun[0].length < end) {
      const named = text.slice(labelAt, pronoun.index);
      const relative = RELATIVE_OF_SEX[pronoun[1]!.toLowerCase() === 'she' ? 'she' : 'he'];
      if (!relative.test(named) && !EITHER_RELATIVE.test(named)) end = pronoun.index + pronoun[0].length;
    }
    return end;
  }

  // The item's sentence is one of its own after the label's: it starts past a stop and a space,
  // holds enough words and names no relative.
  ownSentence(offset: number): boolean {
    const { text } = this;
    for (; this.scanned < offset; this.scanned++) {
      const c = text.charCodeAt(this.scanned);
      if (c === 46 || c === 59) this.lastStop = this.scanned;
    }
    const stop = this.lastStop;
    if (stop < 0 || stop + 1 >= offset || !SPACE.test(text[stop + 1]!)) return false;
    let from = stop + 1;
    while (from < offset && SPACE.test(text[from]!)) from++;
    if (from === this.sentenceFrom) return this.sentenceOwn;
    SENTENCE_END.lastIndex = offset;
    const end = SENTENCE_END.exec(text)!.index;
    const sentence = text.slice(from, end);
    this.sentenceFrom = from;
    this.sentenceOwn = WORDS_ON[this.words]!.test(sentence) && !RELATIVE_WORD.test(sentence) && !PRONOUN_OPENS.test(sentence);
    return this.sentenceOwn;
  }
}
