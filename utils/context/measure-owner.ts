// "His wife Sarah scored 22 on the PHQ-9", "Wife's GAD-7 15", "Sarah (wife) PHQ-9 22", "Sarah
// completed a PHQ-9 (22) for her own GP" in the record of her husband: a score the sentence gives
// to someone else, by a relative word or a name the record gives to someone else, opening it.
// Not one a relative tells of the person ("Wife says his PHQ-9 was 16 last time"), nor "Client",
// nor the person's own name ("Mark: PHQ-9 16").
// The relative opens the clause the score is in: "Husband present, PHQ-9 14" and "Mum to a 6
// month old, PHQ-9 16" are the person's.
const RELATIVES = 'wife|husband|partner|spouse|mum|mother|dad|father|son|daughter|sister|brother|boyfriend|girlfriend';
const TELLS = '(?!\\s+(?:says|said|reports|reported|thinks|feels|told|explained|mentioned|believes|to|of)\\b)';
const RELATIVE = new RegExp(`^\\s*(?:[-*•]\\s*)?(?:(?:his|her|their|the client's|client's|pt's|patient's)\\s+)?(?:${RELATIVES})\\b${TELLS}`, 'i');
const NAME_OF_RELATIVE = new RegExp(`^\\s*(?:[-*•]\\s*)?[A-Z][a-z'-]{1,15}\\s+\\((?:his |her |their )?(?:${RELATIVES})\\)`, 'i');
const NAME = new RegExp(`^\\s*(?:[-*•]\\s*)?([A-Z][a-z'-]{1,15})\\b${TELLS}`);
const ANOTHER_CLAUSE = /,|\s(?:and|but|-|–)\s/;
const REACH = 80;

export function scoredByOther(text: string, at: number, otherNames: ReadonlySet<string> | undefined, personNames: ReadonlySet<string> | undefined): boolean {
  let from = at;
  const min = Math.max(0, at - REACH);
  while (from > min && !/[.;!?\n|]/.test(text[from - 1]!)) from--;
  const lead = text.slice(from, at);
  if (ANOTHER_CLAUSE.test(lead)) return false;
  if (RELATIVE.test(lead) || NAME_OF_RELATIVE.test(lead)) return true;
  if (otherNames === undefined) return false;
  const name = NAME.exec(lead)?.[1];
  return name !== undefined && otherNames.has(name) && personNames?.has(name) !== true;
}
