import { noDims, type BmiCandidate } from './findings.ts';
import { squash } from './text-utils.ts';

// "Weight 45 kg, height 1.68 m", "Wt 42kg Ht 165cm", "weighs 44.5 kg and is 1.70 m tall": a BMI the
// line does not state, worked out from what it does, so a very low one still raises the eating
// disorder card. Only the person's weight now: not a relative's ("Daughter weighs 38 kg"), nor one
// from the past ("weighed 40 kg at her lowest", "Weight 45 kg in 2019"), which would misstate today.
// "Weight (kg): 44", "Wt 60 kg -> 48 kg" (the last one), not a change or a limit ("40 kg lighter",
// "30 kg more than", "weight of 30 kg lifting restriction").
const KG = String.raw`(?:kg|kgs|kilos?|kilograms?)`;
const WEIGHT = new RegExp(String.raw`\b(?:weight|wt|weighs|weighing)\b\.?\s*(?:\(kgs?\)\s*)?(?:(?:is|now|today|currently)\s+)?[:=-]?\s*(\d{2,3}(?:\.\d{1,2})?)\s?${KG}?\b(?!\s*${KG}?\s*(?:lighter|heavier|more|less|lost|gained|loss|gain|lifting|restriction|limit|down|up|over|under|above|below|off|on)\b)`, 'i');
const THEN_WEIGHT = new RegExp(String.raw`^\s*(?:->|→|to|then|now)\s*(\d{2,3}(?:\.\d{1,2})?)\s?${KG}\b`, 'i');
const KG_AFTER = new RegExp(String.raw`^\s?${KG}\b`, 'i');
const KG_ENDS = new RegExp(String.raw`${KG}$`, 'i');
const HEIGHT = /\b(?:height|ht)\b\.?\s*(?:\((?:m|cm)\)\s*)?(?:(?:is|of)\s+)?[:=-]?\s*(?:(1[.,]\d{1,2})\s?(?:m(?:etres?|eters?)?\b|(?=\s|$))|(1\d\d(?:\.\d)?)\s?cms?\b)|\b(?:(1[.,]\d{1,2})\s?m|(1\d\d)\s?cm)\s+tall\b/i;
// In feet and inches, or stones and pounds, as UK notes often give them: "Ht 5ft 6in", "height
// 5'4\"", "Wt 7st 2lb", "weighs 7 stone 4".
const HEIGHT_FEET = /\b(?:height|ht)\b\.?\s*[:=-]?\s*([4-6])\s*(?:ft|feet|foot|')\s*(?:(\d{1,2})\s*(?:in(?:ch(?:es)?)?\b|"|''|(?=[\s,.;]|$)))?/i;
const WEIGHT_STONE = /\b(?:weight|wt|weighs|weighing)\b\.?\s*(?:(?:is|now|today|currently)\s+)?[:=-]?\s*(\d{1,2})\s*(?:st|stone|stones)\b\s*(?:(\d{1,2})\s*(?:lbs?|pounds?)?\b)?/i;
const POUNDS_PER_STONE = 14;
const KG_PER_POUND = 0.45359237;
const METRES_PER_INCH = 0.0254;

// A relative's weight: "Daughter's weight 44 kg", "her son weighs 40 kg".
const SOMEONE_ELSE_BEFORE = /\b(?:son|daughter|husband|wife|partner|mother|mum|mom|father|dad|brother|sister|child|baby|grand\w+|friend|niece|nephew)(?:['’]s)?\s*(?:current\s+)?$/i;
const PAST = /\b(?:was|were|weighed|previously|used to|at (?:her|his|their) (?:lowest|worst|heaviest)|lowest|in (?:19|20)\d\d|(?:years?|months?) ago|last year|before|pre[- ]?pregnancy|target|goal|ideal)\b/i;
// How far apart the two may stand on one line.
const APART = 120;

export function bmiFromSize(text: string): BmiCandidate | undefined {
  const weight = weightOf(text);
  if (!weight) return undefined;
  const { w, kg } = weight;
  const height = heightOf(text);
  if (!height) return undefined;
  const { h, m } = height;
  if (Math.abs(h.index - w.index) > APART) return undefined;
  if (kg < 25 || kg > 250 || m < 1.2 || m > 2.2) return undefined;
  const from = Math.min(w.index, h.index);
  const to = Math.max(w.index + w[0].length, h.index + h[0].length);
  // A past weight is not today's; a relative's is not hers: no BMI at all.
  if (PAST.test(text.slice(Math.max(0, from - 24), Math.min(text.length, to + 32)))) return undefined;
  if (SOMEONE_ELSE_BEFORE.test(text.slice(Math.max(0, w.index - 24), w.index))) return undefined;
  const dims = noDims();
  const value = Math.round((kg / (m * m)) * 10) / 10;
  return { value, dims, text: `${squash(text.slice(from, to))} (BMI ${value})`, offset: from };
}

function weightOf(text: string): { w: RegExpExecArray; kg: number } | undefined {
  const w = WEIGHT.exec(text);
  if (w) {
    const wEnd = w.index + w[0].length;
    // "Weight (kg): 44" gives the unit in its label; otherwise it follows the number.
    if (/\(kgs?\)/i.test(w[0]) || KG_ENDS.test(w[0]) || KG_AFTER.test(text.slice(wEnd))) {
      const then = THEN_WEIGHT.exec(text.slice(wEnd, wEnd + 20));
      return { w, kg: Number(then ? then[1] : w[1]) };
    }
  }
  const st = WEIGHT_STONE.exec(text);
  return st ? { w: st, kg: (Number(st[1]) * POUNDS_PER_STONE + Number(st[2] ?? 0)) * KG_PER_POUND } : undefined;
}

function heightOf(text: string): { h: RegExpExecArray; m: number } | undefined {
  const h = HEIGHT.exec(text);
  if (h) {
    const metres = h[1] ?? h[3];
    const cm = h[2] ?? h[4];
    return { h, m: metres !== undefined ? Number(metres.replace(',', '.')) : Number(cm) / 100 };
  }
  const ft = HEIGHT_FEET.exec(text);
  return ft ? { h: ft, m: (Number(ft[1]) * 12 + Number(ft[2] ?? 0)) * METRES_PER_INCH } : undefined;
}
