import { LABELS, ORG_LABEL_ENDINGS, type LabelInfo } from './lexicon/labels.ts';
import { normalisePhrase } from './trie.ts';

// A count after a list's heading: "My caseload (6)".
const COUNT_AFTER = /\s*\(\s*\d{1,4}\s*\)$/;

// A short text read as a heading or field label ("Family history:", "GP practice", "D.O.B."),
// or undefined when it is not one we know. `loose`: the text is known to be a label (a <dt>, a
// column header, the words before a colon), so an unknown one ending in "team", "practice" or
// the like is taken as someone else's details.
export function classifyLabel(text: string, loose = false): LabelInfo | undefined {
  if (text.length > 60) return undefined;
  let key = normalisePhrase(text).replace(/[\s:*#=>-]+$/, '').replace(/^[\s#*>-]+/, '');
  if (key.length === 0) return undefined;
  const exact = LABELS.get(key);
  if (exact) return exact;
  key = key.replace(/\.$/, '');
  const trimmed = LABELS.get(key);
  if (trimmed) return trimmed;
  // "Code (SNOMED CT)", "Age (years)": the words without their brackets; "My caseload (6)",
  // "Children (2)": without the count.
  if (key.includes('(')) {
    const bare = LABELS.get(key.replace(/[()]/g, ' ').replace(/\s+/g, ' ').trim()) ?? LABELS.get(key.replace(COUNT_AFTER, ''));
    if (bare) return bare;
  }
  if (!loose) return undefined;
  const words = key.split(' ');
  const last = words[words.length - 1]!;
  // "Carer's health", "Carer health needs": of the carer.
  if (words.length <= 4 && (words[0] === 'carers' || words[0] === 'carer') && words.slice(1).some((w) => CARER_TOPIC.has(w))) return ABOUT_CARER;
  if (words.length > 5 || !ORG_LABEL_ENDINGS.has(last)) return undefined;
  if (last === 'carer' && words.some((w) => CARER_TOPIC.has(w))) return ABOUT_CARER;
  if (!words.some((w) => ABOUT_THEM.has(w))) return { addr: 'org' };
  return undefined;
}

// Words that make such a label a topic rather than someone's details: "Letter to GP:", "Message
// from practice:" head what is said of the person, not an address; "Impact on carer:" what is said
// of the carer.
const ABOUT_CARER: LabelInfo = { status: 'family', aboutCarer: true };
// Of the carer themself: "Impact on carer", "Support for carer", "Carer health". Not "Collateral
// from carer" or "Discussed with carer", which tell of the person.
const CARER_TOPIC: ReadonlySet<string> = new Set(['on', 'for', 'to', 'about', 'impact', 'effect', 'strain', 'needs', 'health', 'wellbeing']);
const ABOUT_THEM: ReadonlySet<string> = new Set(['on', 'for', 'to', 'from', 'about', 'with', 're', 'impact', 'effect', 'strain', 'letter', 'advice', 'message', 'feedback', 'questions', 'views']);

export function isSectionLabel(info: LabelInfo): boolean {
  return info.status !== undefined || info.meds === true || info.notTaken === true;
}
