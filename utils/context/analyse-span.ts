import { bmiFromSize } from './bmi-from-size.ts';
import { babyAgeStart, ownerDoubtful, ownerUnsaidAt } from './baby-age.ts';
import { choiceAt, isCheckbox, isHint } from './choice.ts';
import { PAST_FORM, settlesSymptoms } from './form-value.ts';
import { answersInList, isCardiacSignal, markedAnswerTakenBack, nextItemAnswered } from './list-answer.ts';
import type { ConditionId } from './condition-ids.ts';
import { FLAG_OF_CONDITION } from './condition-flags.ts';
import type { SafetyFlag } from './schema.ts';
import { hasGestationAfter } from './gestation-after.ts';
import { pregnancyOver, toldOfPastPregnancy } from './pregnancy-loss.ts';
import { givenTo, givenToRelative, type Given } from './given-to-other.ts';
import { personIsHe, relativeLooksOn, someoneElseBefore } from './relative-scope.ts';
import { emitAge } from './span-age.ts';
import { takenBefore } from './taken-before.ts';
import { takenForOther } from './taken-for-other.ts';
import { qualified } from './qualified-signal.ts';
import { relativeToldOf } from './relative-told-of.ts';
import { signalYear } from './signal-year.ts';
import { endsPhrase } from './ends-phrase.ts';
import { lowMoodMeant } from './low-mood.ts';
import { babyNamedStart, bornRecently, notHerBirth } from './born-recently.ts';
import { gestationNow } from './gestation-now.ts';
import { diabetesFieldStart } from './diabetes-type.ts';
import { postnatalMeant } from './postnatal-wording.ts';
import { bornYearBefore, DATED_BY_YEAR, yearAfter } from './year-after.ts';
import { emptyFindings, noDims, type BlockFindings, type RawMedication, type RawMention, type RawSignal } from './findings.ts';
import { extractMeasures, newestOnly } from './measures.ts';
import { findPostcodes } from './postcode.ts';
import { insulinForWeight, withheldDims } from './insulin-for-weight.ts';
import { FILLER, LISTED_WITH_OTHER } from './answer-of.ts';
import { answerAfterMark, asksAboutOther, isFalls, yearAnswered } from './question-answer.ts';
import { fellBefore, personsFall, pronounFell, subjectlessFell } from './pronoun-fell.ts';
import { namesRelativeByPossessive, relativeMeant } from './pronoun-of-relative.ts';
import { diagnosisBefore, identifierBefore, joinDims, namedBeside } from './code-evidence.ts';
import { ANSWERABLE_BITS, CONDITION_BITS, ROLE_BIT, type AddressWho, type Dimension, type Role } from './roles.ts';
import { hasRole, roleOf, rolesOf, scan, type Hit, type ScanResult } from './scan.ts';
import { countWords, hasLetter, sentenceBefore, squash } from './text-utils.ts';
import { isTarget, namesAny, plainCondition, type Target } from './span-target.ts';
import { onlyOwnAge, reachBack, reachForward } from './trigger-reach.ts';

// Reads one span (a line, a list item or a table cell) on its own: mentions with their
// ConText-style dimensions, medications, safety signals, scores, ages, BMI and postcodes.
// Trigger scopes stay inside the clause: a sentence, a list item or a cell.

export type SpanOptions = {
  // The span sits in a column headed "Code" / "ICD-10": a bare "E11" is a code here.
  codeColumn?: boolean;
  // The span is a whole line or paragraph, not a table cell.
  line?: boolean;
};

const MAX_TEXT = 200;
const DIM_BIT: Record<Dimension, number> = { negated: 1, possible: 2, family: 4, hypothetical: 8, historical: 16 };

function isCondition(hit: Hit): boolean {
  return (hit.mask & CONDITION_BITS) !== 0;
}

function isBox(text: string, hit: Hit): boolean {
  return hasRole(hit, ROLE_BIT.form) && isCheckbox(text, hit);
}

// TASK_AFTER is looked for up to the clause's end, within a reach no task in a record exceeds: in a
// clause of a whole page, ticked box after ticked box, each looked over all the rest, quadratic.
const TASK_REACH = 240;
// After a symptom's box, what makes the box a task to tick off: "[ ] Chest pain - ECG to be booked".
const TASK_AFTER = /[,;]|\s[-–—]\s|\b(?:book|booked|refer|referral|review|ecg|gp|arrange|request|requested|to be|chase|follow|reported|discussed|noted|today)\b/i;
// Between a box and the term it answers: nothing, the person speaking ("[ ] I have chest pain"),
// or an option's "Yes" ("[ ] Yes, pregnant", "( ) Yes - had a baby").
const SELF_REPORT = /^\s*(?:(?:i|we)\b[^,;:]{0,24}|yes\s*[,:–-]?\s*(?:i am|i have|currently)?|any|history of|known|current|currently|previous)?\s*$/i;
const BLANK = /^\s*$/;
const GESTATION_AT = /^\s*(?:by\s+[\w-]+(?:\s+[\w-]+)?\s+)?at\s+\d{2}(?:\+\d)?\s*(?:weeks|wks|\/40)(?:\s+gestation)?,?/i;
// How long an option's label after its box may be: a checkbox's words, not a line of notes.
const BOXED_LABEL = 80;
// Nothing after an answer but its end, or what did not happen besides ("Falls: no falls, no injuries").
const ANSWER_ENDS = /^\s*(?:[.;]\s*)?$|^\s*,\s*(?:no|nil|without)\s+(?:\w+\s+)?(?:injur\w*|harm|fractures?)\b[^,;.]{0,40}(?:[.;]\s*)?$/i;
const MARKED = /[:=\-–—([]/;
// A question ending a few words after its term, and nothing after its mark.
const MAX_QUESTION_AFTER = 80;
const QUESTION_ENDS = /^\?[\s?]*$/;

const HAS_WORD = /[a-z]/i;
// The question's other option ("or breastfeeding") is all the answer says.
const OTHER_OPTION = /^\s*or\s+([a-z][a-z -]{1,30}?)\s*$/i;
function otherOptionAnswered(between: string, answer: string): boolean {
  const option = OTHER_OPTION.exec(between);
  return option !== null && answer.replace(/[\s.:;,!-]+/g, ' ').trim().toLowerCase() === option[1]!.trim().toLowerCase();
}
const FORM_ANSWER = /^\?\s*[:=\-–]?\s*(?:no|n|yes|y|n\s?\/\s?a|not\b|none|nil|unknown|unsure|denies|declined|never)\b/i;
function asked(t: Target, open: boolean): void {
  if (open) t.open = true;
  t.dims.question = true;
  t.dims.possible = true;
  t.dims.explicit = true;
}

// A term asked with a question mark, and the terms listed before it ("ME/CFS or long COVID?").
function askListed(text: string, hits: Hit[], targetAt: (Target | undefined)[], t: Target): void {
  t.dims.question = true;
  for (let j = t.index - 1, end = t.hit.start; j >= 0; j--) {
    const listed = targetAt[j];
    const between = text.slice(hits[j]!.end, end);
    if (!listed || !(LISTED_BEFORE_MARK.test(between) || (VERSUS.test(between) && plainCondition(hits[j]!) && plainCondition(t.hit))) || listed.dims.explicit || (hits[j]!.mask & ANSWERABLE_BITS) === 0) break;
    listed.dims.question = true;
    listed.dims.possible = true;
    listed.dims.explicit = true;
    end = hits[j]!.start;
  }
}

// Between terms listed in one question: "Diabetes, asthma or COPD?".
const LISTED_BEFORE_MARK = /^\s*(?:,|\/|&|,?\s*\bor\b|,?\s*\band\b)\s*(?:(?:a|an|any)\s+)?$/i;
// A differential asked: "Asthma vs COPD?".
const VERSUS = /^\s*(?:vs\.?|versus|v)\s*$/i;
const PHRASE_ANSWER = /\s|^(?:excluded|denies|denied|negative)$/i;
// Between a term and a phrase straight after it: spaces only ("Insulin stopped"; after a dash,
// "Palpitations - mum has AF", the phrase starts a statement of its own).
const HUGS = /^\s+$/;
// "Diabetes: No", and "Cancer history: none", "Asthma diagnosis: no".
const ASKING_MARK = /[:?=]/;
const BEFORE_FORM = /^(?:\s+(?:history|hx|diagnosis|dx|status|type))?[\s:=\-–—([]{0,6}$/i;
// Or a time the answer covers: "Falls: no 12/12" (none in twelve months).
// Or in words: "Falls: none in last year", "Falls: no, not in the past 12 months".
// "None known", "No history recorded": the answer as far as anyone knows.
const KNOWN_SO_FAR = 'known|recorded|reported|documented|noted';
const AS_FAR_AS_KNOWN = new RegExp(`^(?:${KNOWN_SO_FAR})$`, 'i');
const AFTER_FORM = new RegExp(String.raw`^(?:\s+(?:${KNOWN_SO_FAR}))?(?:\s*(?:in\s+)?(?:(?:the\s+)?(?:last|past)\s+)?\d{1,2}\s?\/\s?(?:12|52|7)\b|\s*(?:in|over|during|within)\s+(?:the\s+)?(?:last|past)\s+(?:year|twelve months|12 months|six months|6 months|month|\d{1,2}\s+(?:months|weeks|years)))?[\s)\].,;:]*$`, 'i');
const ASIDE_OPENS = /\(/;
const YEAR_AFTER = /^[\s(:\-–,]{0,4}(?:in |on |since |dx |diagnosed |aged? )?(?:\d{1,2}[/.-]){0,2}(?:19|20)\d\d(?!\d)/i;
const CAPITALISED_NEXT = /^ [A-Z][a-z]/;
// A town's name may come first: "Lives in Hull (HU5)", "Lives in London, N7", "Living in Stoke-on-Trent ST4 with parents".
const OUTWARD_AFTER_LABEL = /^\s?(?:district)?\s?[:=-]?\s?(?:[A-Z][a-z]+(?:[ -](?:upon|on|under|in|le|by|[A-Z][a-z]+)){0,3}(?:\s?\(\s?|,\s?|\s))?([A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]?)(?=\s?(?:[.,;)]|$|\([A-Za-z][A-Za-z .'-]{0,30}\))|\s(?:with|and|area)\b)/;
const HAS_DIGIT = /\d/;
const SQUASHABLE = /\s\s|[\n\t]|^\s|\s$/;
// Beyond this a clause is prose, not a list item or cell that could hold a bare term.
const SHORT_CLAUSE = 160;
const INWARD_AFTER = /^ ?\d[A-Za-z]{2}(?![A-Za-z0-9])/;

// "Falls risk: low", "Fall risk score - minimal", "Falls risk assessment this week: low": a risk
// rated low is no sign; nor is an assessment without a rating ("Falls risk assessment completed").
// Not a low that rises ("was low, now high", "low-moderate").
const RATED_LOW = /^(?:\s*(?:score|rating|level|category|assessment|screen(?:ing)?|tool))*(?![^.;\n\d]{0,20}?\b(?:not|no longer|never)\s+low)[^.;\n\d]{0,20}?(?:[:=–-]|\bis\b|assessed as|rated)?\s*(?:low|minimal|nil|negligible)\b/i;
// Any rating above low near it, or a fall, undoes a low: "high (was low)", "low -> high", "low-med",
// "low (1 fall this year)".
const NOT_ONLY_LOW = /\b(?:high|moderate|medium|med|mod|raised|increased|elevated|significant|falls?|fell|fallen)\b|->|→/i;
const UNRATED = /^\s*(?:assessment|screen(?:ing)?|tool)\b(?![^.;\n]{0,40}\b(?:high|moderate|medium|raised|increased|at risk|positive|score\s*[:=]?\s*\d))/i;
// "Falls risk score: 2 (low)".
const SCORED_LOW = /^\s*(?:score|rating)?\s*[:=]?\s*\d{1,3}\s*(?:\/\s*\d{1,3}\s*)?[(\-–,]?\s*(?:low|minimal)\b/i;

function ratedLowOrUnrated(text: string, hit: Hit): boolean {
  if (UNRATED.test(text.slice(hit.end, hit.end + 60))) return true;
  return !NOT_ONLY_LOW.test(sentenceRest(text, hit.end, 60)) && (RATED_LOW.test(text.slice(hit.end, hit.end + 48)) || SCORED_LOW.test(text.slice(hit.end, hit.end + 32)));
}

function sentenceRest(text: string, from: number, max: number): string {
  const rest = text.slice(from, from + max);
  const end = rest.search(/[.;\n](?:\s|$)/);
  return end < 0 ? rest : rest.slice(0, end);
}

function hasSignal(hit: Hit): boolean {
  return hit.roles.some((r) => r.kind === 'condition' && r.signal !== undefined && r.signal !== 'pregnancy' && r.signal !== 'postnatal');
}

export function analyseSpan(text: string, options: SpanOptions = {}, scanned: ScanResult = scan(text)): BlockFindings {
  const findings = emptyFindings();
  if (text.length === 0) return findings;
  const { hits, bounds } = scanned;
  if (hits.length === 0) {
    // Nothing the lexicon knows: only a postcode or a weight and height can still be here.
    if (HAS_DIGIT.test(text)) {
      pushPostcodes(text, hits, findings);
      pushSizeBmi(text, findings);
    }
    return findings;
  }

  // Clause index of every hit, and the first hit of each clause.
  const clauseOf: number[] = [];
  const clauseFirst: number[] = [];
  const clauseStart: number[] = [0];
  {
    let b = 0;
    for (const hit of hits) {
      while (b < bounds.length && bounds[b]! < hit.start) {
        clauseStart.push(bounds[b]! + 1);
        b++;
      }
      clauseOf.push(clauseStart.length - 1);
    }
    // clauseFirst[k]: the index of the first hit in hit k's clause.
    for (let k = 0; k < hits.length; k++) clauseFirst.push(k > 0 && clauseOf[k - 1] === clauseOf[k] ? clauseFirst[k - 1]! : k);
    while (b < bounds.length) clauseStart.push(bounds[b++]! + 1);
  }
  const clauseEnd = (c: number) => (c + 1 < clauseStart.length ? clauseStart[c + 1]! - 1 : text.length);

  // Targets by hit index (an array, not a Map: this runs for every line of a long record).
  const targets: Target[] = [];
  const targetAt: (Target | undefined)[] = new Array(hits.length);
  // Looked for once: item 2's wording is rare, and this loop runs for every line of a record.
  const itemWording = HOPELESS.test(text);
  for (let k = 0; k < hits.length; k++) {
    const hit = hits[k]!;
    if (!isTarget(hit) || (itemWording && isItemWording(text, hit))) continue;
    const t: Target = { hit, index: k, clause: clauseOf[k]!, dims: noDims(), textStart: hit.start, textEnd: hit.end };
    targets.push(t);
    targetAt[k] = t;
  }
  if (targets.length > 0) resolveTargets(text, hits, clauseOf, clauseFirst, clauseStart, clauseEnd, targets, targetAt, options);
  // Asked only where the line has "he" or "she" at all (see relativeToldOf).
  const pronouns = text.includes('he ');
  // Asked only where a relative is named by "her" or "his" at all, and once per line.
  let possessive: boolean | undefined = text.includes('her ') || text.includes('his ') || text.includes('Her ') || text.includes('His ') ? undefined : false;
  for (const t of targets) {
    if (possessive !== false && !t.dims.family && (possessive ??= namesRelativeByPossessive(text)) && !namesAny(t.hit, PREGNANCY_IDS) && relativeMeant(text, t.hit.start, !plainCondition(t.hit))) t.dims.family = true;
    // "Brother has asthma and he had a fall": "he" after "and" in a sentence a brother opens is him.
    if (!t.dims.family && pronouns && relativeToldOf(text, t.hit.start)) t.dims.family = true;
    // "Chest pain (-)", "Asthma -ve", "Anorexia: never": a mark after the term that says it is absent.
    if (!t.dims.negated && !t.dims.family && mayMarkAbsent(text, t.hit.end) && (hasRole(t.hit, ROLE_BIT.condition) || hasRole(t.hit, ROLE_BIT.signal)) && NEGATIVE_AFTER.test(text.slice(t.hit.end, t.hit.end + 12))) {
      t.dims.negated = true;
      t.dims.explicit = true;
    }
    // "Sister ... is on insulin (T1DM)": a drug's reason in brackets is whoever takes the drug's.
    const drug = t.index > 0 ? targetAt[t.index - 1] : undefined;
    if (drug?.dims.family && !t.dims.family && hasRole(drug.hit, ROLE_BIT.medication) && BRACKET_OPENS.test(text.slice(drug.hit.end, t.hit.start))) t.dims.family = true;
    emit(text, t, hits, clauseOf, clauseStart, clauseEnd, findings, options);
  }

  findings.measures.push(...extractMeasures(text, hits, bounds));
  dropScoredNames(findings);
  findings.measures = newestOnly(text, findings.measures);
  pushPostcodes(text, hits, findings);
  pushSizeBmi(text, findings);
  return findings;
}

// A BMI from weight and height, where the line states none (see bmi-from-size.ts).
const KILOGRAMS = /kg|kilo/i;
const STONES = /\dst\b|\d\s?stone/i;
function pushSizeBmi(text: string, findings: BlockFindings): void {
  // A cheap look for a weight's unit first: most lines have none.
  if (findings.bmis.length > 0 || !(KILOGRAMS.test(text) || ((text.includes('st') || text.includes('ST')) && STONES.test(text)))) return;
  const bmi = bmiFromSize(text);
  if (bmi) findings.bmis.push(bmi);
}

// "GAD 9" is a GAD-7 score, not generalised anxiety disorder: a term that named a score is no mention.
function dropScoredNames(findings: BlockFindings): void {
  if (findings.measures.length === 0 || findings.mentions.length === 0) return;
  for (const m of findings.measures) {
    if (m.measure !== 'gad7') continue;
    const at = findings.mentions.findIndex((mention) => mention.offset === m.offset);
    if (at >= 0) findings.mentions.splice(at, 1);
  }
}

const NHS_NUMBER_AFTER = /^\s*(?:no\.?|number|#)?\s*[:.]?\s*\d{3}[\s-]?\d{3}[\s-]?\d{4}\b/i;

const SENTENCE_ENDS = /[\n;]|\.\s/;
const WITH_WHOM = /^with\s[^.;:,\n()]{1,50}?\s(?:in|at)\s/i;
function pushPostcodes(text: string, hits: Hit[], findings: BlockFindings): void {
  // "Postcode: N7" — a district alone after a person's address label.
  // Not after words that make it someone else's in the same sentence: "GP practice postcode: CF14",
  // "Next of kin: mother, postcode CF14".
  let othersBefore = false;
  let from = 0;
  const othersLabels = new Set<Hit>();
  for (const hit of hits) {
    if (othersBefore && SENTENCE_ENDS.test(text.slice(from, hit.start))) othersBefore = false;
    from = hit.start;
    const role = roleOf(hit, 'address');
    const someoneElse = (role !== undefined && role.who !== 'person' && role.who !== 'person-explicit')
      || (hasRole(hit, ROLE_BIT.trigger) && hit.roles.some((r) => r.kind === 'trigger' && r.dim === 'family'));
    if (role && !someoneElse && othersBefore && role.who !== 'person-explicit') othersLabels.add(hit);
    if (role && !someoneElse && (!othersBefore || role.who === 'person-explicit')) {
      // "Lives with wife and teenage son in Leyton, E10": the place comes after who.
      const household = WITH_WHOM.exec(text.slice(hit.end - 4, hit.end + 64));
      const at = household ? hit.end - 4 + household[0].length : hit.end;
      const m = OUTWARD_AFTER_LABEL.exec(text.slice(at, at + 48));
      if (m) findings.postcodes.push({ outcode: m[1]!, who: role.who, offset: hit.end, outwardOnly: true });
    }
    if (someoneElse) othersBefore = true;
  }
  if (!HAS_DIGIT.test(text)) return;
  // A postcode counts only beside an address label or in a short line of an address block.
  if (text.length > 120 && !hits.some((h) => hasRole(h, ROLE_BIT.address))) return;
  // What the labels before a postcode say of it only builds up along the text, so one pass over the
  // hits serves all its postcodes (they come in order): a pass per postcode was quadratic.
  let person = false;
  let org = false;
  let explicit = false;
  let next = 0;
  for (const pc of findPostcodes(text)) {
    for (; next < hits.length && hits[next]!.start < pc.start; next++) {
      const hit = hits[next]!;
      // "Son lives in Manchester M20 5AB": a relative's.
      if (othersLabels.has(hit)) continue;
      for (const r of rolesOf(hit, 'address')) {
        // "NHS 123 456 7890": the person's NHS number, no organisation's address.
        if (r.who === 'org' && NHS_NUMBER_AFTER.test(text.slice(hit.end, hit.end + 24))) continue;
        // "Mr Steven Ward": a surname, not a hospital's ward.
        if (r.who === 'org' && SURNAME_PLACE.test(text.slice(Math.max(0, hit.start - 32), hit.start))) continue;
        if (r.who === 'org') org = true;
        else if (r.who === 'person-explicit') explicit = true;
        else person = true;
      }
    }
    const who: AddressWho | undefined = explicit ? 'person-explicit' : org ? 'org' : person ? 'person' : undefined;
    findings.postcodes.push(who ? { outcode: pc.outcode, who, offset: pc.start } : { outcode: pc.outcode, offset: pc.start });
  }
}

function resolveTargets(
  text: string,
  hits: Hit[],
  clauseOf: number[],
  clauseFirst: number[],
  clauseStart: number[],
  clauseEnd: (c: number) => number,
  targets: Target[],
  targetAt: (Target | undefined)[],
  options: SpanOptions,
): void {
  // Form values already taken by a term, by hit index.
  const consumed = new Uint8Array(hits.length);

  // Form values: "Diabetes: No", "Asthma [x]", "[ ] COPD", and so "Chest pain on exertion: No"
  // or "Insulin [ ]" too: an answer of no is not a symptom or a drug the person has.
  for (let k = 0; k < hits.length; k++) {
    const hit = hits[k]!;
    const target = targetAt[k];
    if (!target || (hit.mask & ANSWERABLE_BITS) === 0) continue;
    const clause = clauseOf[k]!;
    const firstInClause = clauseFirst[k]!;
    const prefixBoxes = isBox(text, hits[firstInClause]!);
    const before = hits[k - 1];
    // A symptom's or drug's box is a task when more follows ("[ ] Chest pain on exertion - ECG to
    // be booked"): only a condition's box answers whatever follows it.
    const condition = isCondition(hit);
    if (prefixBoxes && before && clauseOf[k - 1] === clause && isBox(text, before) && consumed[k - 1] === 0
      && /^\s*$/.test(text.slice(before.end, hit.start)) && (condition || !TASK_AFTER.test(text.slice(hit.end, Math.min(clauseEnd(clause), hit.end + TASK_REACH))))) {
      target.dims.form = roleOf(before, 'form')!.value;
      target.dims.explicit = true;
      target.formHit = before;
      target.textStart = before.start;
      consumed[k - 1] = 1;
      continue;
    }
    // "[ ] Diabetes treated with insulin", "[ ] Chest pain or palpitations on exertion": an option's
    // unticked box, taken by the label's first term, answers everything else the short label names.
    const box = hits[firstInClause]!;
    if (prefixBoxes && firstInClause < k - 1 && consumed[firstInClause] === 1 && roleOf(box, 'form')!.value === 'no'
      && clauseEnd(clause) - box.start <= BOXED_LABEL && !TASK_AFTER.test(text.slice(box.end, clauseEnd(clause)))) {
      target.dims.form = 'no';
      target.dims.explicit = true;
      target.formHit = box;
      continue;
    }
    const after = hits[k + 1];
    if (!after || clauseOf[k + 1] !== clause || !hasRole(after, ROLE_BIT.form) || (prefixBoxes && isCheckbox(text, after))) continue;
    // "Pregnant (Y/N): Y", "Diabetes Y/N: Y": the options say how to answer, not what the answer is.
    if ((text.charCodeAt(after.start - 1) === 40 && text.charCodeAt(after.end) === 41) || isHint(text, after)) continue;
    // A symptom or drug is taken back only by a plain answer (see settlesSymptoms).
    if (!condition && !settlesSymptoms(roleOf(after, 'form')!.value)) continue;
    // "Chest pain - ruled out MI": a phrase that reaches the term after it is not this one's
    // answer. A one-word answer still is ("Diabetes No Asthma Yes").
    const beyond = hits[k + 2];
    if (beyond && clauseOf[k + 2] === clause && targetAt[k + 2] && BLANK.test(text.slice(after.end, beyond.start))
      && PHRASE_ANSWER.test(text.slice(after.start, after.end)) && rolesOf(after, 'trigger').some((r) => r.dir === 'pre')) continue;
    // "Inhalers - no asthma": a "no" straight before another term, which no answer of its own
    // follows, denies that term. A checklist answers each ("Diabetes No Asthma Yes"), "Falls - no
    // falls" names the same again to end the answer, and after a colon or question mark the "no"
    // answers, unless a symptom follows a condition ("Diabetes: no hypos"). "Epilepsy - no seizures
    // for 5 years" denies the seizures, not the epilepsy.
    if (beyond && clauseOf[k + 2] === clause && targetAt[k + 2] && BLANK.test(text.slice(after.end, beyond.start)) && (!ASKING_MARK.test(text.slice(hit.end, after.start)) || (condition && !hasRole(beyond, ROLE_BIT.condition) && hasRole(beyond, ROLE_BIT.signal)))
      && !(namesSame(hit, beyond) && ANSWER_ENDS.test(text.slice(beyond.end, clauseEnd(clause) + 1)))
      && rolesOf(after, 'trigger').some((r) => r.dir === 'pre' && r.dim === 'negated') && !answeredAfter(text, hits, clauseOf, k + 2)) continue;
    // "Diabetes [ ] No [x] Yes", "Diabetes: Yes [ ] No [x]": the first box or word is one option of
    // several, not the answer. The line's last options are read by answer-of.ts (which gives them to
    // the terms listed before too); options with more of the form after them answer their own term:
    // "Falls: Yes [ ] No [x]   Insulin: Yes [x] No [ ]".
    if (isCheckbox(text, after) || isCheckbox(text, hits[k + 2] ?? after)) {
      const choice = choiceAt(text, hits, k + 1);
      if (choice && choice.next < hits.length && BEFORE_FORM.test(text.slice(hit.end, after.start))) {
        target.dims.form = choice.value;
        target.dims.explicit = true;
        target.formHit = hits[choice.next - 1];
        for (let c = k + 1; c < choice.next; c++) consumed[c] = 1;
      }
      if (choice) continue;
    }
    if (!BEFORE_FORM.test(text.slice(hit.end, after.start))) continue;
    // A symptom or drug is answered only after a mark or by a box: "Palpitations: no",
    // "Chest pain [ ]"; in "Cause of palpitations not known" the words are a sentence. A symptom
    // in a checklist of bare answers is answered too: "Chest pain No, Palpitations No". Not a drug:
    // "Missed doses? Insulin no" says it is taken.
    if (!condition && !isCheckbox(text, after) && !MARKED.test(text.slice(hit.end, after.start))
      && !(hasRole(hit, ROLE_BIT.signal) && answersInList(text, hits, k, clauseStart[clause]!, clauseEnd(clause)))) continue;
    // What follows the answer, up to the next term (for a symptom or drug, the next thing the
    // lexicon knows may be part of its sentence: "Palpitations: none since last week").
    let n = k + 2;
    if (!condition) while (n < hits.length && clauseOf[n] === clause && !targetAt[n]) n++;
    // "Asthma - no recent exacerbation": a word the lexicon knows straight after the "no" goes on
    // with it, so it answers nothing.
    else if (n < hits.length && clauseOf[n] === clause && !targetAt[n] && BLANK.test(text.slice(after.end, hits[n]!.start)) && after.end < hits[n]!.start) {
      // Not "None known", "No history recorded": the answer as far as anyone knows, up to what
      // follows it ("none known but fell yesterday" is no plain answer).
      if (!AS_FAR_AS_KNOWN.test(text.slice(hits[n]!.start, hits[n]!.end))) continue;
      // The word is the answer's, and reaches nothing of its own ("none known   Pregnancy: 20 weeks").
      consumed[n] = 1;
      n++;
      while (n < hits.length && clauseOf[n] === clause && !targetAt[n]) n++;
    }
    const next = hits[n];
    let restEnd = next && clauseOf[n] === clause ? next.start : clauseEnd(clause);
    // A condition's answer may open an aside: "Diabetes: No (HbA1c normal)". Not a comma:
    // "Bulimia no, restricting yes" is no plain no.
    if (condition) {
      const cut = text.slice(after.end, restEnd).search(ASIDE_OPENS);
      if (cut >= 0) restEnd = after.end + cut;
    }
    if (!AFTER_FORM.test(text.slice(after.end, restEnd)) && !nextItemAnswered(text, after.end)) continue;
    const value = roleOf(after, 'form')!.value;
    // A denied symptom the words after take back stays raised: "Chest pain: no; only on exertion".
    if (!condition && value === 'no' && hasRole(hit, ROLE_BIT.signal) && markedAnswerTakenBack(text.slice(after.end, after.end + 64), isCardiacSignal(hit))) continue;
    target.dims.form = value;
    target.dims.explicit = true;
    target.formHit = after;
    // "Pregnancy - resolved": so, but over (a condition of now only is then not reported).
    if (PAST_FORM.test(text.slice(after.start, after.end))) target.dims.historical = true;
    target.textEnd = after.end;
    consumed[k + 1] = 1;
    // "Falls: no falls", "Chest pain: no chest pain": the answer's "no" names the term again, and
    // denies it there too, where the answer ends with it (not "Falls: no falls indoors, tripped
    // outside twice").
    const again = targetAt[k + 2];
    // A condition named again is denied whatever follows: "Psychosis: no psychotic symptoms".
    if (value === 'no' && again && BLANK.test(text.slice(after.end, again.hit.start)) && namesSame(hit, again.hit)
      && (ANSWER_ENDS.test(text.slice(again.hit.end, clauseEnd(clause) + 1)) || (isCondition(again.hit) && !hasRole(again.hit, ROLE_BIT.signal) && !rolesOf(again.hit, 'condition').some((r) => r.signal !== undefined)))) {
      again.dims.negated = true;
      again.dims.explicit = true;
    }
  }

  // Triggers.
  for (let k = 0; k < hits.length; k++) {
    const trigger = hits[k]!;
    if (consumed[k] === 1) continue;
    const roles = rolesOf(trigger, 'trigger');
    if (roles.length === 0 || numberNo(text, trigger)) continue;
    const clause = clauseOf[k]!;
    // A phrase that can look both ways ("suspected", "mother") looks back only when nothing follows it.
    // The dimensions that reached forward, as DIM_BIT bits (not a Set: this runs for every trigger).
    // Right after a term ("Insulin stopped 2023, now on metformin") it looks back at that term
    // first, and no further forward in the dimensions it reached.
    // An age right before a relative is the relative's; whether the relative still looks forward
    // ("Her 4 year old son has asthma") is relativeLooksOn's to say.
    let reachedBack = 0;
    if (k > 0 && clauseOf[k - 1] === clause && targetAt[k - 1] !== undefined && HUGS.test(text.slice(hits[k - 1]!.end, trigger.start))) {
      const age = hits[k - 1]!;
      const ageFirst = hasRole(age, ROLE_BIT.age) && relativeLooksOn(text, age, trigger);
      for (const role of roles) {
        if (role.dir === 'post' && reachBack(text, hits, clauseOf, k, clause, role, targetAt) > 0 && !(ageFirst && role.dim === 'family')) reachedBack |= DIM_BIT[role.dim];
      }
    }
    let reachedForward = 0;
    for (const role of roles) {
      if (role.dir === 'pre' && (reachedBack & DIM_BIT[role.dim]) === 0 && reachForward(text, hits, clauseOf, k, clause, role, targetAt) > 0
        && !(role.dim === 'family' && onlyOwnAge(text, hits, clauseOf, k, targetAt))) reachedForward |= DIM_BIT[role.dim];
    }
    for (const role of roles) {
      if (role.dir === 'post' && ((reachedForward | reachedBack) & DIM_BIT[role.dim]) === 0) reachBack(text, hits, clauseOf, k, clause, role, targetAt);
    }
  }

  // "[ ] I am pregnant", "[x] High blood pressure [ ] I have chest pain when I exercise": in a
  // clause that starts with a box, each box answers the words after it, up to the next box.
  // Only where the box's words are the term or the person's own ("I have", "I am"): a box before
  // anything else is a task to tick off ("[ ] Book ECG for chest pain", "[ ] GP to review").
  for (const t of targets) {
    if (t.dims.explicit || (t.hit.mask & ANSWERABLE_BITS) === 0) continue;
    const first = clauseFirst[t.index]!;
    if (!isBox(text, hits[first]!)) continue;
    for (let j = t.index - 1; j >= first; j--) {
      if (!isBox(text, hits[j]!)) continue;
      if (SELF_REPORT.test(text.slice(hits[j]!.end, t.hit.start)) && (isCondition(t.hit) || !TASK_AFTER.test(text.slice(t.hit.end, Math.min(clauseEnd(t.clause), t.hit.end + TASK_REACH))))) {
        t.dims.form = roleOf(hits[j]!, 'form')!.value;
        t.dims.explicit = true;
      }
      break;
    }
  }

  // "COPD?" right after the term, unless answered there: "Chest pain? Yes", "Falls? Occasionally".
  for (const t of targets) {
    const end = (t.hit.mask & ROLE_BIT.code) !== 0 ? codeEnd(text, t.hit) : t.hit.end;
    // "COPD ?": a space, then the mark. `spaced` where nothing but the line's end follows it.
    const spaceThenMark = text.charCodeAt(end) === 32 && text.charCodeAt(end + 1) === 63;
    const spaced = spaceThenMark && SPACED_MARK.test(text.slice(end, end + 6));
    // "COPD ?", "Insulin ?" ending its block asks as "COPD?" does, open to the next block's "No";
    // the mark is no form's value of its own.
    if (spaced && t.dims.form === 'possible' && BLOCK_ENDS_AFTER_MARK.test(text.slice(end))) {
      delete t.dims.form;
      t.dims.explicit = false;
    }
    // "Chest pain ? No", "Pregnant ? - no": the mark asks, and what follows answers it as after "?".
    const spacedAsk = spaceThenMark && !spaced && !t.dims.explicit;
    if (spacedAsk && (t.hit.mask & (ANSWERABLE_BITS | ROLE_BIT.medication)) !== 0) {
      const answer = answerAfterMark(text, hits, t.index, end + 1);
      if (answer) {
        t.dims.form = answer;
        t.dims.explicit = true;
        if (answer === 'yes' && isFalls(t.hit)) t.year = yearAnswered(text, t.hit.end);
        continue;
      }
      // "Pregnant ? Not sure": unsure is still a query (a symptom asked stays one to check).
      if ((t.hit.mask & ROLE_BIT.signal) === 0 && !hasSignal(t.hit) && UNSURE_AFTER_MARK.test(text.slice(end + 2, end + 24))) {
        t.dims.possible = true;
        t.dims.explicit = true;
        continue;
      }
    }
    // "Insulin ? Not sure": a drug asked with a spaced mark and not answered is asked as with "?".
    const spacedDrug = spacedAsk && (t.hit.mask & ROLE_BIT.medication) !== 0;
    if (text.charCodeAt(end) === 63 || spaced || spacedDrug) {
      const answer = t.dims.explicit || (t.hit.mask & ANSWERABLE_BITS) === 0 ? undefined : answerAfterMark(text, hits, t.index);
      if (answer) {
        t.dims.form = answer;
        t.dims.explicit = true;
        if (answer === 'yes' && isFalls(t.hit)) t.year = yearAnswered(text, t.hit.end);
        continue;
      }
      // "Advice given re falls?" asks about something else: no answer after it counts.
      if (!t.dims.explicit && !asksAboutOther(text, t.hit)) askListed(text, hits, targetAt, t);
      t.dims.possible = true;
      t.dims.explicit = true;
      t.textEnd = Math.max(t.textEnd, t.hit.end + 1);
    }
  }
  // "Any falls in the last year?", "Pregnant or breastfeeding?": a short question that ends a few
  // words after its last condition leaves it, and those listed before it, open to the next block's
  // answer; unanswered, they stay asked, as "Pregnant?" does: a check, not a finding.
  // An answer on the same line ("Pregnant or breastfeeding? No") is read by answer-of.ts; one it
  // cannot read leaves the question asked.
  const mark = text.length <= MAX_QUESTION_AFTER ? text.indexOf('?') : -1;
  if (mark > 0) {
    const open = QUESTION_ENDS.test(text.slice(mark));
    let last: Target | undefined;
    for (const t of targets) if (t.hit.end < mark) last = t;
    const between = last ? text.slice(last.hit.end, mark) : '';
    // With an answer after it, only where words stand between the term and its mark ("Pregnant ?
    // Yes 12 weeks" and "Anorexia ? ? relapse" say as much as the term alone), and the answer opens
    // with one of a form's values: "Pregnant or breastfeeding? 28 weeks" and "Any falls in the last
    // year? Twice" say yes in their own words.
    if (last && !last.dims.explicit && isCondition(last.hit) && (open ? between.length > 0 : HAS_WORD.test(between) && FORM_ANSWER.test(text.slice(mark)))
      && (FILLER.test(between) || LISTED_WITH_OTHER.test(between)) && !asksAboutOther(text, last.hit)) {
      asked(last, open);
      for (let j = last.index - 1, end = last.hit.start; j >= 0; j--) {
        const listed = targetAt[j];
        if (!listed || !LISTED_BEFORE_MARK.test(text.slice(hits[j]!.end, end)) || listed.dims.explicit || !isCondition(hits[j]!)) break;
        asked(listed, open);
        end = hits[j]!.start;
      }
    } else if (last && !open && !last.dims.explicit && isCondition(last.hit) && otherOptionAnswered(between, text.slice(mark + 1))) {
      // "Pregnant or breastfeeding? Breastfeeding": the answer is the other option.
      last.dims.negated = true;
      last.dims.explicit = true;
    }
  }

  // "Falls in last 12 months? [ ] Yes [ ] No   Chest pain: [ ]": a question its options answer on a
  // line that goes on to ask more (a line of one question is read by answer-of.ts). None ticked,
  // the form says nothing, as answer-of.ts reads it.
  if (text.includes('?') && text.includes('[')) {
    for (const t of targets) {
      if (t.dims.explicit || !isCondition(t.hit)) continue;
      // Bounded looks: a long line must not be searched to its end once per term.
      const at = text.slice(t.hit.end, t.hit.end + MAX_QUESTION_AFTER + 1).indexOf('?');
      if (at < 0) continue;
      const q = t.hit.end + at;
      const between = text.slice(t.hit.end, q);
      if (!FILLER.test(between) && !LISTED_WITH_OTHER.test(between)) continue;
      let n = t.index + 1;
      while (n < hits.length && hits[n]!.start <= q) n++;
      const choice = n < hits.length && hits[n]!.start - q <= 8 && BLANK.test(text.slice(q + 1, hits[n]!.start)) ? choiceAt(text, hits, n) : undefined;
      if (!choice) continue;
      t.dims.form = choice.value;
      t.dims.explicit = true;
    }
  }

  // Ambiguous abbreviations need a cue; ICD codes that look like districts need code context.
  // Codes and the words they code, to be joined at the end.
  let joins: [Target, Target][] | undefined;
  const firstCodeCue = hits.findIndex((h) => hasRole(h, ROLE_BIT['code-cue']));
  for (let k = 0; k < hits.length; k++) {
    const hit = hits[k]!;
    const target = targetAt[k];
    if (!target) continue;
    let needsCue = false;
    let needsDrug = false;
    if (hasRole(hit, ROLE_BIT.condition)) {
      for (const r of hit.roles) {
        if (r.kind !== 'condition') continue;
        if (r.cue) needsCue = true;
        if (r.drug) needsDrug = true;
      }
    }
    if (needsDrug ? !drugFor(text, hits, hit) : needsCue && !hasCue(text, hits, clauseOf, k, clauseStart, clauseEnd, target) && !drugFor(text, hits, hit)) target.dropCue = true;
    for (const r of rolesOf(hit, 'code')) {
      const named = namedBeside(text, hits, clauseOf, k, r);
      if (named >= 0 && targetAt[named]) (joins ??= []).push([target, targetAt[named]!]);
      if (r.system === 'icd10' && INWARD_AFTER.test(text.slice(hit.end, hit.end + 5))) target.dropCue = true;
      // Beside the words it codes, a code is one; alone, only where the page shows it as a code.
      else if (options.codeColumn || named >= 0) continue;
      // A letter code alone that reads as no postcode ("PMH: J45, I10") is a code; a number alone
      // needs the page to show it as one.
      else if (identifierBefore(text, hit)) target.dropCue = true;
      else if ((r.system === 'snomed' || r.ambiguous) && !(codeContext(text, hits, k, firstCodeCue, options) || diagnosisBefore(text, hit))) {
        target.dropCue = true;
        // A line of nothing but the number is a code under a list of conditions ("Problems:"),
        // which only the merge knows.
        if (r.system === 'snomed' && options.line && CODE_LINE.test(text)) target.listCode = true;
      }
    }
  }
  // "?Asthma (195967001)", "J45 Asthma - ruled out": the code says what its words are told. One
  // object for both, so what is told of either later ("Type 2 diabetes (E11) - no") is told of both.
  // Joined once every target's own reading is done.
  if (joins) {
    for (const [code, words] of joins) {
      joinDims(code.dims, words.dims);
      code.dims = words.dims;
    }
  }
}

function hasCue(text: string, hits: Hit[], clauseOf: number[], k: number, clauseStart: number[], clauseEnd: (c: number) => number, target: Target): boolean {
  const hit = hits[k]!;
  const clause = clauseOf[k]!;
  if (target.dims.form !== undefined) return !CAPITALISED_NEXT.test(text.slice(hit.end, hit.end + 3));
  const following = hits[k + 1];
  if (CAPITALISED_NEXT.test(text.slice(hit.end, hit.end + 3)) && !(following && following.start === hit.end + 1 && isCueHit(following))) return false;
  for (let j = k - 1; j >= 0 && clauseOf[j] === clause; j--) {
    const h = hits[j]!;
    if (countWords(text, h.end, hit.start) > 4) break;
    if (isCueHit(h)) return true;
  }
  if (following && clauseOf[k + 1] === clause && countWords(text, hit.end, following.start) <= 1 && hasRole(following, ROLE_BIT.cue)) return true;
  if (YEAR_AFTER.test(text.slice(hit.end, hit.end + 24))) return true;
  // Alone in its clause: a list item or cell that says just "MS".
  const from = clauseStart[clause]!;
  const to = clauseEnd(clause);
  return to - from <= SHORT_CLAUSE && !hasLetter(text, from, hit.start) && !hasLetter(text, hit.end, to);
}

// A drug in the block for a condition the hit names ("RA - on methotrexate"), not one the line
// says is taken for something else ("ropinirole for restless legs").
function drugFor(text: string, hits: Hit[], hit: Hit): boolean {
  for (let j = 0; j < hits.length; j++) {
    const h = hits[j]!;
    if ((h.mask & ROLE_BIT.medication) === 0) continue;
    for (const r of h.roles) {
      if (r.kind !== 'medication' || takenForOther(text, hits, j, r.med)) continue;
      for (const c of hit.roles) if (c.kind === 'condition' && c.ids.some((id) => r.med.supports.includes(id))) return true;
    }
  }
  return false;
}

function isCueHit(h: Hit): boolean {
  for (const r of h.roles) if (r.kind === 'cue' || r.kind === 'trigger' || r.kind === 'verb') return true;
  return false;
}

function codeContext(text: string, hits: Hit[], k: number, firstCodeCue: number, options: SpanOptions): boolean {
  const hit = hits[k]!;
  if (options.codeColumn) return true;
  if (text.slice(hit.start, hit.end).includes('.')) return true;
  if (text.charCodeAt(hit.end) === 46 && /\d/.test(text.charAt(hit.end + 1))) return true;
  const before = text.charCodeAt(hit.start - 1);
  if (before === 40 || before === 91) return true;
  return firstCodeCue >= 0 && firstCodeCue < k;
}

const BMI_AFTER = /^[\s:=]{0,4}(?:is |of |was |now |at |recorded |today )?(?:[<>≥≤~]=?\s?)?(\d{2}(?:\.\d{1,2})?)(?!\d)/i;

// "Z33.1 ?", "COPD ?" with nothing after the mark but the line's end: a query still. Not "Chest pain
// ? No", whose mark asks a form's question.
const SPACED_MARK = /^ \?[ \t]*(?:$|[\n.,;)])/;
const BLOCK_ENDS_AFTER_MARK = /^ \?\s*$/;
const UNSURE_AFTER_MARK = /^\s*[-–:]?\s*(?:not sure|unsure|possibly|maybe|perhaps|unknown|don'?t know|doesn'?t know|not known)\b/i;

const SUBCODE = /^\.\d{1,3}/;
// Where a code ends with its subdivision, which the lexicon leaves off: "Z33.1", "F50.0?".
function codeEnd(text: string, hit: Hit): number {
  return hit.end + (SUBCODE.exec(text.slice(hit.end, hit.end + 4))?.[0].length ?? 0);
}

// Only a code of the one condition: postnatal depression (F53.0) is, like its words, no sign that
// the year after the birth is now.
function codeFlag(ids: readonly ConditionId[]): SafetyFlag | undefined {
  return ids.length === 1 ? FLAG_OF_CONDITION[ids[0]!] : undefined;
}

// A birth told of the youngest: whose youngest is asked as for a baby's age.
const YOUNGEST = /^youngest/i;

function emit(
  text: string,
  t: Target,
  hits: Hit[],
  clauseOf: number[],
  clauseStart: number[],
  clauseEnd: (c: number) => number,
  findings: BlockFindings,
  options: SpanOptions,
): void {
  const hit = t.hit;
  void options;
  // Worked out only for the roles that use them: most targets are not conditions.
  let mentionText: string | undefined;
  let bare: boolean | undefined;
  let signal: RawSignal;
  let medication: RawMedication;
  let given: Given | undefined;

  for (const role of hit.roles) {
    switch (role.kind) {
      case 'condition': {
        if ((role.cue || role.drug) && t.dropCue) break;
        let youngest = false;
        if (role.babyAge) {
          // The evidence reads "4 month old baby", not "month old baby".
          const start = babyAgeStart(text, hit, role.babyAge === 'alone');
          if (start < 0) break;
          // "Her daughter has three children; her youngest is 10 weeks old": whose youngest.
          const owner = role.babyAge === 'alone' ? ownerUnsaidAt(text, start) : -1;
          youngest = owner >= 0;
          // A woman of the family named before may be whose youngest it is ("Her daughter has three
          // children; her youngest is 10 weeks old"), not whose "Son is 3 months old" (she helps).
          if (youngest && ((/youngest/i.test(text.slice(owner, start)) && someoneElseBefore(text, owner, 'she', false)) || personIsHe(text, start) || ownerDoubtful(text, owner))) break;
          if (mentionText === undefined) t.textStart = Math.min(t.textStart, start);
        }
        if (role.gravida && !hasGestationAfter(text, hit)) break;
        if (role.gestationNow && !gestationNow(text, hit)) break;
        // The evidence reads "Diabetes: Type 1", not "Type 1" (the scan kept only a field's value).
        if (role.diabetesType && mentionText === undefined) {
          const label = diabetesFieldStart(text, hit.start);
          if (label >= 0) t.textStart = Math.min(t.textStart, label);
        }
        if (role.postnatalWording && (!postnatalMeant(role.postnatalWording, text, hit) || personIsHe(text, hit.start))) break;
        if (role.endedByLoss && pregnancyOver(text, hit)) break;
        if (role.signal === 'pregnancy' && toldOfPastPregnancy(text, hit)) break;
        if (role.endsPhrase && !endsPhrase(text, hit)) break;
        if (role.moodWords && !lowMoodMeant(text, hit)) break;
        if (role.riskRated && ratedLowOrUnrated(text, hit)) break;
        if (role.bornRecently && (!bornRecently(text, hit) || personIsHe(text, hit.start))) break;
        if (role.signal === 'postnatal' && notHerBirth(text, hit, role.bornRecently === true)) break;
        // "Her daughter has three children; her youngest was born 5 weeks ago": whose youngest, as above.
        if (role.bornRecently && YOUNGEST.test(text.slice(hit.start, hit.end)) && someoneElseBefore(text, hit.start, 'she', false)) break;
        if (role.bornRecently === 'baby-named') {
          const start = babyNamedStart(text, hit.start);
          if (start < 0) break;
          if (mentionText === undefined) t.textStart = Math.min(t.textStart, start);
        }
        // Built field by field: conditional spreads here cost more than the rest of the line's reading.
        mentionText ??= mentionTextOf(text, t);
        bare ??= isBare(text, t, hits, clauseStart, clauseEnd);
        const mention: RawMention = { ids: role.ids, dims: t.dims, text: mentionText, offset: hit.start, bare };
        if (role.status) mention.termStatus = role.status;
        if (role.currentOnly) mention.currentOnly = true;
        if (role.ids.some((id) => DATED_BY_YEAR.has(id))) {
          const postnatal = role.ids.includes('postnatal');
          // "Her daughter was born at 39 weeks in 2021": the year after the gestation at birth.
          const gestation = postnatal ? GESTATION_AT.exec(text.slice(hit.end, hit.end + 32)) : null;
          const year = yearAfter(text, hit.end + (gestation ? gestation[0].length : 0), postnatal && !role.ids.includes('pregnancy')) ?? (postnatal ? bornYearBefore(text, hit.start) : undefined);
          if (year !== undefined) mention.year = year;
          // "Postnatal depression after her baby in 2026", "PND 2026": a birth this recent raises the
          // card, as "Baby born 6 weeks ago" does (the merge drops one two calendar years back).
          if (year !== undefined && !role.signal && role.ids.includes('postnatal')) mention.signal = 'postnatal';
        } else if (role.signal === 'falls' || role.signal === 'cardiac-symptoms') {
          const year = signalYear(text, hit);
          if (year !== undefined) mention.year = year;
        }
        if (t.year !== undefined) mention.year = t.year;
        if (role.signal) mention.signal = role.signal;
        if (t.open) mention.open = true;
        // Her own baby, unless the block before says otherwise ("Mr Hill, 34." / "Son born 6 weeks ago").
        if (youngest || role.bornRecently || role.postnatalWording === 'age-after') mention.pronoun = 'she';
        findings.mentions.push(mention);
        break;
      }
      case 'code': {
        if (t.dropCue && !t.listCode) break;
        const end = codeEnd(text, hit);
        if (role.ids.includes('pregnancy') && pregnancyOver(text, { ...hit, end })) break;
        mentionText ??= mentionTextOf(text, t);
        bare ??= isBare(text, t, hits, clauseStart, clauseEnd);
        const mention: RawMention = { ids: role.ids, dims: t.dims, text: mentionText, offset: hit.start, bare };
        if (t.listCode) mention.listCode = true;
        // A code raises its condition's flag as the condition's words do ("Diagnosis: F50.0").
        const flag = codeFlag(role.ids);
        if (flag) {
          mention.signal = flag;
          // As the words do, a pregnancy or the year after a birth counts only while it lasts.
          if (flag === 'pregnancy' || flag === 'postnatal') mention.currentOnly = true;
        }
        if (role.ids.some((id) => DATED_BY_YEAR.has(id))) {
          // After the code's subdivision: "Z33.1 (2019)".
          const year = yearAfter(text, end);
          if (year !== undefined) mention.year = year;
        }
        findings.mentions.push(mention);
        break;
      }
      case 'medication':
        medication = { med: role.med, dims: t.dims, text: text.slice(hit.start, hit.end), offset: hit.start };
        given = givenTo(text, hit);
        if (given) medication.givenTo = given.to;
        // "Son has type 2 diabetes; she manages his insulin": his drug, as his diabetes is his.
        if (given && givenToRelative(text, given, hit.end)) medication.dims = { ...medication.dims, family: true };
        if (takenForOther(text, hits, t.index, role.med)) medication.forOther = true;
        if (takenBefore(text, hit)) medication.before = true;
        findings.medications.push(medication);
        if (role.med.insulin) {
          const withheldAt = insulinForWeight(text, hit);
          if (withheldAt >= 0) {
            const withheld: RawSignal = { flag: 'eating-disorder', dims: withheldDims(text, t.dims, withheldAt), offset: hit.start };
            // A form's question ("<dt>Insulin omission for weight</dt><dd>No</dd>"): the next block may answer it.
            if (isQuestion(text)) withheld.asked = true;
            findings.signals.push(withheld);
          }
        }
        break;
      case 'signal':
        if (role.needsQualifier && !qualified(text, hits, t.index, clauseOf)) break;
        if (role.pronoun && !pronounFell(text, hit, role.pronoun)) break;
        if (role.clauseStart && !subjectlessFell(text, hit)) break;
        if (role.nounFall && !personsFall(text, hit)) break;
        if (role.againFell && !fellBefore(text, hit)) break;
        // "Gliclazide stopped in March due to hypos": the hypos ended a drug, and are past.
        if (role.flag === 'hypo-risk' && STOPPED_FOR.test(sentenceBefore(text, hit.start))) break;
        signal = { flag: role.flag, dims: t.dims, offset: hit.start };
        if (role.flag === 'falls' || role.flag === 'cardiac-symptoms') {
          const year = signalYear(text, hit);
          if (year !== undefined) signal.year = year;
        }
        if (isQuestion(text)) signal.asked = true;
        if (role.pronoun) signal.pronoun = role.pronoun;
        findings.signals.push(signal);
        break;
      case 'age':
        if (t.dims.family || t.dims.hypothetical) break;
        emitAge(text, hit, role, findings);
        break;
      case 'bmi': {
        const m = BMI_AFTER.exec(text.slice(hit.end, hit.end + 32));
        if (!m) break;
        const value = Number(m[1]);
        if (value >= 10 && value <= 90) findings.bmis.push({ value, dims: t.dims, text: squash(text.slice(hit.start, hit.end + m[0].length)), offset: hit.start });
        break;
      }
      default:
        break;
    }
  }
}

// Short, and no sentence ends in it: a form's question, not a line of notes ("Palpitations when
// anxious." stays what it says, whatever the next line is).
const SENTENCE_END = /[.;!]/;
function isQuestion(text: string): boolean {
  return text.length <= 60 && !SENTENCE_END.test(text);
}

// A "he" who is pregnant is a slip of the pen for the person (see relativeMeant).
const PREGNANCY_IDS: readonly ConditionId[] = ['pregnancy'];
const STOPPED_FOR = /\b(?:stopped|discontinued|ceased|withdrawn|came off|switched|changed|reduced)\b[^.;!?\n]{0,40}\b(?:due to|because of|after|following|owing to)\s+(?:(?:recurrent|frequent|several|repeated|multiple|some|her|his)\s+)?$/i;
const SURNAME_PLACE = /\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|MR|MRS|MS|MISS)\.?\s+[A-Z][a-z'’-]+\s+$/;
// A cheap look first: the first character after the term's spaces could open such a mark.
function mayMarkAbsent(text: string, at: number): boolean {
  let i = at;
  while (i < text.length && text.charCodeAt(i) === 32) i++;
  const c = text.charCodeAt(i);
  // "(", ":", "-", "–", "n", "N"
  return c === 40 || c === 58 || c === 45 || c === 0x2013 || c === 110 || c === 78;
}
const NEGATIVE_AFTER = /^\s*(?:\(\s*[-−–]\s*\)|[:–-]?\s*-ve\b|[:–-]?\s*neg\b(?!\s*(?:for|thoughts|feelings|impact|effects?|emotions?|automatic))|[:–-]\s*never\b(?!\s+(?:better|worse|been\s+(?:better|worse)|felt|controlled|well)))/i;
const BRACKET_OPENS = /^\s*\(\s*(?:for\s+)?$/i;

// The mention's words: the term with the triggers that set its status, squashed and capped.
function mentionTextOf(text: string, t: Target): string {
  const whole = t.textEnd - t.textStart <= MAX_TEXT;
  const span = whole ? text.slice(t.textStart, t.textEnd) : text.slice(t.hit.start, t.hit.end);
  const squashed = SQUASHABLE.test(span) ? squash(span) : span;
  return squashed.length > MAX_TEXT ? squashed.slice(0, MAX_TEXT) : squashed;
}

function isBare(text: string, t: Target, hits: Hit[], clauseStart: number[], clauseEnd: (c: number) => number): boolean {
  const from = clauseStart[t.clause]!;
  const to = clauseEnd(t.clause);
  return to - from <= SHORT_CLAUSE && onlyTerms(text, from, to, hits, t);
}

// The clause holds no letters besides its condition terms, this target and its form value: a
// list item or cell that says just "Asthma" or "Diabetes: No". Stops at the first other letter.
function onlyTerms(text: string, from: number, to: number, hits: Hit[], t: Target): boolean {
  let first = t.index;
  while (first > 0 && hits[first - 1]!.start >= from) first--;
  let pos = from;
  for (let j = first; j < hits.length && hits[j]!.end <= to; j++) {
    const h = hits[j]!;
    if (j !== t.index && h !== t.formHit && !hasRole(h, ROLE_BIT.code) && !hasRole(h, ROLE_BIT.condition)) continue;
    if (hasLetter(text, pos, h.start)) return false;
    pos = Math.max(pos, h.end);
  }
  // "Diabetes history", "Asthma diagnosis": a field named for the term is still only the term.
  const rest = text.slice(pos, to);
  return !hasLetter(text, pos, to) || FIELD_WORD.test(rest);
}
const FIELD_WORD = /^\s*(?:history|hx|diagnosis|dx|status)\s*[?:]?\s*$/i;

// A line of nothing but a SNOMED CT number: a code under a list of conditions.
const CODE_LINE = /^\s*(?:[-*•·]\s*)?\d{6,18}\s*$/;

// "Hospital no 123456", "NHS no: 485 777 3456": a number, not a denial.
const NUMBER_AFTER = /^\s?[:#.]?\s?\d(?!\d*\s?(?:st|nd|rd|th)\b)(?!\d?\s?\/\s?(?:12|52|7)\b)/i;

function numberNo(text: string, hit: Hit): boolean {
  return hit.end - hit.start === 2 && (text.charCodeAt(hit.start) | 32) === 110 && (text.charCodeAt(hit.start + 1) | 32) === 111 && NUMBER_AFTER.test(text.slice(hit.end, hit.end + 8));
}

// Two terms for the same condition or symptom: "Falls" and "falls", "Chest pain" and "chest pain".
// The term at k has an answer of its own after it: "Asthma Yes", "Asthma: no".
function answeredAfter(text: string, hits: readonly Hit[], clauseOf: readonly number[], k: number): boolean {
  const after = hits[k + 1];
  return after !== undefined && clauseOf[k + 1] === clauseOf[k] && hasRole(after, ROLE_BIT.form) && BEFORE_FORM.test(text.slice(hits[k]!.end, after.start));
}

function namesSame(a: Hit, b: Hit): boolean {
  for (const r of a.roles) {
    for (const s of b.roles) {
      if (r.kind === 'condition' && s.kind === 'condition' && r.ids.some((id) => s.ids.includes(id))) return true;
      if (r.kind === 'signal' && s.kind === 'signal' && r.flag === s.flag) return true;
    }
  }
  return false;
}

// PHQ-9 item 2 as a form prints it ("2. Feeling down, depressed, or hopeless: 0"): a question, not
// a diagnosis, whatever its answer.
const HOPELESS = /hopeless/i;

const ITEM_BEFORE = /\bfeeling\s+down[\s,]+$/i;

const ITEM_AFTER = /^[\s,]+or\s+hopeless\b(?=\s*(?:[:?=|(\-–]|$|\d|not at all|several days|more than half|nearly every day))/i;

function isItemWording(text: string, hit: Hit): boolean {
  return ITEM_AFTER.test(text.slice(hit.end, hit.end + 40)) && ITEM_BEFORE.test(text.slice(Math.max(0, hit.start - 16), hit.start));
}

export type { Role };
