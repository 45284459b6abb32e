import { countEvent } from './count-event.ts';
import { dayKey } from './day-key.ts';
import type { PilotCounts } from './pilot-counts-schema.ts';
import { parsePilotEvent } from './pilot-event.ts';

export interface PilotRecorderDeps {
  enabled(): Promise<boolean>;
  load(): Promise<PilotCounts>;
  save(counts: PilotCounts): Promise<void>;
  now?: () => Date;
}

// Adds events to the stored counts when pilot counts are on; does nothing at all when they are
// off (nothing read, nothing written). Records from one page run one after another so two quick
// events cannot overwrite each other's count.
export function createPilotRecorder(deps: PilotRecorderDeps) {
  let queue: Promise<unknown> = Promise.resolve();
  return {
    async record(event: unknown): Promise<void> {
      // Checked first, on or off: a caller passing the wrong shape hears about it in every test.
      const parsed = parsePilotEvent(event);
      const run = queue.then(async () => {
        if (!(await deps.enabled())) return;
        const counts = await deps.load();
        await deps.save(countEvent(counts, parsed, dayKey(deps.now?.() ?? new Date())));
      });
      queue = run.catch(() => undefined);
      await run;
    },
  };
}

export type PilotRecorder = ReturnType<typeof createPilotRecorder>;
