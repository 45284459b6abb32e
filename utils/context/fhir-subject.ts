// Whose record a FHIR Bundle is. A Bundle may carry more than one person (a mother and her baby,
// a carer and the one cared for): only the record's subject's resources are read, so the baby's
// birth date is no age of the mother's and a husband's insulin no drug of hers.
//
// NHS Talking Therapies sees adults (some services from 16): a Patient younger than that is a
// child or baby in the record of a parent, never its subject while an older one is in the Bundle.
// Among the rest, the subject is the first, unless no resource points to it and some point to
// another (a carer's Patient listed first): then the one most point to. Which of two adults the
// record is about is otherwise a guess, so the first stays (an export lists its subject first).
// With no Patient in the Bundle, the reference most resources point to.
//
// Passed over: what points to another Patient of the Bundle, and what points by id to a Patient
// not in it ("Patient/p9" where the subject is "Patient/p1": another person's anorexia or PHQ-9
// in a search result). A resource that points to no one, or by a reference this cannot compare
// ("Patient?identifier=...", "Patient/p1" where the subject Patient has no id), is the subject's:
// leaving out the person's own insulin or falls would be worse than showing someone else's.

export type SubjectRef = { reference?: string };
export type Entry = { type: string; fullUrl?: string; id?: string; subject?: SubjectRef; birthDate?: string };
const YOUNGEST_SUBJECT = 16;

const CLINICAL = new Set(['Condition', 'Observation', 'MedicationStatement', 'MedicationRequest', 'FamilyMemberHistory']);
// "https://example.org/fhir/Patient/p1/_history/2" is "Patient/p1".
// A reference by a Patient's id, as key() gives it.
const BY_ID = /^Patient\/[^/?#]+$/;
const PATIENT_TAIL = /(?:^|\/)patient\/([^/?#]+)(?:\/_history\/[^/?#]+)?$/i;

// The names one Patient entry goes by: "Patient/p1", "urn:uuid:p1", and its fullUrl.
function namesOf(entry: Entry): string[] {
  const names: string[] = [];
  if (entry.id) names.push(`Patient/${entry.id}`, `urn:uuid:${entry.id}`);
  if (entry.fullUrl) names.push(key(entry.fullUrl));
  return [...new Set(names)];
}

function key(reference: string): string {
  const m = PATIENT_TAIL.exec(reference);
  return m ? `Patient/${m[1]!}` : reference;
}

// Whom a clinical entry points to, by key; undefined for other entries and for one that points to no one.
function pointsTo(entry: Entry): string | undefined {
  const ref = CLINICAL.has(entry.type) ? entry.subject?.reference : undefined;
  return ref === undefined ? undefined : key(ref);
}

// Which entries (by index) to read: every Patient entry but the subject's is passed over, as is
// every clinical entry that points to another of them.
export function subjectEntries(entries: readonly Entry[], now: Date): (index: number) => boolean {
  const all = entries.flatMap((e, i) => (e.type === 'Patient' ? [i] : []));
  const grown = all.filter((i) => !isChild(entries[i]!.birthDate, now));
  const patients = grown.length > 0 ? grown : all;
  const pointedAt = new Map<string, number>();
  for (const e of entries) {
    const ref = pointsTo(e);
    if (ref) pointedAt.set(ref, (pointedAt.get(ref) ?? 0) + 1);
  }
  if (patients.length === 0) {
    let top: string | undefined;
    for (const [ref, n] of pointedAt) if (top === undefined || n > pointedAt.get(top)!) top = ref;
    return (index) => {
      const ref = pointsTo(entries[index]!);
      return ref === undefined || top === undefined || ref === top;
    };
  }
  const countOf = (i: number) => namesOf(entries[i]!).reduce((n, name) => n + (pointedAt.get(name) ?? 0), 0);
  let subjectIndex = patients[0]!;
  if (countOf(subjectIndex) === 0) {
    let best = 0;
    for (const i of patients) {
      const count = countOf(i);
      if (count > best) {
        best = count;
        subjectIndex = i;
      }
    }
  }
  const subject = new Set(namesOf(entries[subjectIndex]!));
  const others = new Set(all.filter((i) => i !== subjectIndex).flatMap((i) => namesOf(entries[i]!)));
  const subjectId = entries[subjectIndex]!.id !== undefined;
  return (index) => {
    const e = entries[index]!;
    if (e.type === 'Patient') return index === subjectIndex;
    const ref = pointsTo(e);
    if (ref === undefined || subject.has(ref)) return true;
    return !others.has(ref) && !(subjectId && BY_ID.test(ref));
  };
}

// Born less than 16 years before `now` ("2015-01-01", "2015"): a year alone counts from its end.
function isChild(birthDate: string | undefined, now: Date): boolean {
  const m = birthDate ? /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(birthDate) : null;
  if (!m) return false;
  const sixteenth = new Date(Date.UTC(Number(m[1]) + YOUNGEST_SUBJECT, m[2] ? Number(m[2]) - 1 : 0, m[3] ? Number(m[3]) : 1));
  return sixteenth.getTime() > now.getTime();
}
