import { choiceAt, isCheckbox } from './choice.ts';
import type { FormValue } from './roles.ts';
import { roleOf, scan, type ScanResult } from './scan.ts';

// A symptom or a drug is taken back only by a plain answer: "N/A", "Unknown" or "Awaiting" beside
// "Chest pain on exertion" leaves it raised, for the therapist to check.
export function settlesSymptoms(value: FormValue): boolean {
  return value === 'yes' || value === 'no' || value === 'family';
}

// Ticked options can run to "[ ] Yes [ ] No [x] Not known"; one value alone is a word or two.
const MAX_CHOICE = 60;
export const MAX_VALUE = 24;
const AFTER_CHOICE = /^[\s.]*$/;
// "Denies any", "None at all": a plain no still.
// A status of the past ("Pregnancy - resolved", a "Status" cell reading "Past"): yes, but over, so a
// condition of now only (pregnancy) is not reported.
export const PAST_FORM = /^\s*(?:resolved|past|inactive|historical|in remission|past history)\s*$/i;
const DOUBT_GOES_ON = /^\s*[-–—,:;(]/;
const DOUBT_CELL = /^(?:under assessment|being assessed|awaiting (?:assessment|diagnosis)|working diagnosis)\s*(?:[-–—,:;(].*)?\.?$/i;
export const ANY_AT_ALL = /^\s+(?:any|at all)[.\s]*$/i;
export const WHY_NONE = /^\s*(?:[-–—,;:]\s*|\(\s*)[^.;!?()\n]{1,30}\)?\s*\.?\s*$/;
// "No (male)", "No - male": why not, in brackets or after a dash, in a few words that name no term.
export const WHY_BRACKET = /^\s*(?:\([^()\n]{1,30}\)|[-–—,]\s*(?:male|man|he is male|not applicable|sterili[sz]ed|post-?menopausal|hysterectomy|on the pill|contraceptive implant)\b[^.;!?()\n]{0,20})\s*\.?\s*$/i;
// "N/A", "Not applicable": the question does not apply (where "Not known" leaves it asked).
export const NOT_APPLICABLE = /^\s*(?:n\s?\/\s?a|not applicable)\b/i;

// The block or cell is only an answer: "No", "[x]", "[ ] Yes [x] No" ('unknown' when no one box
// of the options is ticked). `scanned`: the scan of `text`, reused when `text` is already trimmed.
export function formValueOf(text: string, scanned?: ScanResult): FormValue | undefined {
  const trimmed = text.trim();
  if (trimmed.length === 0 || trimmed.length > MAX_CHOICE) return undefined;
  const { hits } = scanned && trimmed.length === text.length ? scanned : scan(trimmed);
  if (hits.length >= 4 && hits[0]!.start === 0 && isCheckbox(trimmed, hits[0]!)) {
    const choice = choiceAt(trimmed, hits, 0);
    return choice && choice.next === hits.length && AFTER_CHOICE.test(trimmed.slice(choice.end)) ? choice.value : undefined;
  }
  // "Provisional - under assessment", "Suspected - awaiting adult ADHD service": doubt, whatever follows it.
  if (hits.length > 0 && hits[0]!.start === 0 && roleOf(hits[0]!, 'form')?.value === 'possible' && DOUBT_GOES_ON.test(trimmed.slice(hits[0]!.end))) return 'possible';
  // A certainty cell in words the lexicon reads as triggers in prose: "Under assessment".
  if (DOUBT_CELL.test(trimmed)) return 'possible';
  if (trimmed.length > MAX_VALUE || hits.length === 0 || hits[0]!.start !== 0) return undefined;
  const value = roleOf(hits[0]!, 'form')?.value;
  const rest = trimmed.slice(hits[0]!.end);
  // "N/A - male", "Not known (awaiting scan)": no answer, and why.
  if (value === 'unknown' && WHY_NONE.test(rest)) return value;
  // "No (male)", "No - male": no, and why.
  if (value === 'no' && hits.length === 1 && WHY_BRACKET.test(rest)) return value;
  if (hits.length !== 1) return undefined;
  return /^[.\s]*$/.test(rest) || (value === 'no' && ANY_AT_ALL.test(rest)) ? value : undefined;
}

