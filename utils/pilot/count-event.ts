import { matchActivity } from '../directory/openactive/match-activity.ts';
import { RETAINED_DAYS, type PilotCounts } from './pilot-counts-schema.ts';
import type { PilotEvent } from './pilot-event.ts';
import { ALL, gapKey, NO_GROUP, OTHER_ACTIVITY, type PilotMeasure } from './pilot-measures.ts';

// The counters one event adds to: each is a measure and a key from that measure's closed vocabulary.
export function eventIncrements(event: PilotEvent): { measure: PilotMeasure; key: string }[] {
  switch (event.type) {
    case 'sidebar-open':
      return [{ measure: 'sidebar-opens', key: ALL }];
    case 'script-shown': {
      const groups = [...new Set(event.groups)];
      return [
        { measure: 'scripts-by-length', key: event.length },
        ...(groups.length > 0 ? groups : [NO_GROUP]).map((key) => ({ measure: 'scripts-by-condition-group' as const, key })),
      ];
    }
    case 'signpost': {
      // One activity counts once per Activity List type it names; anything unmatched is "other".
      const types = new Set(event.activityLabels.map((label) => matchActivity(label)?.prefLabel).filter((t): t is string => t !== undefined));
      return (types.size > 0 ? [...types] : [OTHER_ACTIVITY]).map((key) => ({ measure: 'signposts-by-activity' as const, key }));
    }
    case 'note-copied':
      return [{ measure: 'notes-copied', key: ALL }];
    case 'handout-printed':
      return [{ measure: 'handouts-printed', key: ALL }];
    case 'provision-gap':
      return [{ measure: 'provision-gaps', key: gapKey(event.gap) }];
  }
}

// A new copy of the counts with the event added on `day`, keeping the newest RETAINED_DAYS days.
export function countEvent(counts: PilotCounts, event: PilotEvent, day: string): PilotCounts {
  const today = { ...counts.days[day] };
  for (const { measure, key } of eventIncrements(event)) {
    const keys = { ...today[measure] };
    keys[key] = (keys[key] ?? 0) + 1;
    today[measure] = keys;
  }
  return retainDays({ ...counts, days: { ...counts.days, [day]: today } });
}

export function retainDays(counts: PilotCounts, limit = RETAINED_DAYS): PilotCounts {
  const days = Object.keys(counts.days).sort();
  if (days.length <= limit) return counts;
  const kept = new Set(days.slice(-limit));
  return { ...counts, days: Object.fromEntries(Object.entries(counts.days).filter(([day]) => kept.has(day))) };
}
