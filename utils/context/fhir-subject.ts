// Whose record a FHIR Bundle is. A Bundle may carry more than one person (a mother and her baby,
// a carer and the one cared for): only the record's subject's resources are read, so the baby's
// birth date is no age of the mother's and a husband's insulin no drug of hers.
//
// NHS Talking Therapies sees adults (some services from 16): a Patient younger than that is a
// child or baby in the record of a parent, never its subject while an older one is in the Bundle.
// Among the rest, the subject is the first Patient, unless another is pointed to by more clinical resources, and
// by two at least (a baby listed before the mother whose record it is; one Condition of a child
// does not make the Bundle the child's). With no Patient in the Bundle, the reference most
// resources point to. A resource that
// points to no one is the subject's: a Bundle of one person often leaves `subject` out.

export type SubjectRef = { reference?: string };
export type Entry = { type: string; fullUrl?: string; id?: string; subject?: SubjectRef; birthDate?: string };
const YOUNGEST_SUBJECT = 16;

const CLINICAL = new Set(['Condition', 'Observation', 'MedicationStatement', 'MedicationRequest', 'FamilyMemberHistory']);

// The names one Patient entry goes by: "Patient/p1", its fullUrl, and a fullUrl's last two parts
// ("https://example.org/fhir/Patient/p1" is referred to as "Patient/p1").
function namesOf(entry: Entry): string[] {
  const names: string[] = [];
  if (entry.id) names.push(`Patient/${entry.id}`);
  if (entry.fullUrl) {
    names.push(entry.fullUrl);
    const m = /(Patient\/[^/]+)$/.exec(entry.fullUrl);
    if (m) names.push(m[1]!);
  }
  return names;
}

function tail(reference: string): string {
  const m = /(Patient\/[^/]+)$/.exec(reference);
  return m ? m[1]! : reference;
}

// Which entries (by index) to read: every Patient entry but the subject's is passed over, as is
// every clinical entry that points to someone else.
export function subjectEntries(entries: readonly Entry[], now: Date): (index: number) => boolean {
  const all = entries.flatMap((e, i) => (e.type === 'Patient' ? [i] : []));
  const grown = all.filter((i) => !isChild(entries[i]!.birthDate, now));
  const patients = grown.length > 0 ? grown : all;
  const pointedAt = new Map<string, number>();
  for (const e of entries) {
    const ref = CLINICAL.has(e.type) ? e.subject?.reference : undefined;
    if (ref) pointedAt.set(tail(ref), (pointedAt.get(tail(ref)) ?? 0) + 1);
  }
  let names: Set<string>;
  let subjectIndex = -1;
  if (patients.length > 0) {
    const countOf = (i: number) => namesOf(entries[i]!).reduce((n, name) => Math.max(n, pointedAt.get(tail(name)) ?? 0), 0);
    subjectIndex = patients[0]!;
    let best = Math.max(countOf(subjectIndex), 1);
    for (const i of patients) {
      const count = countOf(i);
      if (count > best) {
        best = count;
        subjectIndex = i;
      }
    }
    names = new Set(namesOf(entries[subjectIndex]!).map(tail));
  } else {
    let top: string | undefined;
    for (const [ref, n] of pointedAt) if (top === undefined || n > pointedAt.get(top)!) top = ref;
    names = new Set(top === undefined ? [] : [top]);
  }
  return (index) => {
    const e = entries[index]!;
    if (e.type === 'Patient') return index === subjectIndex;
    if (!CLINICAL.has(e.type)) return true;
    const ref = e.subject?.reference;
    return ref === undefined || names.size === 0 || names.has(tail(ref));
  };
}

// Born less than 16 years before `now` ("2015-01-01", "2015"): a year alone counts from its end.
function isChild(birthDate: string | undefined, now: Date): boolean {
  const m = birthDate ? /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(birthDate) : null;
  if (!m) return false;
  const sixteenth = new Date(Date.UTC(Number(m[1]) + YOUNGEST_SUBJECT, m[2] ? Number(m[2]) - 1 : 0, m[3] ? Number(m[3]) : 1));
  return sixteenth.getTime() > now.getTime();
}
