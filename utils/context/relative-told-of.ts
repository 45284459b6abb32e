import { sentenceBefore } from './text-utils.ts';

// "... and he had a fall": the pronoun a few words before a term, after "and" or a comma, in a
// sentence that a relative of that sex opens. After a semicolon only with "also": "Her mother, 82,
// has COPD; she also had a fall", "Dad has had a stroke; he was also diagnosed with Parkinson's"
// ("Mum has dementia; she has been low since" may be the person).
const TOLD_OF = /(?:\band|,|(;))\s+(she|he)\s+((?:[a-z0-9]+\s+){0,5})$/i;
// Words on the way that tell of someone else, or of what the relative thinks of the person.
const NOT_TOLD_OF = /\b(?:she|he|her|him|says?|said|thinks?|thought|feels?|felt|worr\w*|reports?|told|tells|fears?|believes?|notices?|noticed|and|or|but)\b/i;
const ALSO = /\balso\b/i;
// "Her mother had a stroke; she also has COPD herself": set against the relative, the person.
const SELF_AFTER = /^[^.;]{0,30}\b(?:herself|himself)\b/i;
const RELATIVE_OPENS = /^\s*(?:(?:her|his|their|my|the|pt['’]?s|patient['’]?s|client['’]?s)\s+)?(?:(?:older|younger|elder|eldest|youngest|step|twin)[\s-]?)?(?:(brother|father|dad|husband|son|grandfather|grandad|uncle|nephew|boyfriend)|(sister|mother|mum|wife|daughter|grandmother|nan|aunt|niece|girlfriend))\b/i;
export function relativeToldOf(text: string, at: number): boolean {
  const window = text.slice(Math.max(0, at - 48), at);
  // A cheap look first: the pronoun must be in the window.
  if (!window.includes('he ')) return false;
  const m = TOLD_OF.exec(window);
  if (!m || NOT_TOLD_OF.test(m[3]!) || (m[1] !== undefined && !ALSO.test(m[3]!)) || SELF_AFTER.test(text.slice(at, at + 40))) return false;
  const relative = RELATIVE_OPENS.exec(sentenceBefore(text, at - m[0].length, 160 - m[0].length));
  if (!relative) return false;
  return (relative[1] !== undefined) === (m[2]!.toLowerCase() === 'he');
}
