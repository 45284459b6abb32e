import { computed, signal } from '@preact/signals';
import { emptyPilotCounts, type PilotCounts } from '../pilot/pilot-counts-schema.ts';
import { summarisePilotCounts } from '../pilot/summarise-pilot-counts.ts';

export interface PilotServices {
  loadCounts(): Promise<PilotCounts>;
  resetCounts(): Promise<PilotCounts>;
  now?: () => Date;
}

// The pilot counts panel's state. Switching counts on or off is a setting (options-state.ts).
export function createPilotState(services: PilotServices) {
  const counts = signal<PilotCounts>(emptyPilotCounts());
  const summary = computed(() => summarisePilotCounts(counts.value, services.now?.() ?? new Date()));
  return {
    counts,
    summary,
    actions: {
      async load() {
        counts.value = await services.loadCounts();
      },
      receive(next: PilotCounts) {
        counts.value = next;
      },
      async reset() {
        counts.value = await services.resetCounts();
      },
    },
  };
}

export type PilotState = ReturnType<typeof createPilotState>;
