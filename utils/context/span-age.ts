import { findDates } from './dates.ts';
import type { BlockFindings } from './findings.ts';
import { childrensAgeAt, ownedAgeAt } from './relative-scope.ts';
import type { RoleOf } from './roles.ts';
import type { Hit } from './scan.ts';

// The person's age from a phrase around a number: "aged 54", "54 year old", "54yo", "DOB 01/02/1970".
const AGE_AFTER = /^[\s:=\-–]{0,4}(?:is |of |now |at |approx |approximately |~)?(\d{1,3})(?![\d]|[.,]\d|\s*(?:%|kg|cm|mm|mg|months?|mths?|weeks?|wks?|days?|hours?|hrs?|minutes?|mins?|[-–]\s*\d|to \d))/i;
const NUMBER_BEFORE = /(\d{1,3})\s?[-–]?\s?$/;
const GLUED_BEFORE = /(\d{1,3})$/;

// A past event told before "aged" in its clause.
const EVENT_BEFORE_AGED = /\b(?:history|hx|episode|onset|diagnosis|attempt|overdose|admission|admitted|abuse|trauma|accident|surgery|operation|fell|broke|fractured|injured|moved|left|lost|died|divorced|separated|abused|assaulted|bullied|bereaved|adopted|fostered|started|stopped|began|had|was|were|went|happened|diagnosed|first|ran away|emigrated|migrated|arrived|came|retired|retirement|retire|retiring|pension|married|widowed|qualified|graduated)\b/i;
// "Age: 54": a field's value, whatever came before it.
const FIELD_MARK = /^\s*[:=]/;
function clauseBeforeAt(text: string, at: number): string {
  const before = text.slice(Math.max(0, at - 60), at);
  const stop = Math.max(before.lastIndexOf('. '), before.lastIndexOf(';'), before.lastIndexOf(','), before.lastIndexOf('\n'));
  return stop < 0 ? before : before.slice(stop + 1);
}

export function emitAge(text: string, hit: Hit, role: RoleOf<'age'>, findings: BlockFindings): void {
  if (role.form === 'age') {
    const m = AGE_AFTER.exec(text.slice(hit.end, hit.end + 40));
    // "Mum of two, aged 4 and 7": the children's ages.
    if (!m || childrensAgeAt(text, hit.start, Number(m[1]), text.slice(hit.end + m[0].length, hit.end + m[0].length + 8))) return;
    const years = Number(m[1]);
    const word = text.slice(hit.start, hit.end).toLowerCase();
    // "Fell off her bike aged 10", "Parents divorced aged 12": the age something happened at.
    // So is "age" after one, where no colon makes it a field: "Hx DSH (cutting) age 16".
    if ((word.startsWith('aged') || (word === 'age' && !FIELD_MARK.test(text.slice(hit.end, hit.end + 3)))) && EVENT_BEFORE_AGED.test(clauseBeforeAt(text, hit.start))) return;
    if (years <= 125) findings.ages.push({ kind: word.startsWith('aged') ? 'text' : 'field', years, offset: hit.start });
  } else if (role.form === 'old' || role.form === 'suffix') {
    // "Her 2 year old", "has a 15 year old": someone else's age.
    if (ownedAgeAt(text, hit.start)) return;
    const before = text.slice(Math.max(0, hit.start - 8), hit.start);
    const m = (role.form === 'suffix' ? GLUED_BEFORE : NUMBER_BEFORE).exec(before);
    if (!m) return;
    const years = Number(m[1]);
    if (years <= 125) findings.ages.push({ kind: 'text', years, offset: hit.start });
  } else if (role.form === 'dob') {
    // "Baby number two born 01/10/2026": a child's birth, not the person's.
    if (CHILD_BORN_BEFORE.test(text.slice(Math.max(0, hit.start - 32), hit.start))) return;
    const found = findDates(text, hit.end, Math.min(text.length, hit.end + 40))[0];
    if (found && found.start - hit.end <= 6) findings.ages.push({ kind: 'dob', dob: found.date, offset: hit.start });
  }
}
const CHILD_BORN_BEFORE = /\b(?:baby|babies|child|children|son|daughter|twins|youngest|eldest|grandchild|grandson|granddaughter|niece|nephew|sibling|brother|sister)\b[^.;:\n]{0,20}?\s(?:was\s+|were\s+)?$/i;
