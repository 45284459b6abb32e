import { alternation, HE_RELATIVES, PARENTS, SHE_RELATIVES } from './lexicon/relatives.ts';
import { bringsThePerson, personNamedBy } from './relative-scope.ts';

// First names the record gives to people other than the person: "her husband Brian", "partner
// Dave", "Cared-for person: Mr Brian Fenwick (husband)", "Next of kin: Mrs Janet Cole (wife)".
// A sentence that opens with one of them ("Brian has COPD", "Janet was diagnosed with MS in
// 2009") is about them (contextualise). "Carer:" is not among the labels: in a carer's
// assessment it names the person.
// A parent's word only after "her", "his" or "their": "mother Jane" may be the person herself.
// No comma between: "Attended with her husband, Helen was tearful" names no husband.
const NOT_PARENTS = [...SHE_RELATIVES, ...HE_RELATIVES].filter((w) => !(PARENTS as readonly string[]).includes(w));
const RELATIVE = new RegExp(`\\b(?:(?:her|his|their|my)\\s+(?:${alternation(PARENTS)})|${alternation(NOT_PARENTS)}|partner|friend|flatmate)\\s+(?:(?:mr|mrs|ms|miss)\\.?\\s+)?([A-Z][a-z]{1,15})\\b`, 'g');
const LABEL = /^\s*(?:cared[- ]for(?: person)?|caring for|cares for|person cared for|next of kin|nok|emergency contact|relative|spouse)\s*:\s*(?:(?:her|his|their)\s+)?(?:[a-z]+\s*,\s*)?(?:(?:mr|mrs|ms|miss|dr)\.?\s+)?([A-Z][a-z]{1,15})\b/i;
// Capitalised words that follow a relative without being a name: "Husband Has...", "son Type 1".
const NOT_A_NAME = /^(?:He|She|They|His|Her|Has|Had|Have|Is|Was|Were|And|But|Also|Who|Which|With|Type|The|This|That|Not|No|Now|In|On|At|Of|For|To|From|Says|Said|Reports|Mr|Mrs|Ms|Miss|Dr|Nok|Gp|Pt|Client|Patient|Service|User|Person|Carer|Unknown|None|Nil)$/i;
const MAX_TEXT = 2_000;
const IS_THE_PERSON = /^[^.;\n]{0,40}?(?:\bwho is (?:our|the) (?:client|patient)\b|\((?:the )?(?:client|patient)\))/i;
const TITLED_BEFORE = /\b(?:mr|mrs|ms|miss|dr)\.?\s+[A-Z]/i;

function sentenceBefore(text: string, at: number): string {
  let from = at;
  while (from > 0 && at - from < 200 && !/[.;!?\n]/.test(text[from - 1]!)) from--;
  return text.slice(from, at);
}

// The line opens with a label of someone else: "Caring for: wife, Mrs Janet Cole, 65, who has
// multiple sclerosis" says nothing of the person.
export function labelsOther(text: string): boolean {
  return text.length <= MAX_TEXT && LABEL.test(text);
}

// `relatives`: whether the scan found a relative's word in the text; without one, only a label
// is looked for.
export function othersNamed(text: string, relatives: boolean): string[] | undefined {
  if (text.length > MAX_TEXT) return undefined;
  let names: string[] | undefined;
  const label = LABEL.exec(text);
  if (label && !NOT_A_NAME.test(label[1]!)) (names ??= []).push(label[1]!);
  if (!relatives) return names;
  RELATIVE.lastIndex = 0;
  for (let m = RELATIVE.exec(text); m !== null; m = RELATIVE.exec(text)) {
    // Not the relative of someone else the sentence names ("Mrs Smith brought her son Josh"),
    // though of the person it does ("Ms Jo Green, 30, lives with her partner Sam"); nor one who
    // is the person ("attended with her son Josh", "on behalf of her daughter Chloe", "his
    // daughter Sara, 18, who is our client").
    const before = sentenceBefore(text, m.index);
    const end = m.index + m[0].length;
    if (NOT_A_NAME.test(m[1]!) || (TITLED_BEFORE.test(before) && personNamedBy(before) === undefined)) continue;
    if (bringsThePerson(before + text.slice(m.index, end)) || IS_THE_PERSON.test(text.slice(end, end + 60))) continue;
    (names ??= []).push(m[1]!);
  }
  return names;
}

// The person's own first name, where a line names them: "Client: Janet Cole, 58", "Mr Dave Hill,
// 52". A sentence that opens with it is theirs, whatever name a relative shares.
const PERSON_NAME = /^\s*(?:(?:re|client|patient|pt|name|service user)\s*:\s*)?(?:(?:mr|mrs|ms|miss|mx|dr)\.?\s+)?([A-Z][a-z]{1,15})\s+[A-Z]/i;
const PERSON_LABEL = /^\s*(?:re|client|patient|pt|name|service user)\s*:/i;

// A line that says it names the person: "Name: Brian Fenwick", "Patient: ...".
export function labelsPerson(text: string): boolean {
  return PERSON_LABEL.test(text);
}

export function personFirstName(text: string): string | undefined {
  if (text.length > 200 || (!PERSON_LABEL.test(text) && personNamedBy(text) === undefined)) return undefined;
  const name = PERSON_NAME.exec(text)?.[1];
  return name !== undefined && !NOT_A_NAME.test(name) ? name : undefined;
}
