import { loadSettings } from '../settings/settings-store.ts';
import { createPilotRecorder } from './create-pilot-recorder.ts';
import type { PilotEvent } from './pilot-event.ts';
import { loadPilotCounts, savePilotCounts } from './pilot-store.ts';

const recorder = createPilotRecorder({
  enabled: async () => (await loadSettings()).pilotCounts,
  load: loadPilotCounts,
  save: savePilotCounts,
});

// The sidebar's one call. A no-op unless pilot counts are on (settings or policy); throws on an
// event that does not fit PilotEventSchema.
export function recordPilotEvent(event: PilotEvent): Promise<void> {
  return recorder.record(event);
}
