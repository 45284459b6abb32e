import { ACTIVITY_LIST, type ActivityConcept } from './activity-list.ts';
import { normaliseLabel } from './normalise-label.ts';

export interface ActivityMatch {
  id: string;
  prefLabel: string;
}

const byLabel = new Map<string, ActivityConcept>();
for (const concept of ACTIVITY_LIST) {
  for (const label of [concept.prefLabel, ...concept.altLabels]) {
    const key = normaliseLabel(label);
    // The first concept to claim a label keeps it, so a list order decides ambiguous words.
    if (!byLabel.has(key)) byLabel.set(key, concept);
  }
}
const byId = new Map(ACTIVITY_LIST.map((c) => [c.id, c]));

export function conceptById(id: string): ActivityConcept | undefined {
  return byId.get(id);
}

// Words directories add around an activity name that do not change what it is.
const FILLER = /\b(?:classes|class|sessions|session|groups|group|clubs|club|courses|course|for beginners|beginners|beginner|taster|drop in|weekly|adult|adults|community|the)\b/g;

function find(key: string): ActivityConcept | undefined {
  return byLabel.get(key) ?? (key.endsWith('s') ? byLabel.get(key.slice(0, -1)) : undefined);
}

// The Activity List concept for a label as written in a spreadsheet or feed, or undefined.
export function matchActivity(label: string): ActivityMatch | undefined {
  if (typeof label !== 'string') return undefined;
  const key = normaliseLabel(label);
  if (key === '') return undefined;
  const concept = find(key) ?? find(key.replace(FILLER, ' ').replace(/\s+/g, ' ').trim());
  return concept ? { id: concept.id, prefLabel: concept.prefLabel } : undefined;
}
