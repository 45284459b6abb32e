import { DATE_SOURCE, findDates, isoDate } from './dates.ts';
import { MAX_SCORE } from './lexicon/measures.ts';
import type { MeasureId } from './roles.ts';

// A questionnaire's answers written item by item after its name: "PHQ-9 items: 1: 2, 2: 3, ...
// 9: 2. Total 14", "PHQ-9: Q1 2, Q2 3 ... Q9 1, total 13", "GAD-7 items 1-7: 2, 2, 1, 2, 1, 2, 1".
// Every number in the list is an item's score (0-3), never the total: the total is the one
// written as such after the list, or else the sum when every item is there. A list with items
// missing and no total gives no total at all.

export const ITEM_COUNT: Readonly<Record<MeasureId, number>> = { phq9: 9, gad7: 7 };

export type ItemList = {
  // Where the list ends in the text: labels before this belong to it ("Q9" is its item 9).
  end: number;
  total?: number;
  item9?: number;
  date?: string;
};

// Between the name and the list: a date, and words that say items follow ("items", "item
// scores", "items 1-9", "answers"). Nothing else, so "PHQ-9 14 (Q1 2, ...)" keeps its 14.
const LEAD = new RegExp(
  String.raw`[\s(]*(?:(${DATE_SOURCE})[\s)]*)?[:=-]?\s*(?:(?:(?<items>items?|questions?)(?:\s+(?:scores?|responses?|answers?))?(?:\s+1\s?(?:-|–|to)\s?[79])?|(?:scores?\s+)?by\s+item|answers|responses)\s*)?[:=-]?\s*`,
  'iy',
);
// "Q1 2", "Q1: 2", "item 1 = 2", "1: 2", "1) 2"; a bare "1 2" is not an item.
const NUMBERED = /(?:(?:q|qu|item|question)\.?\s?([1-9])(?:\s*[:=)\-–]\s*|\s+)|([1-9])\s*[:=)]\s*)([0-3])(?![\d/.,:]\d|\d)(?:\s*\([a-z ]{1,30}\))?/iy;
const BY_ITEM = /by item|answers|responses/i;
const BETWEEN = /\s*(?:[,;]\s*|and\s+)?/iy;
const BARE = /([0-3])(?![\d/.:]\d|\d)/y;
const BARE_BETWEEN = /\s*[,;]?\s*/y;
// After the list: "Total 14", ". Total score: 14/27", "= 14", "(total 14)".
const TOTAL = /[\s,;.(]*(?:(?:and\s+)?(?:a\s+)?(?:total|sum)(?:\s+score)?(?:\s+(?:of|was|is|=))?|=)\s*[:=]?\s*(\d{1,2})(?!\d|\.\d|\/(?!(?:27|21)\b)\d)/iy;

function sticky(re: RegExp, text: string, at: number, to: number): RegExpExecArray | null {
  re.lastIndex = at;
  const m = re.exec(text);
  return m && m.index + m[0].length <= to ? m : null;
}

// The list right after a questionnaire's name at `from`, ending before `to`, or undefined when
// no list starts there. `date`: a date between the name and the list.
export function readItemList(text: string, measure: MeasureId, from: number, to: number): ItemList | undefined {
  const lead = sticky(LEAD, text, from, to);
  if (!lead) return undefined;
  const count = ITEM_COUNT[measure];
  const scores: number[] = [];
  let at = from + lead[0].length;
  let end = at;
  let m = sticky(NUMBERED, text, at, to);
  if (m && Number(m[1] ?? m[2]) === 1) {
    for (let n = 1; m && Number(m[1] ?? m[2]) === n && n <= count; n++) {
      scores.push(Number(m[3]));
      end = at = m.index + m[0].length;
      at += sticky(BETWEEN, text, at, to)?.[0].length ?? 0;
      m = sticky(NUMBERED, text, at, to);
    }
    // "Q1 2" alone is too little to call a list.
    if (scores.length < 2) return undefined;
  } else if (lead.groups?.items !== undefined || BY_ITEM.test(lead[0])) {
    // "items: 2, 3, 1, ...": scores in item order, three at least.
    for (let b = sticky(BARE, text, at, to); b; b = sticky(BARE, text, at, to)) {
      scores.push(Number(b[1]));
      end = at = b.index + b[0].length;
      at += sticky(BARE_BETWEEN, text, at, to)?.[0].length ?? 0;
    }
    if (scores.length < 3) return undefined;
    // More scores than items: not a list of this questionnaire's items.
    if (scores.length > count) return { end };
  } else return undefined;

  const list: ItemList = { end };
  const total = sticky(TOTAL, text, end, to);
  if (total) {
    list.end = total.index + total[0].length;
    if (Number(total[1]) <= MAX_SCORE[measure]) list.total = Number(total[1]);
  } else if (scores.length === count) list.total = scores.reduce((a, b) => a + b, 0);
  if (measure === 'phq9' && scores.length === 9) list.item9 = scores[8];
  const date = lead[1] !== undefined ? findDates(lead[1])[0] : undefined;
  if (date) list.date = isoDate(date.date);
  return list;
}
