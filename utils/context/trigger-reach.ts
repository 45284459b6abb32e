import { isFalls } from './question-answer.ts';
import type { ConditionId } from './condition-ids.ts';
import { asideAfter, babyLooksOn, drugPredicate, maleRelative, personIn, plainPredicate, predicateAt, predicateGoesOn, predicateGoesOnAfterComma, relativeIsTheBaby, relativesOwn, sharedWithPerson } from './relative-scope.ts';
import { ROLE_BIT, type Dimension, type RoleOf } from './roles.ts';
import { hasRole, type Hit } from './scan.ts';
import { isBabyAge, isTarget, namesAny, plainCondition, type Target } from './span-target.ts';
import { aboutPerson, bothWithPerson, closingBracketAfter, ownSelf, possessedByPerson, PREGNANCY_OR_BIRTH, sexOfRelative } from './relative-reach.ts';
import { tellsOfPerson } from './tells-of-person.ts';
import { countWords } from './text-utils.ts';

// How far a trigger's scope reaches in a span (NegEx and ConText): forward from a trigger before
// its terms, back from one after them, each bounded by its clause, a gap of words and the words
// that end a scope.

// The term is the last of a list the trigger reads: "No cough, fever or chest pain reported"
// (an "or" before an earlier comma is another list: "No SOB or dizziness, chest pain yes").
const LISTED_BEFORE = /\b(?:or|nor)\b/i;

const COUNTED_AFTER_COMMA = /,\s*(?:[1-9]\d{0,2}|one|two|three|four|five|six|seven|eight|nine|ten)\s*(?:(?:episodes?|bouts?|attacks?|occasions?|lots?|days?|weeks?|months?|nights?) of\s+|(?:weeks?|wks?|\/40)\s+)?$/i;

// Dated just before, straight after the comma, maybe with a few words: "No chest pain, 2 days ago
// palpitations", "Denies SOB, yesterday chest tightness", "No chest pain, 2 days ago dizzy and
// blacked out". Not long ago: "No chest pain, 10 years ago palpitations" stays denied.
const DATED_AFTER_COMMA = /,\s*(?:(?:(?:[1-9]\d?|one|two|three|four|five|six|seven|eight|nine|ten|a few|a couple of|some)\s+(?:days?|weeks?|wks?)|(?:[1-9]|1[0-2]|one|two|three|four|five|six|a few|a couple of)\s+months?|a (?:day|week|month)|an hour|(?:\d+|a few)\s+hours?|\d{1,2}\s*\/\s*(?:7|52))\s+ago|on (?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|last (?:night|week|month)|this (?:morning|week|month)|earlier today|today|recently|since last (?:week|month))(?:\s+(?!(?:or|nor|no|not|never|denies|denied|without)\b)[a-z]+){0,3}\s*$/i;

// A term that opens with its own past verb starts a clause of its own after a comma: "No chest pain,
// had a fall last week", "Denies SOB, fell on the stairs" (a denial lists nouns, not what happened).
// A faint counts so only told with where or when ("fainted at work yesterday"), as a denial lists it
// bare ("Hasn't had chest pain, fainted or fallen").
const OWN_VERB = /^(?:fell|had|has had|tripped|slipped|landed|collapsed|(?:fainted|passed out|blacked out)(?=\s+(?:at|in|on|yesterday|last|this|while|when|during|twice|again|\d)\b))\b/i;

// A medicine taken, with its dose or how often, or after "on": "No falls, insulin BD", "No known
// allergies, insulin 2x daily", "No falls, on insulin". Not "Not on insulin, metformin or gliclazide".
const TAKEN_AFTER = /^(?:\s+[a-z]+)?\s*(?:\d+(?:\.\d+)?\s*(?:mg|mcg|micrograms?|units?|iu|ml|g)\b|(?:od|bd|tds|qds|nocte|mane|prn|daily|twice daily|once daily|twice a day|at night|\d\s*x\s*(?:daily|a day)|\d times (?:a|per) day)\b)/i;

// "Stopped insulin, now on gliclazide": what replaced the drug denied.
// A cheap look first: a digit or bracket within a few characters of the trigger's end.
function yearAfterChild(text: string, trigger: Hit): boolean {
  for (let i = trigger.end; i < Math.min(text.length, trigger.end + 10); i++) {
    const c = text.charCodeAt(i);
    if ((c >= 48 && c <= 57) || c === 40) return true;
  }
  return false;
}
const ORDINAL_BEFORE = /\b(?:first|second|third|fourth|1st|2nd|3rd|4th|eldest|oldest|youngest)\s+$/i;
const CHILD_THEN_YEAR = /^(?:child|son|daughter|baby|twins)\s*(?:born\s+)?(?:in\s+)?\(?(?:19|20)\d\d\)?\s*[,;.]/i;
const PLUS_BEFORE = /,\s*\+\s*$/;
const ON_BEFORE = /,\s*(?:(?:and\s+)?(?:now|currently|since then|then)\s+(?:(?:started|switched|changed|moved|put)\s+)?)?(?:on|to|onto)\s+$/i;

// A symptom counted long ago is history the denial may still cover: "No chest pain, 2 episodes of syncope as a
// teenager". (A condition so counted is still the person's: "No history of depression, 2 episodes of anxiety in 2019".)
const LONG_AGO_AFTER = /^[^,;.]{0,30}?\b(?:(?:19|20)\d\d|as an? (?:child|teenager|teen|student|young adult)|in (?:her|his|their) (?:teens|twenties|20s)|\d+ years? ago|years ago)\b/i;

const afterLastComma = (text: string): string => text.slice(text.lastIndexOf(',') + 1);

const PART_ENDS = /^\s*[,;]/;

const AND = /\band\b/i;

const OR_BEFORE = /^\s*,?\s*(?:or|nor)\s+$/i;

const TREATED_WITH = /^\s*,?\s*(?:(?:managed|treated|controlled)\s+(?:with|by|on)|on)\s+$/i;

const LIST_GOES_ON = /^\s*(?:,|,?\s*(?:and|&))\s*$/i;

// A denial for a while only: "Hadn't had chest pain before last week", "Don't have chest pain at rest
// but do on exertion"; "hasn't fallen since last review" tells of a fall before it. Not "hasn't
// fallen but is unsteady", where "but" goes on to something else.
const FOR_A_WHILE = /^[^,;.]{0,16}?\b(?:before|until|till|since|but (?:(?:she|he|they|i) )?(?:do|does|did|has|have|had|gets?|got|now)\b)/i;

// What affirms the term before it: "reported", "diagnosed 2020", "+ve", "prominent", "for 2 weeks",
// a count ("falls x3", "twice"; not a time, "x 3 months"); not when a list goes on between ("No
// chest pain, palpitations or SOB reported").
const AFFIRMED = /^(?:(?!\b(?:or|nor|and|not|no|nil|none|never)\b)[^,;.]){0,16}?\s(?:reported|diagnosed|confirmed|prominent|present|noted|\+ve|positive|ongoing|persists|persisting|continues|for \d+|yes|twice|(?:\d+|two|three|four|five|several|many|multiple) times)\b|^\s?\+ve\b|^\s(?:[1-9]|[1-9]\d) (?:days?|weeks?) ago\b|^\s?[x×] ?(?!0\b)\d+(?![\d/])(?!\s*(?:d|dys?|days?|w|wks?|weeks?|m|mo|mos|mths?|months?|y|yrs?|years?|h|hrs?|hours?)\b)/i;

// Past a denial's comma, a term told with its own course starts a statement of its own: "No low
// mood, anorexia nervosa since 2019", "No diabetes, hypertension controlled on ramipril", "No falls,
// pregnant 20 weeks" (a relative's goes on: "Dad has been diabetic since 1990, on insulin since 2005").
// So past "family history of ..." ("no family history of mental illness, asthma well controlled").
const FAMILY_HISTORY = /\b(?:family history|fh|fhx|family hx)\b/i;
const OWN_STATEMENT = /^(?:(?!\b(?:or|nor|and|not|no|nil|none|never)\b)[^,;.]){0,16}?\s(?:since|under|controlled|managed|treated|\d{1,2}\s*(?:weeks?|wks?|\/40))\b/i;

const GROUP: Record<Dimension, string> = {
  negated: 'certainty',
  possible: 'certainty',
  hypothetical: 'certainty',
  family: 'experiencer',
  historical: 'temporal',
};

function applies(role: RoleOf<'trigger'>, target: Target): boolean {
  const only = role.only;
  if (only === undefined) return true;
  if (only === 'medication') return hasRole(target.hit, ROLE_BIT.medication);
  if (only === 'signal') return hasRole(target.hit, ROLE_BIT.signal);
  if (only === 'not-medication') return (target.hit.mask & (ROLE_BIT.condition | ROLE_BIT.code | ROLE_BIT.signal)) !== 0;
  if (only === 'not-baby-age') return !isBabyAge(target.hit);
  if (only === 'not-postnatal') return !target.hit.roles.some((r) => r.kind === 'condition' && r.ids.includes('postnatal'));
  for (const r of target.hit.roles) if (r.kind === 'condition' && r.ids.some((id) => (only as readonly ConditionId[]).includes(id))) return true;
  return false;
}

function applyDim(target: Target, dim: Dimension, trigger: Hit): void {
  target.dims[dim] = true;
  if (dim === 'negated' || dim === 'possible' || dim === 'hypothetical') target.dims.explicit = true;
  if (dim === 'historical') return;
  target.textStart = Math.min(target.textStart, trigger.start);
  target.textEnd = Math.max(target.textEnd, trigger.end);
}

// A pregnancy no man of the family can have: "Husband has depression, 32 weeks pregnant" is hers.
// Not one told as the time he did something in ("Boyfriend left when she was pregnant", "Husband
// was abusive during her first pregnancy"): that is over, and stays his part of the story.
const PREGNANCY_BACK_THEN = /\b(?:was|were|during|when|while|whilst|throughout|first|previous|last|earlier|in (?:her|the))\b[^,;.]{0,24}$/i;

// Or where he feels something about it: "Husband not supportive of pregnancy".
const HIS_VIEW_OF = /\b(?:supportive of|aware of|told about|told of|coping with|happy (?:about|with)|angry about|upset about|worried about|anxious about|excited about|pleased about|involved (?:in|with))\s+(?:the\s+|her\s+)?$/i;

// Nor his partner's: "Husband and his pregnant girlfriend".
const HIS_WOMAN = /\b(?:girlfriend|wife|partner|fianc[eé]e|ex|sister|daughter|mum|mother|niece|cousin)\b/i;

function pregnancyOfMan(text: string, trigger: Hit, hit: Hit): boolean {
  // Only past a comma, where a statement of her own starts: "Son expecting a baby in May" is his
  // (and his partner's) news.
  const between = text.slice(trigger.end, hit.start);
  return namesAny(hit, PREGNANCY) && maleRelative(text, trigger)
    && (/[,;]|\s[-–]\s/.test(between) || HIS_VIEW_OF.test(between)) && !PREGNANCY_BACK_THEN.test(between) && !HIS_WOMAN.test(text.slice(trigger.end, hit.end + 40));
}

function birthOfMan(text: string, trigger: Hit, hit: Hit): boolean {
  return namesAny(hit, PREGNANCY_OR_BIRTH) && maleRelative(text, trigger);
}

const PREGNANCY: readonly ConditionId[] = ['pregnancy'];


// "Not sleeping, low mood", "Not eating or sleeping well, anxious": "not" and a doing word (no
// term) before a comma. Not "Not sleeping, eating or going out" (a list the denial goes on through).
const NOT_WORD = /^(?:not|isn['’]?t|is not|not been|hasn['’]?t been|has not been)$/i;
const DOING_THEN_COMMA = /^\s+(?:been\s+)?(?:[a-z]+-)?[a-z]{2,}ing(?:\s+(?:or|and|nor)\s+(?:[a-z]+-)?[a-z]{2,}ing)*(?:\s+(?:well|much|properly|at all|enough|regularly|great|as much))?\s*(?:,|\s[-–—]\s)/i;
// "Not sleeping due to insomnia", "Not working since her stroke", "Not coping with anxiety": the
// denial is of the doing word alone, and what follows is why. Not a word of having: "Not
// suffering from depression", "Not experiencing panic attacks".
// Words of having or telling, which deny the condition after them: "Not suffering from", "Not reporting".
const HAVING = 'suffering|struggling|troubled|bothered|affected|experiencing|having|reporting|showing|displaying|taking|using|feeling|presenting|complaining|describing|endorsing|hearing|seeing';
const DOING_THEN_WHY = new RegExp(String.raw`^\s+(?:(?:returned|gone back|been back|been able|able)\s+to\s+(?:work|school|college|university|uni|the gym|exercise|driving|[a-z]+)|(?:been|gone|left)\s+out|left the house|worked)(?:\s+(?:since|due to|because of|owing to|after|following|with))\b|^\s+(?:been\s+)?(?!(?:${HAVING}|getting(?!\s+(?:out|up)))\b)(?:[a-z]+-)?[a-z]{2,}ing(?:\s+(?:out|up|in|off|about|around|to work|to school|to college|outside|much))?(?:\s+(?:well|much|properly|at all|enough|regularly|great|as much))?\s+(?:since|due to|because of|owing to|after|following|with)\b`, 'i');
// "Not having any low mood since her diagnosis of T2DM": a denial ends where a diagnosis is told.
const SINCE_DIAGNOSED = /^since\b.*\bdiagnos/i;
const SINCE_EVENT = /\b(?:since|following|after)\s+(?:(?:her|his|their|the|a|an|my|last|previous|recent|latest|having|two|three|several|multiple|repeated|a few|her recent|his recent)\s+){0,2}$/i;
// Nothing after it, or only its questions: "Falls screen: Have you fallen in the past year? No".
const BLOCK_ENDS = /^[\s:?]*(?:$|[^.;]{0,80}\?)/;
const AGAIN_AFTER = /^[^.;]*\b(?:but|now|again|returned|back|recurr\w*|worse\w*|daily|at rest|on exertion|still)\b/i;
// "First child born 2019, second child born 01/09/2026": one birth of hers does not make the next a child's.
const ENDS_BORN = /\bborn$/i;
// "Not showing signs of depression", "Denies features of psychosis": the denial goes on through
// the signs it denies, where a new certainty would otherwise end it.
const BLANK = /^\s*$/;
const DENIED_AFTER = /\b(?:no|not|never|denies|denied|ruled out|excluded|without)\b/i;
const FOR_BEFORE = /\bfor\s+(?:(?:her|his|their|the|my)\s+)?$/i;
const TREATMENT = /\b(?:inhalers?|medications?|medicines?|meds|tablets?|treatment|therapy|anything|insulin|pills?|painkillers?|antidepressants?|injections?|support|help)\b/i;
const ANSWERS_MARK = /[?:]\s*$/;
const BIRTH_REASON = /^\s*[-–—]\s*(?:postnatal|post-?natal|post-?partum|breast-?feeding|baby\b|had (?:a|her) baby|\d{1,2}\s*(?:weeks?|months?)\s+(?:postnatal|post-?partum|since the birth))/i;
const DASH_AFTER = /^\s*[-–—]\s/;
const SIGNS_OF = /^(?:early\s+)?(?:signs?|features?|symptoms?(?:\s+suggestive)?)\s+of$/i;
// "Not presenting with low mood": what the person presents with is what is denied.
const PRESENTS = /^(?:presents|presenting)\s+with$/i;
function afterFirstComma(between: string): string {
  return between.slice(between.indexOf(',') + 1);
}
function deniesDoing(text: string, trigger: Hit): boolean {
  return NOT_WORD.test(text.slice(trigger.start, trigger.end)) && DOING_THEN_COMMA.test(text.slice(trigger.end, trigger.end + 60));
}
// "Not attending college due to anxiety", "Not drinking alcohol since diagnosis of T2DM": the same
// with what is not done named, in a word or two that name no condition.
const DOING_WHAT_THEN_WHY = new RegExp(String.raw`^\s+(?!(?:${HAVING}|getting)\b)(?:[a-z]+-)?[a-z]{2,}ing(?:\s+any)?(?:\s+(?!(?:signs?|symptoms?|features?|evidence|episodes?|history|a|an)\b)[a-z]+){1,2}?\s+(?:since|due to|because of|owing to)\b`, 'i');
function deniesDoingFor(text: string, hits: readonly Hit[], k: number): boolean {
  const trigger = hits[k]!;
  if (!NOT_WORD.test(text.slice(trigger.start, trigger.end))) return false;
  const after = text.slice(trigger.end, trigger.end + 60);
  if (DOING_THEN_WHY.test(after)) return true;
  const what = DOING_WHAT_THEN_WHY.exec(after);
  if (!what) return false;
  const end = trigger.end + what[0].length;
  for (let j = k + 1; j < hits.length && hits[j]!.start < end; j++) if (hasRole(hits[j]!, ROLE_BIT.condition) || hasRole(hits[j]!, ROLE_BIT.trigger)) return false;
  return true;
}

export function reachForward(
  text: string,
  hits: Hit[],
  clauseOf: number[],
  k: number,
  clause: number,
  role: RoleOf<'trigger'>,
  targetAt: (Target | undefined)[],
): number {
  const trigger = hits[k]!;
  if (diagnosedLater(text, trigger) || deniedUntilLately(text, trigger, role)) return 0;
  // "Has a 4 month old son and postnatal depression": the baby is what she has, not a subject.
  if (role.dim === 'family' && isBabyAge(trigger) && !babyLooksOn(text, trigger)) return 0;
  // "Husband says she fell twice": his report of her.
  if (role.dim === 'family' && tellsOfPerson(text, trigger)) return 0;
  // "2nd child 2022, PND after": a child counted and its year tell of a birth, not of what the child has.
  if (role.dim === 'family' && yearAfterChild(text, trigger) && CHILD_THEN_YEAR.test(text.slice(trigger.start, trigger.end + 16)) && ORDINAL_BEFORE.test(text.slice(Math.max(0, trigger.start - 12), trigger.start))) return 0;
  // "Wife (advanced Parkinson's, recent falls x3)": what the brackets after a relative list is theirs.
  if (role.dim === 'family') {
    const inBrackets = bracketedAfter(text, hits, k, role, targetAt, trigger);
    if (inBrackets >= 0) return inBrackets;
  }
  // "Palpitations no, falls x3 this year": a denial that a comma follows answers what came before
  // it, and denies nothing after it.
  if (role.dim === 'negated' && PART_ENDS.test(text.slice(trigger.end, trigger.end + 4))) return 0;
  // "Pregnant or breastfeeding? No - postnatal, baby 6 weeks": an answer, and what follows its dash
  // says why.
  // At a line's start it may be a list of denials ("No - chest pain or palpitations"), so only a
  // reason of a birth: "No - postnatal, baby 6 weeks" on the line under the question.
  if (role.dim === 'negated' && DASH_AFTER.test(text.slice(trigger.end, trigger.end + 4))
    && (ANSWERS_MARK.test(text.slice(Math.max(0, trigger.start - 3), trigger.start)) || (trigger.start === 0 && BIRTH_REASON.test(text.slice(trigger.end, trigger.end + 40))))) return 0;
  if (role.dim === 'negated' && deniesDoingFor(text, hits, k)) return 0;
  const group = GROUP[role.dim];
  let prevEnd = trigger.end;
  let scanFrom = trigger.end;
  // Commas before this are the relative's own aside, not the end of what is said of them.
  const aside = role.dim === 'family' ? asideAfter(text, trigger) : undefined;
  const asideEnd = aside?.end ?? 0;
  if (role.afterAside && asideEnd === 0) return 0;
  // "Grandson, who lives with her, recurrent falls": past the aside, only a predicate is theirs.
  const asideOnly = role.afterAside === true && !predicateAt(text, asideEnd);
  let onwardChecked = false;
  // "Not sleeping, low mood": the denial is of the doing word, and its comma ends it.
  const untilComma = role.untilComma === true || (role.dim === 'negated' && deniesDoing(text, trigger));
  let comma = false;
  let reached = 0;
  // After "and is": only what follows it plainly (see relativesOwn).
  let joiner: Hit | undefined;
  // The joiner is a verb after a comma ("Mother lives alone, has dementia").
  let commaJoined = false;
  // Where the last target reached past the joiner ends.
  let joinedEnd = -1;
  // Targets reached other than the relative's own age ("Father aged 70, has COPD").
  let reachedTerms = 0;
  // Words inside names passed since the last target, taken off the gap.
  let named = 0;
  const maxTargets = role.targets ?? 8;
  const whether = role.dim === 'possible' && WHETHER.test(text.slice(trigger.start, trigger.end));
  // "Unsure whether to refer for his falls": a doubt of what to do, not of what is.
  if (whether && WHETHER_TO.test(text.slice(trigger.end, trigger.end + 6))) return 0;
  // "Client and her husband both have COPD", "Both she and her mum have fibromyalgia": the person's too.
  const both = role.dim === 'family' && bothWithPerson(text, trigger);
  // "Mrs Owen (61, lives with her husband) is 20 weeks pregnant": a relative inside brackets is
  // theirs to the bracket's end only. So is a denial or a doubt: "COPD (not on home O2), CCF, AF".
  const bracketEnd = closingBracketAfter(text, trigger);
  // Where a bracket straight after a reached term closes: "dementia (Alzheimer's, diagnosed 2023)
  // and COPD" glosses the term, and its comma and verb end nothing. So does one straight after a
  // relative: "Her father (78, lives in BD4) has type 2 diabetes".
  let glossEnd = role.dim === 'family' ? glossAfter(text, trigger.end) : -1;
  // Every hit on the way counts towards the gap, so the walk is bounded by the gap, not the clause.
  for (let j = k + 1; j < hits.length && clauseOf[j] === clause; j++) {
    const hit = hits[j]!;
    if (hit.start > bracketEnd) break;
    const inGloss = hit.start < glossEnd;
    if (!comma && !inGloss && hit.start > asideEnd && text.slice(Math.max(scanFrom, asideEnd), hit.start).includes(',')) comma = true;
    if (untilComma && (comma || AND.test(text.slice(prevEnd, hit.start)) || SPACED_DASH.test(text.slice(prevEnd, hit.start)))
      && !(role.untilComma !== true && LISTED_BEFORE.test(afterFirstComma(text.slice(trigger.end, hit.start))))) break;
    scanFrom = hit.end;
    // The aside's words count as the relative's, not as a gap.
    const inAside = hit.start < asideEnd;
    if (asideOnly && !inAside) break;
    if (inAside && targetAt[j] && personIn(text, trigger.end, hit.start, trigger)) break;
    if (!inAside && asideEnd > 0) {
      if (!aside!.onward) break;
      // The first term after the aside is the relative's only as their plain predicate's object.
      if (!onwardChecked && targetAt[j]) {
        if (!plainPredicate(text, asideEnd, hit.start) && !(hasRole(hit, ROLE_BIT.medication) && drugPredicate(text.slice(asideEnd, hit.start)))) break;
        onwardChecked = true;
      }
    }
    // Past "and has", the predicate counts from there: "Partner is 30/40 with twins and has gestational diabetes".
    const words = countWords(text, inAside ? prevEnd : Math.max(prevEnd, asideEnd, joiner?.end ?? 0), hit.start) - named;
    if (words > (reached === 0 && prevEnd === trigger.end ? (role.gap ?? 6) : 5)) break;
    let stop = false;
    for (const r of hit.roles) {
      // Inside the aside, its own subject ("who she cares for") ends nothing; nor does a gloss's verb.
      if (inAside || inGloss) break;
      if (r.kind === 'terminator') {
        // "Mother reports she herself has depression": the relative's own, told as theirs.
        if (role.dim === 'family' && ownSelf(text, trigger, hit)) continue;
        // "Not presenting with low mood": what the person presents with is what is denied.
        if (role.dim === 'negated' && prevEnd === trigger.end && PRESENTS.test(text.slice(hit.start, hit.end)) && BLANK.test(text.slice(trigger.end, hit.start))) continue;
        // "Her son has T1D and is on insulin": still the relative's, though not what they notice about her.
        // So is "Her mother is 82 and has had two falls": a short predicate of theirs before it.
        if (!joiner && role.dim === 'family' && (reached > 0 || countWords(text, trigger.end, hit.start) <= 6) && predicateGoesOn(text, trigger, hit)) joiner = hit;
        else stop = true;
      } else if (r.kind === 'trigger' && r.dir === 'pre' && GROUP[r.dim] === group && !isTarget(hit) && !r.afterAside
        && !(role.dim === 'negated' && !comma && r.dim === 'possible' && SIGNS_OF.test(text.slice(hit.start, hit.end)))) stop = true;
      // "Has not fainted, fallen or had chest pain": the list's last item, with its own verb.
      else if (r.kind === 'verb' && comma && !(role.dim === 'negated' && OR_BEFORE.test(text.slice(prevEnd, hit.start)))) {
        // Only a condition that raises no flag of its own: a wrong guess would hide the person's.
        if (!joiner && role.dim === 'family' && reachedTerms === 0 && predicateGoesOnAfterComma(text, trigger, hit)) {
          joiner = hit;
          commaJoined = true;
        } else stop = true;
      }
    }
    if (stop) break;
    // "Fear of childbirth and generalised anxiety": the fear was of what came before "and".
    if (role.dim === 'hypothetical' && reached === 0 && targetAt[j] && AND.test(text.slice(trigger.end, hit.start))) break;
    // "Worried about his chest pain on exertion", "Daughter concerned about her recent falls": whose
    // they are says they happened; "Fear of falling" does not.
    if (role.dim === 'hypothetical' && targetAt[j] && HIS_OR_HER_BEFORE.test(text.slice(Math.max(prevEnd, hit.start - 20), hit.start))) break;
    // "Denies chest pain (except on exertion)": the denial takes itself back for this term.
    if (role.dim === 'negated' && targetAt[j] && (EXCEPT_EFFORT.test(text.slice(hit.end, hit.end + 48)) || (isFalls(hit) && EXCEPT_A_FALL.test(text.slice(hit.end, hit.end + 40))))) break;
    // "Denies chest pain (has had 2 falls since June)": a bracket that says more of its own ends the
    // denial. The term's own words count ("currently pregnant", "24 weeks pregnant" are terms), and
    // so does its state after it: "No chest pain (angina well controlled)", "(stable angina, no change)".
    if (role.dim === 'negated' && targetAt[j] && (OWN_BRACKET.test(text.slice(prevEnd, hit.end))
      || (BRACKET_OPEN.test(text.slice(prevEnd, hit.start)) && STATE_AFTER.test(text.slice(hit.end, hit.end + 24))))) break;
    // "Fear of falling after a fall last month": the fear is since the fall, which happened.
    if (role.dim === 'hypothetical' && targetAt[j] && SINCE_EVENT.test(text.slice(prevEnd, hit.start))) break;
    // "Not using inhaler for asthma", "No treatment for depression": the treatment is denied, not
    // what it is for.
    // Not where the line goes on to deny it anyway: "No treatment for depression as she is not depressed".
    if (role.dim === 'negated' && targetAt[j] && FOR_BEFORE.test(text.slice(prevEnd, hit.start)) && TREATMENT.test(text.slice(trigger.end, hit.start))
      && !DENIED_AFTER.test(text.slice(hit.end, hit.end + 120))) break;
    // "Not having any low mood since her diagnosis of T2DM": what was diagnosed is not denied.
    if (role.dim === 'negated' && (hit.mask & ROLE_BIT.cue) !== 0 && SINCE_DIAGNOSED.test(text.slice(hit.start, hit.end))) break;
    // "No falls since her stroke", "Denies chest pain since the PCI": what came before is not denied.
    if (role.dim === 'negated' && targetAt[j] && SINCE_EVENT.test(text.slice(prevEnd, hit.start))) break;
    const target = targetAt[j];
    // "Client told her husband about her bulimia": what is told about is the person's, unless the
    // relative opens the sentence and the words are theirs ("Sister talks about her bulimia").
    if (target && role.dim === 'family' && (aboutPerson(text, trigger, hit, aside?.onward === true) || possessedByPerson(text, trigger, hit))) break;
    // "First child born 2019, second child born 01/09/2026": one birth of hers does not make the next a child's.
    if (target && role.dim === 'family' && ENDS_BORN.test(text.slice(trigger.start, trigger.end)) && ENDS_BORN.test(text.slice(hit.start, hit.end))) break;
    if (!target) {
      // A service's name on the way counts as one word: "Daughter (15) under CAMHS eating
      // disorders team for anorexia".
      if ((hit.mask & ~(ROLE_BIT.address | ROLE_BIT.label)) === 0 && (hit.mask & ROLE_BIT.address) !== 0) named += countWords(text, hit.start, hit.end) - 1;
      continue;
    }
    named = 0;
    // "Denies SOB, chest pain on exertion reported": past a comma, a term the text goes on to
    // affirm starts a statement of its own.
    // So does one counted or timed straight after the comma: "Not pregnant, 6 weeks postnatal".
    if (comma && role.dim === 'negated' && !LISTED_BEFORE.test(afterLastComma(text.slice(prevEnd, hit.start))) && (OWN_VERB.test(text.slice(hit.start, hit.start + 32))
      || (hasRole(hit, ROLE_BIT.medication) && (ON_BEFORE.test(text.slice(prevEnd, hit.start)) || TAKEN_AFTER.test(text.slice(hit.end, hit.end + 24)))))) break;
    // "No HTN, +IHD": a term marked present after the comma is a statement of its own.
    if (comma && role.dim === 'negated' && PLUS_BEFORE.test(text.slice(prevEnd, hit.start))) break;
    if (comma && (AFFIRMED.test(text.slice(hit.end, hit.end + 40)) || ((role.dim === 'negated' || (role.dim === 'family' && FAMILY_HISTORY.test(text.slice(trigger.start, trigger.end)))) && OWN_STATEMENT.test(text.slice(hit.end, hit.end + 40))) || (COUNTED_AFTER_COMMA.test(text.slice(prevEnd, hit.start)) && (plainCondition(hit) || !LONG_AGO_AFTER.test(text.slice(hit.end, hit.end + 60)))) || (role.dim === 'negated' && DATED_AFTER_COMMA.test(text.slice(prevEnd, hit.start)) && !LISTED_BEFORE.test(text.slice(prevEnd, hit.start)))) && !LISTED_BEFORE.test(afterLastComma(text.slice(prevEnd, hit.start)))) break;
    // "Hadn't had chest pain before last week", "Don't have chest pain at rest but do on exertion".
    if (role.limited && FOR_A_WHILE.test(text.slice(hit.end, hit.end + 30))) break;
    // "Her son is 3 months old": the relative is the baby, whose age is her time after birth.
    const isTheBaby = role.dim === 'family' && isBabyAge(hit) && relativeIsTheBaby(text, trigger.end, hit.start);
    // Only a relative's reach asks what follows (relativesOwn, sharedWithPerson).
    const nextTargetStart = role.dim === 'family' ? nextTargetAfter(hits, targetAt, j, clauseOf, clause) : Infinity;
    // Past the relative's first plain object, a list of them goes on: "Mother lives alone, has diabetes and COPD".
    const listed = joinedEnd === prevEnd && LIST_GOES_ON.test(text.slice(prevEnd, hit.start));
    // So does what treats it: "... and has gestational diabetes managed with insulin".
    const treating = joinedEnd === prevEnd && hasRole(hit, ROLE_BIT.medication) && TREATED_WITH.test(text.slice(prevEnd, hit.start));
    if (joiner && ((!listed && !treating && !relativesOwn(text, joiner, hit, hasRole(hit, ROLE_BIT.medication), nextTargetStart)) || (commaJoined && !plainCondition(hit)))) break;
    // An age is never shared: "Mum had an MI aged 60 and she has too".
    const shared = role.dim === 'family' && !hasRole(hit, ROLE_BIT.age) && (both || sharedWithPerson(text, hit, nextTargetStart));
    if (role.dim === 'family' && pregnancyOfMan(text, trigger, hit)) break;
    // "Unclear whether her falls were mechanical", "query whether his exertional chest pain is
    // angina": the doubt is of what is said of the term, not of the term, which stands.
    const predicated = whether && (PREDICATE_AFTER.test(text.slice(hit.end, hit.end + 48)) || CAUSE_BEFORE.test(text.slice(Math.max(prevEnd, hit.start - 24), hit.start)));
    if (!isTheBaby && applies(role, target) && !shared && !predicated) {
      applyDim(target, role.dim, trigger);
      reached++;
      if (joiner) joinedEnd = target.formHit && target.formHit.end > hit.end ? target.formHit.end : hit.end;
      if (!hasRole(hit, ROLE_BIT.age)) reachedTerms++;
      // "?Asthma or COPD", "?Asthma vs COPD": the query is of either, so it reaches the other too.
      // Only between conditions that raise no flag of their own ("?anxiety or chest pain" still
      // raises the cardiac check).
      if (reached >= maxTargets && !(role.dim === 'possible' && plainCondition(hit) && alternativeNext(text, hits, targetAt, j, clauseOf, clause, target.textEnd))
        && !(role.limited && orListNext(text, hits, targetAt, j, clauseOf, clause, target.textEnd))) break;
    }
    prevEnd = target.formHit && target.formHit.end > hit.end ? target.formHit.end : hit.end;
    scanFrom = prevEnd;
    if (!inGloss && reached > 0) glossEnd = glossAfter(text, prevEnd);
  }
  return reached;
}

// Where a short bracket that opens straight after a term closes, or -1.
function glossAfter(text: string, at: number): number {
  // A look at two characters first: this runs after every term a trigger reaches.
  if (text.charCodeAt(at) !== 40 && (text.charCodeAt(at) !== 32 || text.charCodeAt(at + 1) !== 40)) return -1;
  const open = text.charCodeAt(at) === 40 ? at : at + 1;
  const found = text.slice(open, open + 61).indexOf(')');
  if (found < 0) return -1;
  const close = open + found;
  // Not one that speaks of the person: "Her husband has COPD (client has anorexia)".
  const inside = text.slice(open + 1, close);
  return /[\n(]/.test(inside) || PERSON_IN_BRACKETS.test(inside) || PRONOUN_IN_BRACKETS.test(inside) ? -1 : close;
}

// A list that "or" ends goes on after this target: "Hasn't had chest pain, fainted or fallen".
const LIST_GAP = /^\s*(?:,|,?\s*(?:or|nor))\s*(?:(?:had|has|been)\s+)?(?:any\s+)?$/i;
const OR_IN = /\b(?:or|nor)\b/i;
function orListNext(text: string, hits: Hit[], targetAt: (Target | undefined)[], j: number, clauseOf: number[], clause: number, from: number): boolean {
  for (let n = j + 1; n < hits.length && clauseOf[n] === clause; n++) {
    if (!targetAt[n]) continue;
    const gap = text.slice(from, hits[n]!.start);
    if (!LIST_GAP.test(gap)) return false;
    if (OR_IN.test(gap)) return true;
    from = targetAt[n]!.textEnd;
  }
  return false;
}

// After a code, its subdivision and bracket first: "?Asthma (J45.9) or COPD".
const OR_NEXT = /^(?:\.\d{1,3})?\s*\)?\s*(?:or|vs\.?|versus|v)\s*$/i;
const CODE_OPENS = /^\s*\(?\s*$/;
const CODE_CLOSES = /^(?:\.\d{1,3})?\s*\)?/;

// The next target of the clause is a plain condition offered as the alternative to this one.
function alternativeNext(text: string, hits: Hit[], targetAt: (Target | undefined)[], j: number, clauseOf: number[], clause: number, from: number): boolean {
  for (let n = j + 1; n < hits.length && clauseOf[n] === clause; n++) {
    if (!targetAt[n]) continue;
    // The first one's code is passed over: "?Depression (F32) vs bipolar disorder".
    if ((hits[n]!.mask & ROLE_BIT.code) !== 0 && CODE_OPENS.test(text.slice(from, hits[n]!.start))) {
      from = hits[n]!.end + (CODE_CLOSES.exec(text.slice(hits[n]!.end, hits[n]!.end + 6))?.[0].length ?? 0);
      continue;
    }
    return plainCondition(hits[n]!) && OR_NEXT.test(text.slice(from, hits[n]!.start));
  }
  return false;
}

// Where the next target in the clause starts, or Infinity.
function nextTargetAfter(hits: Hit[], targetAt: (Target | undefined)[], j: number, clauseOf: number[], clause: number): number {
  for (let n = j + 1; n < hits.length && clauseOf[n] === clause; n++) if (targetAt[n]) return hits[n]!.start;
  return Infinity;
}

// "Stroke - father, aged 70": the relative's reach forward took only their own age, right after
// them, so the term before them is still theirs. Not "Blackouts - father died suddenly aged 40".
const AGE_ASIDE = /^\s*[,(]?\s*$/;
export function onlyOwnAge(text: string, hits: Hit[], clauseOf: number[], k: number, targetAt: (Target | undefined)[]): boolean {
  const next = targetAt[k + 1];
  if (!next || clauseOf[k + 1] !== clauseOf[k] || !hasRole(next.hit, ROLE_BIT.age) || !next.dims.family) return false;
  if (!AGE_ASIDE.test(text.slice(hits[k]!.end, next.hit.start))) return false;
  for (let j = k + 2; j < hits.length && clauseOf[j] === clauseOf[k]; j++) if (targetAt[j]?.dims.family) return false;
  return true;
}

// The targets in brackets straight after a relative, all theirs when any is more than an age ("Mum
// (COPD, heart failure, uses wheelchair)"); -1 when there are none, or only an age ("Daughter (15)
// under CAMHS for anorexia"), for the reach to go on as usual.
const OPENS_BRACKET = /^\s*\(/;
const PERSON_IN_BRACKETS = /\b(?:pt|patient|client|service user)\b/i;
const PRONOUN_IN_BRACKETS = /\b(?:she|he|her|his|him|hers)\b/i;
function bracketedAfter(text: string, hits: Hit[], k: number, role: RoleOf<'trigger'>, targetAt: (Target | undefined)[], trigger: Hit): number {
  if (!OPENS_BRACKET.test(text.slice(trigger.end, trigger.end + 3))) return -1;
  const open = text.indexOf('(', trigger.end);
  const close = text.indexOf(')', open);
  if (close < 0 || close - open > 160 || text.slice(open, close).includes('\n') || text.slice(open + 1, close).includes('(')) return -1;
  // "Son (pt's falls increasing)", "Husband (her main carer since her stroke)": the brackets speak
  // of the person, and nothing in them is the relative's. "Son (his ADHD)" may be the son's own: read as usual.
  const words = text.slice(open + 1, close);
  if (PERSON_IN_BRACKETS.test(words)) return 0;
  const pronoun = PRONOUN_IN_BRACKETS.exec(words);
  if (pronoun) {
    const theirs = sexOfRelative(text, trigger);
    const said = /^(?:she|her|hers)$/i.test(pronoun[0]) ? 'she' : 'he';
    return theirs !== undefined && theirs !== said ? 0 : -1;
  }
  const inside: Target[] = [];
  for (let j = k + 1; j < hits.length && hits[j]!.start < close; j++) {
    const target = targetAt[j];
    if (target && applies(role, target)) inside.push(target);
  }
  if (!inside.some((t) => !hasRole(t.hit, ROLE_BIT.age))) return -1;
  for (const target of inside) applyDim(target, role.dim, trigger);
  return inside.length;
}

const SPACED_DASH = /\s[-–—]\s/;
const EVENT_BEFORE = /\b(?:since|after|following|when|because|as)\s+(?:(?:her|his|their|the|my)\s+)?(?:(?:late|older|younger|elder)\s+)?$/i;
const CARES_AFTER = /^\s+(?:is\s+(?:(?:her|his|their|the|a)\s+)?(?:main\s+|primary\s+|full[- ]time\s+|sole\s+|informal\s+)?carer|cares\b|looks after|helps\b|supports\b|lives with|attends|attended|accompan\w*|brought|brings|drives|manages (?:her|his|their) (?:meds|medication|tablets|appointments))/i;

// "Not diagnosed with diabetes until his 50s", "COPD ... but not confirmed by spirometry until 2025":
// diagnosed later, so no denial or doubt.
const NOT_YET = /\b(?:not|never)\s+(?:yet\s+|formally\s+)?(?:diagnosed|confirmed)\b/i;
const UNTIL_AFTER = /^[^.;!?\n]{0,40}?\buntil\b/i;
function diagnosedLater(text: string, trigger: Hit): boolean {
  return NOT_YET.test(text.slice(trigger.start, trigger.end)) && UNTIL_AFTER.test(text.slice(trigger.end, trigger.end + 60));
}

// "No falls until last week", "Chest pain: none until yesterday": it has happened now.
const UNTIL_LATELY = /^\s*(?:(?!(?:and|or|but|nor|did|was|were|had|could|would)\b)[\w'’/-]+\s+){0,5}until\s+(?:last|this|yesterday|today|recently|lately|a (?:few|couple of) (?:days|weeks) ago|\d+\s*(?:days?|weeks?|\/7|\/52)\s+ago|the (?:last|past) (?:few )?(?:days?|weeks?|fortnight|month)|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b/i;
function deniedUntilLately(text: string, trigger: Hit, role: RoleOf<'trigger'>): boolean {
  return role.dim === 'negated' && UNTIL_LATELY.test(text.slice(trigger.end, trigger.end + 80));
}

const MAX_PASSED = 12;
const HIS_OR_HER_BEFORE = /\b(?:his|her|their)\s+(?:[a-z]+\s+)?$/i;
// Round or square, with a verb, "currently", "known" or a count: "(currently 24 weeks pregnant)",
// "(known bulimia)", "[2 falls since June]".
const OWN_BRACKET = /[([]\s*(?:[\w-]+\s+){0,2}?(?:has|had|have|is|was|were|but|currently|known|now|hx|history|previous|prev|past|uses|takes|stable|well|controlled|[1-9]\d*\s+[a-z]+)\b[^)\]]*$/i;
const BRACKET_OPEN = /[([][^)\]]*$/;
const STATE_AFTER = /^\s*(?:well controlled|well-controlled|controlled|stable|under review|managed|since \d|diagnosed|dx)\b/i;
// "Denies chest pain (except on exertion)", "No chest pain unless walking uphill": the denial takes
// itself back for the term it reached, where the exception is effort. Not "No chest pain except mild
// indigestion" or "No chest pain, only anxiety", which say what there is instead.
const EXCEPT = String.raw`^\s*[([,;]?\s*(?:except|apart from|other than|but only|only|unless)\s+(?:(?:for|when|on|with|during|while|if|after)\s+)?(?:(?:she|he|they|walking|going)\s+)?`;
const EXCEPT_EFFORT = new RegExp(String.raw`${EXCEPT}(?:exert\w*|walk\w*|exercis\w*|climb\w*|(?:up\s+)?(?:the\s+)?stairs|uphill|up\s*hill|hills?|running|runs?|rushing|hurrying|effort|exertion|lifting|carrying|gardening|digging|cycling|swimming|at the gym|the gym)\b`, 'i');
// A fall counted: "No falls except one in the garden last week", "No falls, apart from a trip last week".
const EXCEPT_A_FALL = new RegExp(String.raw`${EXCEPT}(?:one|once|a|an|two|twice|three|\d+)\s*(?:fall|falls|trip|trips|slip|slips|stumble|in|last|this|on|at|when|x)\b`, 'i');
// A doubt put as a question, and what is said of its term after it.
const WHETHER = /\b(?:whether|if)\b/i;
const WHETHER_TO = /^\s+to\b/i;
// A few words of the term's may come first: "whether her chest pain on exertion is cardiac". Not
// across "and": "whether he has COPD and is on inhalers".
// "whether her anxiety or her low mood is the main problem": an alternative may come first, not
// another verb of the doubt ("whether he has COPD or is deconditioned").
const PREDICATE_AFTER = /^(?:(?!\s(?:and|but|nor)\b|\sor\s+(?:is|are|was|were|has|have|had|just)\b)[^.;,:()\-–—]){0,32}?(?:^|\s)(?:is|are|was|were|has|have|had|remains?|seems?|appears?)\b/i;
// "whether his falls are due to his Parkinson's": the link is doubted, not what it links to.
const CAUSE_BEFORE = /\b(?:due to|caused by|related to|secondary to|because of|result of|linked to|down to)\s+(?:(?:her|his|their|the)\s+)?$/i;
// A doubt put as "whether" or "if": the term just after it ("Unsure whether pregnant, ..."), or
// anywhere in its part of the sentence ("It is not clear whether her bulimia has resolved").
const DOUBT = String.raw`\b(?:unclear|not clear|unsure|not sure|uncertain|query|queried|querying|question|questioning|questioned|wonders?|wondered|wondering|not known|asked)\s+(?:whether|if)`;
const DOUBTED_BEFORE = new RegExp(String.raw`${DOUBT}\s+(?:[\w'-]+\s+){0,4}$`, 'i');
const WHETHER_BEFORE = new RegExp(String.raw`${DOUBT}\b[^.;!?\n,]*$`, 'i');
// A test named after a comma, a bracket or a dash, whose result the trigger gives. Not a test the
// term names itself: "Pregnancy test negative".
const TESTS = String.raw`(?:troponins?|trop|hs-?trop\w*|ecgs?|ekgs?|echo(?:cardiogram)?|spirometry|bloods?|blood tests?|d-?dimer|x-?rays?|cxr|ct(?:\s+(?:scan|ca|pa))?|ctpa|mri|scans?|swabs?|biops(?:y|ies)|cultures?|holter|24[\s-]?h(?:ou)?r\s+tape|ett|exercise tolerance test|exercise ecg|angiogram|tests?|results?|investigations?|work-?up|serology|dip(?:stick)?|urine dip|ketones|hvs|screen)(?:\s+(?:monitor|tape|test|scan|study|head|brain|chest|abdomen|spine))?`;
// A kind of test before its name ("repeat troponin", "urine dip"), or a second test ("troponin and ECG").
const TEST_KIND = String.raw`(?:(?:repeat|serial|cardiac|exercise|urine|blood|hs|high sensitivity|24[\s-]?h(?:ou)?r)\s+)?`;
const TEST_BEFORE = new RegExp(String.raw`(?:[,;(]|\s[-–—])\s*(?:${TEST_KIND}${TESTS}\s*(?:,|and|&)\s*)?${TEST_KIND}${TESTS}\s+(?:(?:was|were|is|are|all|both|came back|x\s?\d)\s+)*$`, 'i');
// Or a result told before the test, with what it tests for first: "Chest pain on exertion, negative
// troponin", "Bulimia nervosa, negative pregnancy test". Only a result's word: "ruled out after
// spirometry" and "ruled out on Holter" deny what came before.
const RESULT_WORD = /^(?:negative|neg|-ve|normal|clear)$/i;
const TEST_AFTER = new RegExp(String.raw`^\s+(?:(?!(?:after|on|by|with|via|at|from|following)\b)[\w-]+\s+){0,2}?${TESTS}\b`, 'i');
// A result word that is no denial of the terms before it: one of a test ("negative pregnancy test"),
// one that words go on to describe ("negative automatic thoughts", "negative about exercise", "negative
// Romberg"), or one other words after a comma own ("Pregnant, 20 weeks, rhesus negative", "COVID
// negative"). "Asthma, negative" and "Chest pain - negative" still deny.
const WORD_AFTER = /^\s+(?!(?:and|or|but|x\s?\d|for|on|in|at|to|today|yesterday|now|currently|again|still|since|this|last|so|as|when|throughout|overall|twice|x\d)\b)[a-z]/i;
// A form's answer ("Pregnancy: negative today", "Chest pain? negative") is read as one.
const ANSWER_MARK_BEFORE = /[:?=]\s*$/;
const PART_BEFORE = /[,;(]|\s[-–—]\s/g;
function resultOfSomethingElse(text: string, hits: Hit[], k: number): boolean {
  const trigger = hits[k]!;
  if (ANSWER_MARK_BEFORE.test(text.slice(Math.max(0, trigger.start - 4), trigger.start))) return false;
  if (TEST_AFTER.test(text.slice(trigger.end, trigger.end + 40)) || WORD_AFTER.test(text.slice(trigger.end, trigger.end + 24))) return true;
  // The words between the last separator and the trigger, when no term stands there.
  const from = Math.max(0, trigger.start - 40);
  const before = text.slice(from, trigger.start);
  let cut = -1;
  for (const m of before.matchAll(PART_BEFORE)) cut = m.index + m[0].length;
  if (cut < 0 || !/[a-z]/i.test(before.slice(cut))) return false;
  const partStart = from + cut;
  return k === 0 || hits[k - 1]!.end <= partStart;
}
// A comma and the date's own count ("Baby born, 2 years ago").
const ONLY_COMMA = /^\s*,\s*(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|many|several|some|a few|a couple of)?\s*$/i;
export function reachBack(
  text: string,
  hits: Hit[],
  clauseOf: number[],
  k: number,
  clause: number,
  role: RoleOf<'trigger'>,
  targetAt: (Target | undefined)[],
): number {
  const trigger = hits[k]!;
  if (diagnosedLater(text, trigger) || deniedUntilLately(text, trigger, role)) return 0;
  // "Low mood since wife died", "Depressed since partner lost his job": the relative's event is
  // when the person's symptom began.
  if (role.dim === 'family' && EVENT_BEFORE.test(text.slice(Math.max(0, trigger.start - 40), trigger.start))) return 0;
  // "Dementia (mild) - daughter is main carer": the relative opens a statement of what they do.
  if (role.dim === 'family' && CARES_AFTER.test(text.slice(trigger.end, trigger.end + 40))) return 0;
  // "Chest pain settled but returned this week", "unchanged, still on exertion and now at rest".
  if (role.unlessAgain && AGAIN_AFTER.test(text.slice(trigger.end, trigger.end + 60))) return 0;
  if (role.endsBlock && !BLOCK_ENDS.test(text.slice(trigger.end, trigger.end + 90))) return 0;
  // "Exertional chest pain, troponin negative": the test is negative, not the symptom it was done for.
  if (role.dim === 'negated' && (TEST_BEFORE.test(text.slice(Math.max(0, trigger.start - 48), trigger.start))
    || (RESULT_WORD.test(text.slice(trigger.start, trigger.end)) && resultOfSomethingElse(text, hits, k)))) return 0;
  // "It is not clear whether her bulimia has resolved": an end only asked about is no end.
  if ((role.dim === 'negated' || role.dim === 'historical') && WHETHER_BEFORE.test(text.slice(Math.max(0, trigger.start - 80), trigger.start))) return 0;
  let nextStart = trigger.start;
  let reached = 0;
  const maxTargets = role.targets ?? 8;
  const chainGap = Math.min(3, role.gap ?? 4);
  // Targets it passes over count too, up to a bound well past the 8 it may reach: a long clause
  // that repeats "falls risk assessment" walked back over every earlier one, quadratic.
  let passed = 0;
  for (let j = k - 1; j >= 0 && clauseOf[j] === clause && reached < maxTargets && passed < MAX_PASSED; j--) {
    const hit = hits[j]!;
    if (hasRole(hit, ROLE_BIT.terminator)) break;
    const words = countWords(text, hit.end, nextStart);
    if (words > (reached === 0 ? (role.gap ?? 4) : chainGap)) break;
    if ((role.untilComma || role.oneAcrossComma) && text.slice(hit.end, nextStart).includes(',')
      && !(role.oneAcrossComma && nextStart === trigger.start && ONLY_COMMA.test(text.slice(hit.end, nextStart)))) break;
    const target = targetAt[j];
    if (!target) continue;
    // "Unsure whether pregnant, chest pain ruled out": what a doubt asks about is not ended.
    if ((role.dim === 'negated' || role.dim === 'historical') && nextStart < trigger.start && DOUBTED_BEFORE.test(text.slice(Math.max(0, hit.start - 48), hit.start))) break;
    // "Postnatal, son 6 weeks": no son or husband is the one after a birth or pregnant.
    if (role.dim === 'family' && birthOfMan(text, trigger, hit)) break;
    if (applies(role, target)) {
      applyDim(target, role.dim, trigger);
      reached++;
    }
    passed++;
    nextStart = hit.start;
  }
  return reached;
}
