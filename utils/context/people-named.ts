import { relativeSexBit } from './lexicon/relatives.ts';
import { labelsOther, labelsPerson, othersNamed, personFirstName } from './others-named.ts';
import { personNamedBy, speaksOfCaring } from './relative-scope.ts';
import { ROLE_BIT } from './roles.ts';
import type { Hit } from './scan.ts';

// Who a block says the person and the people around them are, for the merge to tell whose a
// sentence is (contextualise). One object, set only on the few blocks that say any of it, so
// that the common block's findings keep one shape.
export type PeopleNamed = {
  // The block names the person by a title ("Re: Mrs Jones, 72"); `carer`: as "Carer: ...".
  personSex?: { sex: 'she' | 'he'; firm: boolean; carer?: true };
  // Words of a carer's own record ("Cares for her husband"): see speaksOfCaring.
  caring?: true;
  // Words of a parent and infant record ("Parent and infant referral", "Mother and baby unit"), where
  // "Mother:" and "Mother's scores" are the person's.
  perinatal?: true;
  // The person is a carer, though the record is theirs ("Is a carer for her mother", "Caring
  // role: cares for husband"): what is said under "Impact on carer:" is theirs.
  personCares?: true;
  // Relatives the block names by a word of their sex ("husband", "her mother"): SHE_BIT, HE_BIT.
  sexes?: number;
  // First names of others the block gives ("her husband Brian"): see others-named.ts.
  others?: string[];
  // The person's first name ("Client: Janet Cole"); `label`: a label names the person, title or
  // not ("Name: Brian Fenwick").
  personName?: string;
  label?: true;
  // The block opens with a label of someone else ("Caring for: wife, Mrs Janet Cole, 65, who has
  // multiple sclerosis"): all it says is theirs.
  ofOther?: true;
};

const PERSON_CARES = /^\s*(?:[A-Za-z' ]{1,20}:\s*)?(?:(?:she|he|pt|patient|client)\s+)?(?:is\s+(?:a|the|her|his|their)?\s*(?:main\s+|primary\s+|sole\s+|full[- ]time\s+|unpaid\s+|young\s+)?carer\s+(?:for|to|of)\b|caring (?:role|responsibilities)\s*:|cares for\s+(?:her|his|their)\b)/i;
// Not "Perinatal referral": the person may be pregnant, and "Mother:" her own mother.
const PARENT_INFANT = /\b(?:parent[- ](?:and[- ])?infant|mother[- ]and[- ]baby|infant mental health|pimh)\b/i;

// A capitalised word (maybe after a title) right after a relative's word: a name may follow.
const NAME_NEXT = /^\s*,?\s+(?:(?:[Mm]rs?|[Mm]s|[Mm]iss)\.?\s+)?[A-Z][a-z]/;

// A relative's word: "husband", "her mother", "friend".
function namesRelative(hit: Hit): boolean {
  if ((hit.mask & ROLE_BIT.trigger) === 0) return false;
  for (const r of hit.roles) if (r.kind === 'trigger' && r.dim === 'family') return true;
  return false;
}

export function peopleNamed(text: string, hits: readonly Hit[]): PeopleNamed | undefined {
  let people: PeopleNamed | undefined;
  // Read from the start of the line only: "Mrs Joan Reid, 70, carer for her husband; ..." names her.
  const personSex = personNamedBy(text.length <= 120 ? text : text.slice(0, 120));
  if (personSex) (people ??= {}).personSex = personSex;
  // Asked only of text with "car" in it (carer, caring, cared for).
  if (text.includes('car') || text.includes('Car') || text.includes('CAR')) {
    if (speaksOfCaring(text)) (people ??= {}).caring = true;
    if (text.length <= 200 && PERSON_CARES.test(text)) (people ??= {}).personCares = true;
  }
  if (text.length <= 200 && (text.includes('nfant') || text.includes('aby') || text.includes('IMH') || text.includes('imh')) && PARENT_INFANT.test(text)) (people ??= {}).perinatal = true;
  let nameMayFollow = false;
  let sexes = 0;
  for (const hit of hits) {
    if (!namesRelative(hit)) continue;
    sexes |= relativeSexBit(text.slice(hit.start, hit.end));
    if (!nameMayFollow && NAME_NEXT.test(text.slice(hit.end, hit.end + 16))) nameMayFollow = true;
  }
  if (sexes !== 0) (people ??= {}).sexes = sexes;
  const others = othersNamed(text, nameMayFollow);
  if (others) {
    (people ??= {}).others = others;
    if (labelsOther(text)) people.ofOther = true;
  }
  const personName = personFirstName(text);
  if (personName) (people ??= {}).personName = personName;
  if (labelsPerson(text)) (people ??= {}).label = true;
  return people;
}
