import { LOSS } from './pregnancy-loss.ts';
import type { Hit } from './scan.ts';

// A gestation straight after an obstetric history ("G2P1, 20 weeks", "G2P1+1 at 28/40", "G3 P2
// 32+4 weeks"): then she is pregnant now. "G2P1" alone may be after a loss, and "G2P1, 6 weeks
// postnatal" is after the birth.
const GESTATION = /^(?:\s*\+\s*\d)?[\s,;:(–-]*(?:(?:at|now|currently)\s+)?(\d{1,2})(?:\s*\+\s*[0-6])?\s*(?:\/40|weeks?|wks?|w)\b(?!\s*(?:post|pn\b|ago|after|since))/i;

const OTHER_EVENT = new RegExp(`${LOSS.source}|\\b(?:delivered|delivery|born|birth|pp|postpartum|post partum|postnatal|following|after|of|cbt|therapy|sessions?|course|treatment|planned|off|sick|leave|unemploy\\w*|waiting|work|sertraline|citalopram|fluoxetine|medication|antidepressants?|physio)\\b`, 'i');

export function hasGestationAfter(text: string, hit: Hit): boolean {
  const m = GESTATION.exec(text.slice(hit.end, hit.end + 48));
  if (!m) return false;
  // "G2P1, 10 weeks miscarriage", "G2P1, 38 weeks, delivered 2023", "G2P1, 20 weeks of CBT": the
  // weeks are another event's.
  const after = hit.end + m[0].length;
  if (OTHER_EVENT.test(text.slice(after, after + 40).split(/[.;\n]/)[0]!)) return false;
  const weeks = Number(m[1]);
  return weeks >= 4 && weeks <= 42;
}
