import { alternation, HE_RELATIVES, SHE_RELATIVES } from './lexicon/relatives.ts';
import type { Hit } from './scan.ts';
import { shorthandPerson } from './named-age.ts';
import { countWords } from './text-utils.ts';

// How far a relative's scope reaches in a sentence: asides after the relative, ages before it,
// and which "her" is the person. analyse-span.ts asks these as it walks a family trigger forward.

// "Mum of two, aged 4 and 7": the ages after a count of children.
const CHILDREN_BEFORE = /\b(?:mum|mother|mom|mummy|dad|father|parent)\s+(?:of|to)\s+(?:\d|one|two|three|four|five|six|twins)\b[^.;:]{0,8}$/i;
// "Her son is 3 months old", "Son: 6 weeks old": the relative is the baby.
const THE_BABY = /^\s*(?:(?:is|are)(?:\s+now)?\s+|:\s*)(?:\d{1,2}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few)[\s-]*$/i;
// In a relative's "who" clause, "her" (or "his") after a preposition or a word of feeling or
// knowing ("afraid her anorexia will return", "frightened by his palpitations"), "her" as the
// object ("supports her after", "found her collapsed"), "is her", or "she" ("since she had falls")
// is the person: "Husband, who is aware of her ME/CFS", "who is her carer since her fall", "who
// looks after her when her ME flares"; not the relative's own: "who has her own anorexia", "who
// broke her hip in a fall", "who needs a frame after her falls", "who controls her diabetes".
const BEFORE_PERSON = 'of|about|with|for|towards?|to|by|at|through|since|over|on|when|while|whenever|during';
const FEELING = 'concerned|afraid|worried|scared|frightened|anxious|aware|sure|convinced|thinks|feels|knows|understands|accepts|supports|minimises|minimizes|notices|noticed|fears';
const PERSON_IN_ASIDE = new RegExp(String.raw`\b(?:${BEFORE_PERSON})\s+(?:her|him)\b(?!\s+own)|\bis\s+(?:her|his)\b|\b(?:she|he)\s+(?:has|is|had|was)\b|\b(?:she|he)\s*$|\b(?:when|since|after|before|while|as|because|until)\s+(?:she|he)\b|\b(?:her|him)\s+(?:when|while|after|before|during|since|through|with|collapsed|unconscious|unresponsive|fallen|on the floor|home|to|at|in)\b|\b(?:${FEELING})\s+(?:that\s+)?her\b(?!\s+own)`, 'i');
// "his" after a preposition or a word of feeling: the person, when the relative is not a man.
const PERSON_HIS = new RegExp(String.raw`\b(?:(?:${BEFORE_PERSON}|from)\s+his|(?:${FEELING})\s+(?:that\s+)?his)\b(?!\s+own)`, 'i');
// An aside between commas right after a relative is about the relative. A "who" clause always is
// ("Lives with her mother, who has dementia", "Dad, who she cares for, ..."), unless it reports
// what the relative says or saw, which is about the person ("Attended with her husband, who
// reports she has had falls"). When the relative opens the sentence, so is the term after the
// aside, bare or as a plain predicate's ("Husband, who is supportive, has COPD", "Mum, 80,
// COPD"), and an age is an aside too ("Son, aged 12, has asthma"). Otherwise a comma and a verb
// after the aside start the person's own statement, as in a list of social history ("Lives with
// husband, 62, has COPD", "Lives with partner, who is supportive, has COPD"), and so does any
// other predicate ("Husband, 62, has noticed her palpitations").
const WHO_ASIDE = /^(\s*,\s*who\s+(?!(?:also\s+|has\s+|had\s+)?(?:report|say|said|describ|notic|note|think|thought|feel|felt|worr|mention|tell|told|explain|state|manag|observ|witness|see|saw|seen|help|brought|accompan|attend|rais(?:es|ed)\s+concern))(?:[^,.;:(]|\([^()\n.;]{0,60}\)){0,100})(?:,|(?=[.;:]|$))/i;
// "Her mother, who attends with her, has RA": who came with the person, in words that name nothing
// else (WHO_ASIDE leaves out these verbs, whose clause may tell of the person: "who brought her in
// with chest pain").
const ESCORT_ASIDE = /^\s*,\s*who\s+(?:(?:usually|often|also|sometimes|always)\s+)?(?:attends?|attended|came|comes|accompan(?:y|ies|ied)|brought|brings|helps?|helped|drove|drives)(?:\s+(?:with|in|to|at|her|him|them|today|sessions?|appointments?|the|assessment|clinic|here|along))*\s*,/i;
// After the aside, the relative's own plain predicate, up to the term: "has COPD", "was diagnosed
// with severe ...", "is 20 weeks" (pregnant), or none ("Mum, 80, COPD").
const PLAIN_PREDICATE = /^\s*(?:(?:also\s+)?(?:has|have|had|is|was|on|suffers from|suffered from|(?:was |has been |is )?diagnosed with))?(?:\s*(?:had|got|been|a|an|severe|mild|moderate|chronic|early|late|advanced|longstanding|long-standing|known|now|currently|suspected|possible|probable|likely|query|\d{1,2}(?:\+\d)?(?:\s*(?:weeks?|wks?|\/40))?)\b)*\s*$/i;
// A relative with an age before it, then a plain predicate: "82 year old father has dementia".
const PREDICATE_NEXT = /^\s*(?:also\s+)?(?:has|have|had|is|was|suffers|suffered|(?:was |has been )?diagnosed)\b/i;
const NAME_BEFORE_WHO = /^\s*[,:]?\s+(?:(?:Mr|Mrs|Ms|Miss)\.?\s+)?[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+)?(?:\s*\(\s*\d{1,3}\s*\)|\s*,\s*(?:aged?\s+)?\d{1,3})?(?=\s*,\s*who\b)/;
// Also with their age ("Her mother, Mary, 85, has dementia", "Wife, Jean (80), has angina"), or a
// description of them ("His wife, a retired nurse, has COPD").
const NAME_ASIDE = /^\s*,\s*(?:(?:(?:Mr|Mrs|Ms|Miss)\s+)?[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+)?(?:\s*\(\s*(?:aged?\s+)?\d{1,3}\s*\)|\s*,\s*(?:aged?\s+)?\d{1,3})?|an?\s+[a-z][a-z -]{1,30})\s*,(?=\s*(?:also\s+)?(?:has|had|is|was|suffers|takes|uses)\b)/;
const NAME_BEFORE_AGE = /^\s+[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+)?(?=\s*,\s*(?:aged?\s+)?\d{1,3}\s*,)/;
const STATE_BEFORE_ASIDE = /^\s+(?:is\s+)?(?:alive(?:\s+and\s+well)?|still alive|deceased|a\s*[&+]\s*w)(?=\s*,)/i;
const AGE_ASIDE = /^\s*,\s*(?:(?:(?:now|aged?|about|nearly|almost)\s+)*\d{1,3}(?:\s*(?:y|yo|y\/o|yrs?|years?(?: old)?))?|(?:now\s+)?(?:deceased|late|dead|died))\s*,/i;
const RELATIVE_LEAD = String.raw`(?:(?:her|his|their|my|the|patient'?s|pt'?s|client'?s)\s+)?(?:(?:older|younger|elder|eldest|oldest|youngest|middle|first|second|third|fourth|little|adult|teenage|step|elderly|twin|late|maternal|paternal)\s+)?$`;
const OPENS_SENTENCE = new RegExp(String.raw`(?:^|[.;:!?\n]\s*)${RELATIVE_LEAD}`, 'i');
// A relative told of after a word of telling opens what is told: "Client reported her sister, who
// is pregnant, had a fall".
const AFTER_TELLING = new RegExp(String.raw`\b(?:reports?|reported|says|said|states|stated|mentions|mentioned|explains|explained|told (?:me|us|the therapist))\s+(?:that\s+)?${RELATIVE_LEAD}`, 'i');
const TELLING_WORD = /report|sa(?:ys|id)|stat|mention|explain|told/i;

// Whose age: "her 4 " of "her 4 year old", "their 7" of "their 7yo", "has a 15 " of "has a 15 year
// old daughter", "with 80" of "lives with 80yo mother" (the hit leaves the number before it).
const OWNED = /\b(?:her|his|their|my|(?:has|have|with|of|to) an?|with)\s+\d{1,3}[\s-]?$/i;
const OWNED_BY_HER = /\b(?:her|his|their|my)\s+\d{1,3}[\s-]?$/i;
// What a relative clause after the relative opens with: "... daughter with anorexia", "... mother who has".
const RELATIVE_CLAUSE = /^\s*,?\s*(?:with|who|that|which)\b/i;
// The number an age phrase's hit leaves before it: "4 " of "4 year old", "7" of "7yo".
const AGE_NUMBER = /\d{1,3}[\s-]?$/;
function opensSentence(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 60), at);
  return OPENS_SENTENCE.test(before) || (TELLING_WORD.test(before) && AFTER_TELLING.test(before));
}

const DETAILS_BRACKET = /^(?:\s+[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+)?)?\s*\(([^()\n;]{1,100})\)/;
const SENTENCE_INSIDE = /[.!?]\s+[A-Z]/;

// The relative's aside: where it ends (0 for none), and whether what follows it is theirs too.
export function asideAfter(text: string, trigger: Hit): { end: number; onward: boolean } {
  const after = text.slice(trigger.end, trigger.end + 160);
  const opens = opensSentence(text, trigger.start);
  const who = WHO_ASIDE.exec(after) ?? ESCORT_ASIDE.exec(after);
  if (who) return { end: trigger.end + who[0].length, onward: opens };
  // "Lives with husband, Peter, who has heart failure", "Partner: Mark, 45, who has T1D": their
  // name (and age) before the "who".
  const name = after.includes('who') ? NAME_BEFORE_WHO.exec(after) : null;
  const named = name ? WHO_ASIDE.exec(after.slice(name[0].length)) : null;
  if (named) return { end: trigger.end + name![0].length + named[0].length, onward: opens };
  // "Her wife, Jean, has heart failure": their name between commas, opening the sentence.
  const nameAlone = opens ? NAME_ASIDE.exec(after) : null;
  if (nameAlone) return { end: trigger.end + nameAlone[0].length, onward: true };
  // "Father alive, 80, had a stroke", "Mother deceased, MI aged 60": whether they live, then an age;
  // "His wife Grace, 80, has angina": their name, then an age.
  const state = STATE_BEFORE_ASIDE.exec(after) ?? (opens ? NAME_BEFORE_AGE.exec(after) : null);
  const from = state ? state[0].length : 0;
  const age = AGE_ASIDE.exec(from > 0 ? after.slice(from) : after) ?? (state ? /^\s*,/.exec(after.slice(from)) : null);
  if (!age) {
    // "His son Michael (next of kin, 17 Park Avenue, Leeds LS8 2JH) has bipolar disorder": a bracket
    // of their details, after the relative and their name, opening the sentence. Only one too long
    // for the words a relative's scope may pass over; a short one ("Daughter (15) under CAMHS for
    // anorexia") is passed over as words.
    const bracket = opens && after.includes('(') ? DETAILS_BRACKET.exec(after) : null;
    const details = bracket !== null && !SENTENCE_INSIDE.test(bracket[1]!) && countWords(bracket[1]!, 0, bracket[1]!.length) >= 4;
    return details ? { end: trigger.end + bracket[0].length, onward: true } : { end: 0, onward: opens };
  }
  // "Her mother, 78, who has dementia, ...", "Cares for mum, 80, who has COPD": a "who" clause
  // after the age is the aside's too, wherever the relative stands.
  const then = WHO_ASIDE.exec(`,${after.slice(from + age[0].length)}`);
  if (!opens && !then) return { end: 0, onward: false };
  return { end: trigger.end + from + age[0].length + (then ? then[0].length - 1 : 0), onward: opens };
}

// After a count of children, "aged 4 and 7" (two ages) or an age under 16 is theirs; "Mother of
// three, aged 41" is hers.
export function childrensAgeAt(text: string, at: number, years: number, after: string): boolean {
  return CHILDREN_BEFORE.test(text.slice(Math.max(0, at - 32), at)) && (years < 16 || TWO_AGES.test(after));
}
const TWO_AGES = /^\s*(?:(?:and|&)\s*\d{1,2}\b|,\s*\d{1,2}\s*(?:,|and\b|&))/i;

export function ownedAgeAt(text: string, at: number): boolean {
  return OWNED.test(text.slice(Math.max(0, at - 16), at));
}

// A male relative's "his" may be his own ("Her dad, who is in hospital with his chest pain", "His
// brother, who struggles with his anorexia"), unless the record names the person as "his" and the
// relative feels something about it ("His dad, who is frightened by his palpitations"); his "from
// her" can only be hers ("Her husband, who is worn out from her ME/CFS").
export function personIn(text: string, from: number, to: number, relative: Hit): boolean {
  const aside = text.slice(from, to);
  const male = MALE.test(text.slice(relative.start, relative.end));
  if (PERSON_IN_ASIDE.test(aside) || (!male && PERSON_HIS.test(aside))) return true;
  return male && (FROM_HER.test(aside) || (HIS_BEFORE.test(text.slice(Math.max(0, relative.start - 8), relative.start)) && FEELS_HIS.test(aside)));
}
const FEELS_HIS = /\b(?:concerned|afraid|worried|scared|frightened|anxious|aware|upset|angry|shocked|understands|supports|minimises|minimizes|accepts)\s+(?:(?:by|about|of|at|that)\s+)?his\b(?!\s+own)/i;
const HIS_BEFORE = /\bhis\s+$/i;
const FROM_HER = /\bfrom\s+her\b(?!\s+own)/i;
const MALE = new RegExp(`\\b(?:${alternation(HE_RELATIVES)})s?$`, 'i');
const MALE_FIRST = new RegExp(`^(?:(?:her|his|my|their|the|pt'?s|patient'?s)\\s+)?(?:${alternation(HE_RELATIVES)})s?\\b`, 'i');

// The relative a trigger names is a man: "Husband has", "her dad".
export function maleRelative(text: string, trigger: Hit): boolean {
  return MALE_FIRST.test(text.slice(trigger.start, trigger.end));
}

// How far back someone else can be the "she" or "he" of a phrase: this sentence and two before.
const PRONOUN_REACH = 240;
// Someone the record names besides the person: she, he, or either. Not words the record uses of
// the person ("a 79 year old woman", "Mum of three").
const SOMEONE = new RegExp(`\\b(?:((?:mother|mum|mom)(?!\\s+(?:of|to)\\b)|${alternation(SHE_RELATIVES.filter((w) => w !== 'mother' && w !== 'mum' && w !== 'mom'))}|girl)|((?:father|dad)(?!\\s+(?:of|to)\\b)|${alternation(HE_RELATIVES.filter((w) => w !== 'father' && w !== 'dad'))}|boy|ex-husband)|(partner|spouse|child|children|kids?|baby|toddler|infant|little one|grandchild|grandchildren|twins?|cousin|sibling|parents?|neighbou?r|friend|mate|ex|ex-partner|flatmate|housemate|dog|cat|puppy|pet|(?:\\d{1,2}|one|two|three|four|five)[ -]?(?:year|yr|month)s?[ -]?old(?![ -](?:woman|lady|man|gentleman|female|male|mum|mother|father|dad|client|patient|person|retired|widow\\w*|white|black|asian|british)\\b)))s?\\b`, 'gi');
// "Husband says she fell twice": a relative who tells of a fall tells of the person's.
const TOLD = /\b(?:husband|wife|partner|mum|mother|dad|father|son|daughter|sister|brother|carer|friend|neighbou?r|relative|family)\s+(?:says|said|reports?|reported|tells|told (?:me|us|staff)|mentions?|mentioned|explains?|explained|describes?|described)\s+(?:that\s+)?$/i;
// Who the person is, where the record says: a title that opens a line or follows "Re:" or
// "Client:" ("Mrs Jones, 72", "Re: Mr Hill"), not another's ("Referred by Mr Khan", "NOK: Mr D
// Smith (husband)"); or "her husband", "his wife".
const PERSON_TITLE = /(?:^|\n|\b(?:re|client|patient|pt|name|service user)\s*:\s*)(?:(mrs|ms|miss)|(mr))\b\.?\s+[A-Z][^\n(]{0,40}(\((?:husband|wife|partner|son|daughter|mother|father|brother|sister|nok|next of kin)\))?/gi;
const PERSON_OWNS = /\b(?:(her)|(his))\s+(?:husband|partner|boyfriend|girlfriend|wife|son|daughter|children|kids|mum|mother|dad|father|carer)\b/gi;
// "a 34 year old man", "He is a new dad": the person described.
const PERSON_DESCRIBED = /\b(?:(?:year|yr)s?[ -]old|aged \d{1,3}|an?)\s+(?:(?:new|single|young|retired|first[- ]time)\s+)?(?:(woman|lady|female|mum|mother)|(man|male|gentleman|father|dad))\b/gi;
// "Dad of two.", "Mum of 3": a sentence that opens by describing the person as a parent.
const PERSON_PARENT = /(?:^|[.;\n]\s*)(?:(mum|mother|mom)|(dad|father)) (?:of|to) (?:one|two|three|four|five|six|\d{1,2}|twins)\b/gi;
const HER_BEFORE = /\bher\s+$/i;
export const HIS_OWN_BEFORE = /\bhis\s+$/i;
// How far back the record's words on who the person is are read.
const PERSON_REACH = 400;

// 'she' or 'he' where the record's words before `at` say only one, else undefined.
function personSex(text: string, at: number): 'she' | 'he' | undefined {
  const record = text.slice(Math.max(0, at - PERSON_REACH), at);
  let she = false;
  let he = false;
  PERSON_TITLE.lastIndex = 0;
  for (let m = PERSON_TITLE.exec(record); m !== null; m = PERSON_TITLE.exec(record)) {
    if (m[3] !== undefined) continue;
    if (m[1] !== undefined) she = true;
    else he = true;
  }
  PERSON_OWNS.lastIndex = 0;
  for (let m = PERSON_OWNS.exec(record); m !== null; m = PERSON_OWNS.exec(record)) {
    if (m[1] !== undefined) she = true;
    else he = true;
  }
  for (const re of [PERSON_DESCRIBED, PERSON_PARENT]) {
    re.lastIndex = 0;
    for (let m = re.exec(record); m !== null; m = re.exec(record)) {
      if (m[1] !== undefined) she = true;
      else he = true;
    }
  }
  return she === he ? undefined : she ? 'she' : 'he';
}

// The person's title where a line names them ("Re: Mrs Jones, 72", "Client: Mr Hill", "Carer:
// Mrs Fenwick" in a carers' assessment): a record uses "she" or "he" of the other sex only for
// someone else ("He fell twice" of her husband). Undefined where the line names no one, or both.
// `firm`: a label says it is the person ("Re:", "Client:"); otherwise a line that opens with a
// title and an age ("Mr Ali, 66", "Carer: Mrs Fenwick   Age: 63"). Not staff, an addressee or
// another's details ("Mr A Brown, GP, 12 High St", "Mrs Patel (interpreter)", "Ms Smith, PWP").
// `carer`: the line is "Carer: ...", which names the person only in a carer's own record (the
// merge waits for words of caring before it takes it: in the record of the one cared for, it
// names someone else).
const NAMES_PERSON = /^\s*(?:((?:re|client|patient|pt|name|service user)\s*:\s*)|(carer\s*:\s*))?(?:(mrs|ms|miss)|(mr))\b\.?\s+(?!and\b|&)[A-Z][^\n]{0,60}/i;
// "Mrs Smith, 45, attended with her son Josh, 19", "Mr Ahmed, 50, contacted the service about his
// daughter", "... on behalf of her daughter": the one named brings the person.
const BRINGS_THE_PERSON = /\b(?:(?:attended with|came with|brought|accompanied)\s+(?:her|his|their)\s+(?:son|daughter|child)|(?:about|re|regarding|concerned about|worried about|worried|concerned|rang about|called about|client is|patient is|referral is for|referring)\s+(?:her|his|their)\s+(?:son|daughter|child|grandson|granddaughter|husband|wife|partner|mother|father|mum|dad))\b|\bon behalf of\b/i;
const NOT_THE_PERSON = /\((?:[^)]{0,30}\b)?(?:husband|wife|partner|son|daughter|mother|father|brother|sister|nok|next of kin|interpreter|pwp|gp|therapist|nurse|practice nurse|reception\w*|staff|carer|mum|mom|dad|parent|guardian|referrer|advocate)\b[^)]{0,30}\)|\b(?:gp|pwp|therapist|interpreter|nurse|practice|surgery|reception\w*|landlord|health visitor|consultant|psychiatrist|social worker|support worker|manager|trainee|student|tel|phone\w*|booked|phoned|rang)\b|\d{5}/i;
const AGE_AFTER_NAME = /\b(?:mrs|ms|miss|mr)\b\.?\s+[^,(\n]{0,40}?(?:,\s*|\(\s*|\s+age:?\s*)\d{2,3}\b/i;

// Words that make a line another's details or staff's ("Re: Mr John Smith (father of patient)").
export function namesOther(text: string): boolean {
  return NOT_THE_PERSON.test(text);
}

export function bringsThePerson(text: string): boolean {
  return BRINGS_THE_PERSON.test(text);
}

// "Client: Imran Ali (he/him), 34", "Pronouns: she/her": the person's own pronouns.
const PERSON_PRONOUNS = /^\s*(?:(?:client|patient|pt|name|service user)\s*:[^\n]{0,60}\(|pronouns?\s*:\s*)(?:(she)\s*\/\s*her|(he)\s*\/\s*him)\b/i;

// "Sex: Male", "Gender: F", "Name: Adam Hill   Sex: M": a field of the person's own, opening the
// line or set apart from others on a line that names the person (not "Baby: Leo   Sex: Male",
// "NOK: Tom Hill (husband)   Gender: Male"). Only the field's value: not "Gender: male partner".
const SEX_FIELD = /(?:^|^\s*(?:re|client|patient|pt|name|service user)\s*:[^\n]{0,80}?(?:\s{2,}|\t|\|))\s*(?:sex|gender)(?:\s+at\s+birth)?\s*[:|]?\s*(?:(female|f|woman)|(male|m|man))\s*(?:$|\s{2,}|\t|[,;|])/i;

export function personNamedBy(line: string): { sex: 'she' | 'he'; firm: boolean; carer?: true } | undefined {
  const pronouns = PERSON_PRONOUNS.exec(line) ?? SEX_FIELD.exec(line);
  if (pronouns) return { sex: pronouns[1] !== undefined ? 'she' : 'he', firm: true };
  const shorthand = shorthandPerson(line);
  if (shorthand) return { sex: shorthand.sex, firm: true };
  const m = NAMES_PERSON.exec(line);
  if (!m || NOT_THE_PERSON.test(m[0]) || BRINGS_THE_PERSON.test(line)) return undefined;
  const firm = m[1] !== undefined;
  if (!firm && !AGE_AFTER_NAME.test(m[0])) return undefined;
  const named = { sex: m[3] !== undefined ? 'she' as const : 'he' as const, firm };
  return m[2] !== undefined ? { ...named, carer: true } : named;
}

// Words of a carer's own record: a heading "Carers' assessment", a label "Cared-for person: ...".
// Not "cares for her husband", "Caring for: grandson" or "Carers' assessment offered to Mrs X",
// which the record of the one cared for may say.
const CARING = /^\s*(?:[\w ]{0,40}[-–—:]\s*)?carers?'?s?'?\s+assessment\b(?![^\n]*\b(?:offered|declined|discussed|to be|not|suggested|referred|completed|booked|arranged|requested|sent|done|due|accepted)\b)|^\s*(?:cared[- ]for(?: person)?|person cared for)\s*:/im;

export function speaksOfCaring(text: string): boolean {
  return text.length <= 2_000 && CARING.test(text);
}

// The record names the person as a man before `at` ("Mr Hill, 34."), and not as a woman: a baby
// born to him is not a birth of his own.
export function personIsHe(text: string, at: number): boolean {
  return personSex(text, at) === 'he';
}

// "Her husband has Parkinson's; he fell twice", "Worried about mum. She fell last week", "Her
// little boy is 2. He fell yesterday": someone else of the pronoun's sex (or of either, when
// `eitherSex`) named in its sentence or the one before may be who fell; two sentences back, only
// someone of its sex. So may anyone, where the record names the person as of the other sex ("Mrs
// Jones cares for her husband. She is exhausted. He fell twice").
export function someoneElseBefore(text: string, at: number, pronoun: 'she' | 'he', eitherSex = true): boolean {
  let before = text.slice(Math.max(0, at - PRONOUN_REACH), at);
  const sex = personSex(text, at);
  if (sex !== undefined && sex !== pronoun) return true;
  // Where the record says the person is of the pronoun's sex, only someone named of that sex may
  // be meant: "Mr Cole, 35. Partner pregnant. He fell twice". So too where a relative tells of it,
  // and only someone named before the teller: "Husband says she fell twice" and "Her daughter
  // reports she fell" tell of the person, "Lives with his mum. His brother says she fell" not.
  const told = TOLD.exec(before);
  // "Mr Brown attended with his son. Son reports he fell": of the person, the record's "he".
  if (told && sex === pronoun) return false;
  if (told) before = before.slice(0, told.index);
  if (sex === pronoun || told) eitherSex = false;
  // This sentence up to the pronoun and the one before it, where anyone may be meant; and the one
  // before that, where only someone of the pronoun's sex is ("Cares for her mother-in-law, 91. Very
  // frail, needs help with washing. She fell last week").
  const starts: number[] = [];
  for (let i = before.length; i > 0 && starts.length < 3; i--) {
    const c = before[i - 1]!;
    if ((c === '.' || c === '!' || c === '?' || c === '\n') && /\s/.test(before[i] ?? ' ')) starts.push(i);
  }
  const near = starts[1] ?? 0;
  const far = starts[2] ?? 0;
  return named(before, far, near, pronoun, eitherSex);
}

// Someone of the pronoun's sex named in text[from...], or of either sex in text[near...].
function named(text: string, from: number, near: number, pronoun: 'she' | 'he', eitherSex: boolean): boolean {
  SOMEONE.lastIndex = from;
  for (let m = SOMEONE.exec(text); m !== null; m = SOMEONE.exec(text)) {
    if (pronoun === 'she' ? m[1] !== undefined : m[2] !== undefined) return true;
    // "Her partner is very supportive. She fell twice": the "her" is the person, who is "she".
    if (eitherSex && m[3] !== undefined && m.index >= near && !(pronoun === 'she' ? HER_BEFORE : HIS_OWN_BEFORE).test(text.slice(Math.max(0, m.index - 6), m.index))) return true;
  }
  return false;
}

// A block that is a relative's name as a label or list item: "Mother", "Father (88)", "Mum -
// COPD, frail, lives alone". Not words about the person that name a relative ("Lives with:
// daughter", "Mum of three").
const PERSON_LABEL = /^\s*(?:(?:her|his|their|the)\s+)?(?:mother|mum|mom|father|dad|daughter|son|wife|husband|partner|sister|brother|grandmother|grandfather|gran|grandma|grandad|nan|aunt|uncle|niece|nephew|grandson|granddaughter|stepmother|stepfather|stepmum|stepdad|girlfriend|boyfriend|neighbou?r|friend)s?\b(?!\s+(?:of|to)\b)[^.!?\n]{0,40}$/i;

// "<dt>Mother</dt><dd>She fell twice this year</dd>", "Cares for her father, 88. / He fell twice
// last month.": someone the block before names may be the "she" or "he" at the start of this one:
// a relative the block before is the label of, or anyone where the record names the person as of
// the other sex.
export function meantInBlockBefore(previous: string, start: string, pronoun: 'she' | 'he', eitherSex = true): boolean {
  const joined = `${previous.slice(-PERSON_REACH)}\n${start}`;
  const sex = personSex(joined, joined.length);
  if (sex !== undefined && sex !== pronoun) return true;
  if (previous.length > 80 || !PERSON_LABEL.test(previous)) return false;
  return named(previous, 0, 0, pronoun, eitherSex);
}

// A baby named with its age ("4 month old son") looks forward as an aged relative does: to a
// relative clause ("has a 4 month old son with reflux") or a plain predicate ("Her 4 month old son
// has eczema"), not to what goes on about her ("a 4 month old son and postnatal depression").
// So does one followed by another child ("a 4 month old son and a 3 year old with asthma").
export function babyLooksOn(text: string, baby: Hit): boolean {
  const next = text.slice(baby.end, baby.end + 32);
  return RELATIVE_CLAUSE.test(next) || PREDICATE_NEXT.test(next) || BABY_PREDICATE.test(next) || ANOTHER_CHILD.test(next);
}
const BABY_PREDICATE = /^\s*(?:(?:recently|newly|now|also|just|currently)\s+)?(?:diagnosed|being (?:investigated|assessed|seen|treated|tested)|under|on)\b/i;
const ANOTHER_CHILD = /^\s*(?:and|&)\s+(?:an?\s+)?(?:\d{1,2}[\s-]?(?:years?|yrs?|y|months?|weeks?)\b|toddler|daughter|son|child|older|elder|baby|twins?)\b/i;

// A relative who opens the sentence stays its subject over "and is", "and has", "and was": "Her son
// has T1D and is on insulin". In "Lives with her son and is on insulin" the relative does not open
// the sentence, so the insulin is hers.
// So does a relative clause: "Lives with her husband who has T1D and is on insulin".
export function predicateGoesOn(text: string, relative: Hit, joiner: Hit): boolean {
  return GOES_ON.test(text.slice(joiner.start, joiner.end)) && RELATIVE_NOUN.test(text.slice(relative.start, relative.end))
    && (opensSentence(text, relative.start) || WHO_AFTER.test(text.slice(relative.end, relative.end + 8)));
}
const WHO_AFTER = /^\s*,?\s*who\b/i;

// "Mother lives alone, has dementia": the relative opens the sentence with where they live or how
// old they are, and after one comma their predicates go on. Not "Lives with mother, has asthma",
// where the relative is an object, nor what happened to the person after what the relative did:
// "Mother died in March, has been low since", "Partner left in May, has low mood".
export function predicateGoesOnAfterComma(text: string, relative: Hit, verb: Hit): boolean {
  return COMMA_GOES_ON.test(text.slice(verb.start, verb.end)) && RELATIVE_NOUN.test(text.slice(relative.start, relative.end))
    && opensSentence(text, relative.start) && (RELATIVE_STATE.test(text.slice(relative.end, verb.start)) || NAME_VALUE.test(text.slice(relative.end, verb.start)))
    && !SINCE_AFTER.test(text.slice(verb.end, verb.end + 80));
}
// A field that names them: "Husband: Peter, has heart failure", "Wife: Mrs Jane Hill (70), is on insulin".
const NAME_VALUE = /^\s*:\s*(?:(?:[Mm]rs?|[Mm]s|[Mm]iss)\.?\s+)?[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){0,2}(?:\s*\(\s*\d{1,3}\s*\))?\s*,\s*$/;
const COMMA_GOES_ON = /^(?:is|has|was|had)$/i;
const RELATIVE_STATE = /^\s+(?:lives|living|resides|is\s+(?:aged\s+)?\d{1,3}|aged\s+\d{1,3}|is\s+in\s+(?:her|his)\s+\d0s)\b[^,]*,\s*$/i;
const SINCE_AFTER = /^[^.;]*\bsince\b/i;
// The trigger names the relative ("Her son", "Son was born"), not what the person does ("Cares for her grandson, aged 6, and has epilepsy").
const RELATIVE_NOUN = /\b(?:mother|mum|mom|father|dad|son|daughter|husband|wife|partner|brother|sister|grandson|granddaughter|grandchild(?:ren)?|grandmother|grandfather|gran|grandad|grandma|grandpa|nan|aunt|uncle|cousin|niece|nephew|child(?:ren)?|boyfriend|girlfriend|fiance|fiancee|spouse|stepfather|stepmother|stepson|stepdaughter|twin)s?(?:\s+(?:(?:was|were)\s+)?born)?$/i;
const GOES_ON = /^and\s+(?:is|has|was)$/i;

// "Her grandson, who is 10, has T1D and uses insulin, as does she": the person has it too. Only the
// last thing before the words: "Mum has dementia and has had falls; she has too" shares the falls.
export function sharedWithPerson(text: string, target: Hit, nextTargetStart = Infinity): boolean {
  const m = SHARED.exec(text.slice(target.end, target.end + 80));
  return m !== null && target.end + m[0].length <= nextTargetStart;
}

// What comes right after the joiner as its plain object is still the relative's: a drug ("and is on
// insulin", "and has been taking insulin") or a condition or symptom ("and has had several falls",
// "and is pregnant"). Not "and is very demanding, on insulin", "and has been giving her insulin",
// "and has noticed her falls", nor what the person shares ("and is on insulin, as is she").
export function relativesOwn(text: string, joiner: Hit, target: Hit, drug: boolean, nextTargetStart = Infinity): boolean {
  const between = text.slice(joiner.end, target.start);
  return (drug ? DRUG_PREDICATE : PLAIN_OBJECT).test(between) && !sharedWithPerson(text, target, nextTargetStart);
}
const DRUG_PREDICATE = /^\s*(?:(?:also|now|currently|still|been)\s+)*(?:on|is on|taking|takes|prescribed|is prescribed|started(?: on)?|(?:is|has been|was) started on|using|uses|injecting|injects)\s+(?:(?:his|her|their)\s+)?$/i;
// "Her mother, who lives nearby, takes gliclazide": a drug as the relative's predicate.
export function drugPredicate(words: string): boolean {
  return DRUG_PREDICATE.test(words);
}
const PLAIN_OBJECT = /^\s*(?:(?:also|now|currently|still|been|had|got|having|a|an|some|several|recurrent|frequent|multiple|new|more|further|ongoing|severe|mild|early|late|diagnosed with|one|two|three|four|five|a few|a couple of|\d{1,2}|in|uses|using|needs|needing|in need of)\s+)*$/i;
// "as has she", "she has too", "he has had two himself", "..., same as her.": the person has it
// too. Only words that end their clause: "she is also anxious", "she too is worried", "like her
// cousin" and "they both had bypasses" say something else.
const SHARED = /^(?:\s*,?\s*(?:same as|like|as well as) (?:her|him)\s*(?:$|[.;,)])|[^.]*?\b(?:(?:as|so) (?:is|does|has|did|was|are|do|have) (?:she|he|the patient|the client|pt|patient|client)\b|(?:she|he) (?:has|had|is|was) also(?: (?:had|got|been))?(?: (?:one|two|three|some|several|a few|falls|them|it))?\s*(?:$|[.;,)])|both of them (?:have|do|are|had|did)\s*(?:$|[.;,)])|(?:she|he|the patient|pt|patient|client) (?:has|does|did|is|was)(?: had)?(?: (?:one|two|three|some|several|them|it|falls|hypos))? (?:herself|himself)\b|(?:she|he|the patient|pt|patient|client),? (?:(?:has|does|did|is|was)(?: had)?(?: (?:one|two|three|some|several|them|it|falls|hypos))? )?(?:too|also|as well)\s*(?:$|[.;,)!:–—-]|(?:at|and|but|with|on|-)\b)))/i;

// A verb that makes what comes before its subject: "..., has asthma", "..., is pregnant".
export function predicateAt(text: string, at: number): boolean {
  return PREDICATE_NEXT.test(text.slice(at, at + 24));
}

export function plainPredicate(text: string, from: number, to: number): boolean {
  return PLAIN_PREDICATE.test(text.slice(from, to));
}

export function relativeIsTheBaby(text: string, from: number, to: number): boolean {
  return THE_BABY.test(text.slice(from, to));
}

// An age right before a relative is the relative's. The relative still looks forward to a relative
// clause when someone has them ("has a 15 year old daughter with anorexia", "lives with her 80 year
// old mother who has dementia"), and to a plain predicate when they are the subject ("Her 4 year old
// son has asthma", "82 year old father has dementia"); not to what goes on about the person ("She
// has a 4 year old son and had a stroke"). The age may be the person's own: "65 year old
// grandmother with COPD".
export function relativeLooksOn(text: string, age: Hit, relative: Hit): boolean {
  const lead = text.slice(Math.max(0, age.start - 16), age.start);
  const next = text.slice(relative.end, relative.end + 24);
  if (RELATIVE_CLAUSE.test(next)) return OWNED.test(lead);
  return PREDICATE_NEXT.test(next) && (OWNED_BY_HER.test(lead) || opensSentence(text, age.start - (AGE_NUMBER.exec(lead)?.[0].length ?? 0)));
}
