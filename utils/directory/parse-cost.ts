import type { Activity } from './schema.ts';

type Cost = Activity['cost'];

const FREE = /^(?:free|free of charge|no charge|nil|none|£?0(?:\.0+)?p?|0p|gratis|no cost)\.?$/i;

function amountOf(text: string): number | undefined {
  const pence = /^(\d+(?:\.\d+)?)\s*p$/i.exec(text.trim());
  if (pence) return Number(pence[1]) / 100;
  // (?<![\d.]) starts the "12 pounds" form only at the start of a number: without it a long run
  // of digits is retried from every digit, in quadratic time.
  const money = /£\s*(\d+(?:[.,]\d{1,2})?)|(?<![\d.])(\d+(?:\.\d{1,2})?)\s*(?:gbp|pounds?)\b|^(\d+(?:\.\d{1,2})?)$/i.exec(text.trim());
  const raw = money?.[1] ?? money?.[2] ?? money?.[3];
  return raw === undefined ? undefined : Number(raw.replace(',', '.'));
}

// "Free", "£3.50", "3.50", "£2 (concessions £1)", "50p", "Free for carers, £4 otherwise".
// The amount is the first price; anything more is kept as the text so nothing is lost.
export function parseCost(value: string): Cost | undefined {
  const text = value.trim();
  if (text === '') return undefined;
  if (FREE.test(text)) return { type: 'free', amount: 0 };
  const amount = amountOf(text) ?? amountOf(/£\s*\d+(?:\.\d{1,2})?|\b\d+p\b/i.exec(text)?.[0] ?? '');
  const simple = /^£?\s*\d+(?:\.\d{1,2})?p?$/i.test(text);
  if (amount === 0 && simple) return { type: 'free', amount: 0 };
  if (/^free\b/i.test(text) && amount === undefined) return { type: 'free', text };
  if (/^concessions?\b/i.test(text)) return { type: 'concession', amount, text };
  if (amount === undefined) return /\bfree\b/i.test(text) ? { type: 'free', text } : { type: 'paid', text };
  return simple ? { type: 'paid', amount } : { type: 'paid', amount, text };
}
