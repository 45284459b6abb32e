// "Mr Peter Lang, 79, attended", "Re: Mrs Gail Foster, 52, 31 Orchard Way", "Clinical notes - Mrs
// Helen Ward, 55 (step 2)", "Ms Q, 22.", "Client
// (26) is 36 weeks pregnant": the age a record writes after the person's name. Only a title and a
// name, or "client" or "patient", opening the line or a sentence: "Dad (45)" is a relative's, and
// "Dr Patel, 24 Station Road" a practice's address. Not a name a relative goes by ("Her husband
// Mr John Smith, 60").
const NAMED_AGE = /(?:^|[.;:\n]\s*|\bre:?\s+|\s[-–—]\s+)(?:(?:mr|mrs|ms|miss|mx)\.?\s+(?:[A-Z][a-z'’-]+|[A-Z]\.?)(?:\s+[A-Z][a-z'’-]+){0,2}|client|patient|pt)\s*(?:,\s*|\(\s*)(\d{2,3})(?:\s*(?:y|yo|yrs?|years?)(?:\s*old)?)?\s*(?=,|\)|\.(?!\d)|;|\s+\(|$)/gi;
const SOMEONE_ELSE_BEFORE = /\b(?:husband|wife|partner|mother|mum|father|dad|son|daughter|brother|sister|carer|gp|consultant|worker|nurse|referrer|by|for)\b[^.\n]{0,12}$/i;

export function namedAges(text: string): { years: number; offset: number }[] {
  const out: { years: number; offset: number }[] = [];
  NAMED_AGE.lastIndex = 0;
  for (let m = NAMED_AGE.exec(text); m !== null; m = NAMED_AGE.exec(text)) {
    const years = Number(m[1]);
    if (years < 16 || years > 110) continue;
    if (SOMEONE_ELSE_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index + 1))) continue;
    out.push({ years, offset: m.index });
  }
  return out;
}
