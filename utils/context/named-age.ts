// "Mr Peter Lang, 79, attended", "Re: Mrs Gail Foster, 52, 31 Orchard Way", "Clinical notes - Mrs
// Helen Ward, 55 (step 2)", "Ms Q, 22.", "Client (26) is 36 weeks pregnant": the age a record
// writes after the person's name. Only a title and a name, or "client" or "patient", opening the
// line or a sentence, or after a label that says it is the person ("Re:", "Client:"): "Dad (45)",
// "NOK: Mrs Jones, 80" and "Interpreter: Mrs Patel, 40" are others'. Not a name a relative or
// staff go by ("Her husband Mr John Smith, 60", "Ms Smith, 27, PWP trainee"), a house number ("Mrs
// Foster, 31, Orchard Way", "Dr Patel, 24 Station Road"), a bed or a score ("Mrs Ford, 22 (bed
// 22)", "Mr Hill, 18 (PHQ-9)").
// Every run of spaces is bounded: a page of a million spaces after a full stop must not make each
// position look back over all of them.
const NAMED_AGE = /(?:^|[.;\n]\s{0,4}|\b(?:re|client|patient|pt|name|service user)(?:\s{0,3}:?\s{1,3}|\s{0,3}\(\s{0,2})|\s[-–—]\s{1,3})(?:(?:mr|mrs|ms|miss|mx)\.?\s{1,3}(?:[A-Z][a-z'’-]+|[A-Z]\.?)(?:\s{1,3}[A-Z][a-z'’-]+){0,2}|(?<=(?:client|patient|name)\s{0,3}:\s{0,3})[A-Z][a-z'’-]+(?:\s{1,3}[A-Z][a-z'’-]+){0,2}|(?<=\bre\s{0,3}:\s{0,3})[A-Z][a-z'’-]+(?:\s{1,3}[A-Z][a-z'’-]+){1,2}|client|patient|pt)\s{0,3}(?:,\s{0,3}|\(\s{0,3})(\d{2,3})(?:\s{0,3}(?:y|yo|yrs?|years?)(?:\s{0,3}old)?)?\s{0,3}(?=,|\)|\.(?!\d)|;|\s+\(|$)/gi;
const SOMEONE_ELSE_BEFORE = /\b(?:husband|wife|partner|mother|mum|father|dad|son|daughter|brother|sister|carer|gp|consultant|worker|nurse|referrer|by|for|nok|kin|contact|interpreter|attendees?|supervisor|supervision|discussed with|with)\b[^.\n]{0,12}$/i;
const NOT_AN_AGE_AFTER = /^\s*(?:\)\s*)?(?:,\s*(?:[A-Z][a-z]+\s+)?(?:road|rd|street|st|lane|way|avenue|ave|close|drive|court|crescent|grove|place|gardens|terrace|hill|park|walk|row)\b|,\s*(?:pwp|gp|therapist|interpreter|nurse|trainee|student|staff|(?:\w+\s+)?worker|supervisor|(?:the\s+)?(?:mother|father|mum|dad|parent|partner|wife|husband|sister|brother|grandmother|grandfather)\b)\b|,?\s*(?:also\s+)?attended\s+with\s+(?:her|his)\s+(?:son|daughter|child)|,?\s*also\s+(?:attended|present)\b|\(\s*(?:bed|ward|room|phq|gad|of|score|husband|wife|partner|mother|father|son|daughter|brother|sister|interpreter|pwp|staff)\b)/i;

const AGE_AFTER_MARK = /[,(]\s{0,3}\d\d/;

// "Client is 49.", "The patient is now 72 years old,": the person's age told in a sentence of its own.
// Also "Client is 52 and has hypertension", "Client lives in PL19 and is 60": before "and", or after it
// in a sentence the person opens (not when a relative is named on the way: "Client's son ... and is 30").
const IS_AGED = /(?:^|[.;]\s{1,4})(?:the\s+)?(?:client|patient|pt|service user)\s+(?:(?![^.;\n]{0,40}\b(?:son|daughter|husband|wife|partner|mother|father|mum|dad|brother|sister|child|friend)\b)[^.;\n]{1,40}?\band\s+)?is\s+(?:now\s+)?(?:aged\s+)?(\d{2,3})(?:\s+(?:years?|yrs?)(?:\s+old)?)?\s*(?=[.,;)]|$|\s+and\b)/gi;

// "Hannah Lee (34)", "<h1>Jane DOE (34)</h1>": a name and its age in brackets, the whole line (a
// record's heading). Not a relative's word first ("Mother Jane (60)").
const NAME_LINE_AGE = /^\s*((?:[A-Z][a-z'’-]+|[A-Z]{2,})(?:\s{1,3}(?:[A-Z][a-z'’-]+|[A-Z]{2,})){1,2})\s{0,3}\(\s{0,2}(\d{2,3})\s{0,2}\)\s*$/;
// Words of a questionnaire, a count or a page's furniture: "Core Ten (24)", "Total Score (21)".
const NOT_A_NAME = /\b(?:score|scores|total|core|ten|item|items|question|session|sessions|week|weeks|step|stage|level|grade|band|risk|scale|phq|gad|wsas|audit|epds|room|bed|ward|page|section|part|table|version|measure|measures|outcome|outcomes|result|results|sum|count|number|days|months|years|problems?|medications?|referrals?|contacts?|appointments?|attended|sessions attended)\b/i;
const RELATIVE_FIRST = /^\s*(?:mother|mum|father|dad|son|daughter|brother|sister|husband|wife|partner|grandmother|grandfather|nan|baby|child|carer|friend|aunt|uncle|cousin|interpreter)\b/i;

export function namedAges(text: string): { years: number; offset: number }[] {
  const out: { years: number; offset: number }[] = [];
  if (text.length <= 48 && text.includes('(')) {
    const line = NAME_LINE_AGE.exec(text);
    if (line && !RELATIVE_FIRST.test(line[1]!) && !NOT_A_NAME.test(line[1]!) && Number(line[2]) >= 16 && Number(line[2]) <= 110) out.push({ years: Number(line[2]), offset: line.index });
  }
  // Looked for only where the words can be ("client is", "pt is", "user is"): this runs on every
  // line with a digit.
  IS_AGED.lastIndex = 0;
  const told = text.includes('t is') || text.includes('r is') || text.includes('and is');
  for (let m = told ? IS_AGED.exec(text) : null; m !== null; m = IS_AGED.exec(text)) {
    const years = Number(m[1]);
    if (years >= 16 && years <= 110) out.push({ years, offset: m.index });
  }
  // NAMED_AGE needs a comma or bracket before the age: most lines with a digit have none.
  NAMED_AGE.lastIndex = 0;
  for (let m = AGE_AFTER_MARK.test(text) ? NAMED_AGE.exec(text) : null; m !== null; m = NAMED_AGE.exec(text)) {
    const years = Number(m[1]);
    if (years < 16 || years > 110) continue;
    if (SOMEONE_ELSE_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index + 1))) continue;
    if (NOT_AN_AGE_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 32))) continue;
    out.push({ years, offset: m.index });
  }
  return out;
}

// "45F, self-referral", "34 M - low mood", "62yo M with T2DM": the shorthand a note opens with for
// the person's age and sex. Capital M or F only, so "5m walk" or "10 mg" are never read.
// "Pt 47M.", "Pt (32M) anxious.": after the word for the person, too.
const SHORTHAND = /^\s*(?:(?:pt|patient|client)\.?\s{0,3})?(?:\(\s{0,2}(\d{2,3})\s?(?:y\/?o\s?|yr?s?\s?)?([MF])\s{0,2}\)|(\d{2,3})\s?(?:y\/?o\s?|yr?s?\s?)?([MF])\b(?=\s*(?:[,.;:(–-]|$)|\s+(?:with|presents|presenting|referred|self|attends|attended|hx|pmh|c\/o|seen)\b))/i;

// "42 F - partner (nurse)" in a household list is the partner.
const OTHERS_AFTER = /^\s*[-–,(:]?\s*(?:partner|wife|husband|son|daughter|mother|father|mum|dad|brother|sister|child|grandson|granddaughter|grandmother|grandfather|nan|grandad|friend|lodger|carer|niece|nephew|aunt|uncle|cousin|step\w*)\b/i;

// "Session 2. Pt (32M) anxious": after the word for the person, a sentence may open with it too.
const SHORTHAND_LATER = /[.;]\s+(?=(?:pt|patient|client)\.?\s{0,3}(?:\(\s{0,2})?\d{2,3}\s?(?:y\/?o\s?|yr?s?\s?)?[MF]\b)/gi;
export function shorthandPerson(text: string): { years: number; sex: 'she' | 'he' } | undefined {
  const first = shorthandAt(text);
  if (first || !text.includes('.') && !text.includes(';')) return first;
  SHORTHAND_LATER.lastIndex = 0;
  for (let m = SHORTHAND_LATER.exec(text); m !== null; m = SHORTHAND_LATER.exec(text)) {
    const later = shorthandAt(text.slice(m.index + m[0].length));
    if (later) return later;
  }
  return undefined;
}

function shorthandAt(text: string): { years: number; sex: 'she' | 'he' } | undefined {
  const m = SHORTHAND.exec(text);
  if (!m || OTHERS_AFTER.test(text.slice(m[0].length, m[0].length + 24))) return undefined;
  const years = Number(m[1] ?? m[3]);
  const sex = m[2] ?? m[4]!;
  // Capital M or F only, though "Pt" may be in any case.
  if (sex !== 'M' && sex !== 'F') return undefined;
  return years >= 16 && years <= 110 ? { years, sex: sex === 'F' ? 'she' : 'he' } : undefined;
}
