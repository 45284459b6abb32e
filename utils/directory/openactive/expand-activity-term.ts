import { ACTIVITY_LIST } from './activity-list.ts';
import { conceptById, matchActivity } from './match-activity.ts';

const narrower = new Map<string, string[]>();
for (const concept of ACTIVITY_LIST) {
  for (const parent of concept.broader) narrower.set(parent, [...(narrower.get(parent) ?? []), concept.id]);
}

// A search term plus its synonyms and everything narrower ("yoga" → "Hatha Yoga", "Vinyasa Yoga",
// "flow yoga"...), so searching for the general activity finds the specific sessions. Labels keep
// their own case; compare case-insensitively. An unknown term comes back on its own.
export function expandActivityTerm(term: string): string[] {
  const out = new Set<string>([term]);
  const match = typeof term === 'string' ? matchActivity(term) : undefined;
  if (!match) return [...out];
  const seen = new Set<string>();
  const queue = [match.id];
  while (queue.length > 0) {
    const id = queue.shift()!;
    if (seen.has(id)) continue;
    seen.add(id);
    const concept = conceptById(id);
    if (!concept) continue;
    out.add(concept.prefLabel);
    for (const alt of concept.altLabels) out.add(alt);
    queue.push(...(narrower.get(id) ?? []));
  }
  return [...out];
}
