import type { Hit } from './scan.ts';
import { isSentenceMark, sentenceAround } from './text-utils.ts';

// The number before a baby's age phrase ("4 month old baby", "a few weeks old"), in the first year
// after birth: up to 52 weeks or 12 months. Not after "was" or "had": "when her son was a 4 month
// old baby" is past.
const NUMBER_BEFORE = /(?<![\w/.])(\d{1,2}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|few|several|couple of)[\s-]*$/i;
const WORDS: Readonly<Record<string, number>> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, few: 3, several: 3, 'couple of': 2,
};
const PAST = /\b(?:was|were|had)\s+(?:an?\s+)?$/i;
// Whose baby, for a phrase that stops at "old": "her 3-month-old", "has a 5 month old", "baby is
// 10 weeks old", "Twins, 6 weeks old", "Her youngest is 10 weeks old", "Daughter is 6 weeks old".
// Who "has a ..." when it is hers: a sentence's start, or she herself ("she has a", "Pt has a").
const SHE = String.raw`(?:^|[.;:!?\n]\s*|\b(?:she|also|now|who|pt|patient|client)\s+)`;
const OWNER = new RegExp(String.raw`(?:\bher|${SHE}has an?|\b(?:baby|twins)(?:\s+(?:is|are))?(?:\s+now)?\s*[,(]?|(?:\bher\s+|(?:^|[.;:!?\n]\s*))(?:baby\s+(?:girl|boy)|son|daughter|twins|little one)(?:\s+(?:is|are)(?:\s+now)?|\s*:)|(?:\bher\s+|(?:^|[.;:!?\n]\s*))youngest(?:\s+(?:child|one))?\s+is(?:\s+now)?)\s*(?:an?\s+)?$`, 'i');
const BABY_OWNER = /\b(?:baby|twins)/i;
// Whose baby, for a phrase that names the child: hers, or the line's ("4 month old baby, not
// sleeping"), not one she looks after or someone else's ("looks after a 6 month old baby", "nanny
// for a 9 month old", "Neighbour's 2 week old baby", "her granddaughter, a 4 month old baby").
const NAMED_OWNER = new RegExp(String.raw`(?:^|[.;:!?\n]\s*|\b(?:her|their|with|and|to|of|birth to|delivered)\s+|${SHE}(?:has|have)\s+)(?:an?\s+)?$`, 'i');
// Not hers after all: a baby who died, or a father's leave.
const NOT_HERS = /\b(?:died|passed away|paternity|lost her\s+(?:\d{1,2}[\s-]*(?:days?|weeks?|months?)[\s-]*old|baby|son|daughter))\b/i;
// After "her 3-month-old": the end of the phrase, or words that go on about the baby. Not a noun:
// "her 6 week old fracture", "her 8 week old puppy".
const ENDS = /^\s*(?:$|[.,;:)!?(]|(?:and|is|who|at|has|was|now|not|so|but|which|while|whilst|with|in)\b)/i;

// The age at `start` is said of "her youngest", "Youngest is" or "Daughter is", whose mother is
// taken to be the person, though the page may say it is someone else ("Mr Hill, 34.").
const OWNER_UNSAID_BEFORE = /(?:\byoungest(?:\s+(?:child|one))?\s+(?:is|are)(?:\s+now)?|(?:^|[.;:!?\n]\s*)(?:baby\s+(?:girl|boy)|son|daughter|twins|little one)(?:\s+(?:is|are)(?:\s+now)?|\s*:))\s*(?:an?\s+)?$/i;

// Where the words naming the child start ("Daughter is", "her youngest is"), or -1.
export function ownerUnsaidAt(text: string, start: number): number {
  const from = Math.max(0, start - 32);
  const m = OWNER_UNSAID_BEFORE.exec(text.slice(from, start));
  return m ? from + m.index + m[0].search(/\S/) : -1;
}

// "Daughter is 6 weeks old" leaves the mother unsaid, so it is hers only where nothing before says
// otherwise: a note that opens on a man ("He is struggling.", "New dad, sleep deprived.", "Male,
// 29.", "Father attends with low mood."), someone else with a baby ("Friend has a baby."), or an
// age past having one ("Mrs Jones, 62."). Not a man she speaks of ("Husband works away, he is
// supportive", "Dad on paternity leave", "Father not involved").
const MAN_OPENS = /^\s*(?:he\s+(?:is|has|was|feels|reports|describes|attends|attended|presents|says|works|lives)|he['’]s\b|(?:pt|patient|client)\s*\(\s*male\s*\)|(?:dad|father)\s*,\s*\d|male\b|man\b|mr\b|gentleman\b|(?:a\s+)?(?:new|first[- ]time|young|single)\s+(?:dad|father)\b|(?:dad|father)\s+(?:attends|attended|presents|presenting|reports|referred|self[- ]referred|of)\b|\d{2}\s*(?:y\/?o\s*)?(?:m|male)\b)/i;
const HE_RELATIVE = /\b(?:husband|partner|boyfriend|fianc[eé]|dad|father|brother|son|grandfather|grandad|uncle|step\w*|ex)\b/i;
const OTHERS_BABY = /\b(?:friend|neighbou?r|colleague|sister|sister-in-law|brother|cousin|niece|daughter-in-law|son-in-law|sil|bil)(?:['’]s)?\b[^.!?\n]{0,40}\b(?:baby|babies|newborn|twins|had a|gave birth|born|pregnant|son|daughter)\b/i;
const OLDER = /(?:(?:^|[.;\n]\s*)[A-Z][a-z]+(?:\s[A-Z][a-z]+)?,\s*|\b(?:mrs|ms|miss|mr)\b[^,\n(]{0,30}(?:,\s*|\(\s*)|\bage[d:]?\s*:?\s*)(?:[5-9]\d|1[01]\d)\b|\b(?:[5-9]\d|1[01]\d)\s*(?:y\/?o|yrs?|years?(?:\s+old)?)\b/i;
// "Wife had a c-section. Son is 3 months old.": a wife or girlfriend named makes the person the
// father, most likely.
const HIS_PARTNER = /\b(?:wife|girlfriend|fianc[eé]e)\b/i;
// "Grandmother, 62, caring for grandchild": the baby may be a grandchild.
const GRANDPARENT = /\b(?:grandchild|grandchildren|grandson|granddaughter|grandbaby|grand-?daughter|grand-?son)\b|(?:^|[.;\n]\s*)(?:grandmother|grandfather|grandparent|gran|nan)\b/i;
const HE_SENTENCE = /(?:^|[.!?\n]\s*)(?:he\s+(?:is|has|was|feels|reports|describes|attends|attended|presents|says|works|lives)|he['’]s)\b/i;
export function ownerDoubtful(text: string, owner: number): boolean {
  const record = text.slice(Math.max(0, owner - 400), owner);
  // The window's first sentence (the note's, on a short note), and the last two before the age.
  let firstEnd = 0;
  while (firstEnd < record.length && !isSentenceMark(record.charCodeAt(firstEnd))) firstEnd++;
  let nearFrom = record.length;
  for (let marks = 0; nearFrom > 0; nearFrom--) if (isSentenceMark(record.charCodeAt(nearFrom - 1)) && nearFrom < record.length - 1 && ++marks === 2) break;
  const manOpens = MAN_OPENS.test(record.slice(0, firstEnd + 1)) || (HE_SENTENCE.test(record) && !HE_RELATIVE.test(record));
  return manOpens || OTHERS_BABY.test(record.slice(nearFrom)) || OLDER.test(record) || GRANDPARENT.test(record) || HIS_PARTNER.test(record);
}

// Where the age starts (its number), or -1 when the phrase is not a baby's age.
export function babyAgeStart(text: string, hit: Hit, alone: boolean): number {
  const from = Math.max(0, hit.start - 40);
  const before = text.slice(from, hit.start);
  const m = NUMBER_BEFORE.exec(before);
  if (!m) return -1;
  const token = m[1]!.toLowerCase();
  const n = WORDS[token] ?? Number(token);
  const unit = text.charCodeAt(hit.start) | 32;
  if (n < 1 || (unit === 119 && n > 52) || (unit === 109 && n > 12)) return -1;
  const lead = before.slice(0, m.index);
  if (PAST.test(lead)) return -1;
  if (NOT_HERS.test(sentenceAround(text, hit.start, hit.end))) return -1;
  if (!alone) return NAMED_OWNER.test(lead) ? from + m.index : -1;
  const owner = OWNER.exec(lead);
  if (!owner) return -1;
  return BABY_OWNER.test(owner[0]) || ENDS.test(text.slice(hit.end, hit.end + 12)) ? from + m.index : -1;
}
