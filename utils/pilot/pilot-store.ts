import { browser } from 'wxt/browser';
import { emptyPilotCounts, type PilotCounts } from './pilot-counts-schema.ts';
import { repairPilotCounts } from './repair-pilot-counts.ts';

// The one owner of the pilot counts in extension storage (this browser only, never sent).
export const PILOT_COUNTS_KEY = 'pilotCounts';

export async function loadPilotCounts(): Promise<PilotCounts> {
  const stored = await browser.storage.local.get(PILOT_COUNTS_KEY);
  const { counts, repaired } = repairPilotCounts(stored[PILOT_COUNTS_KEY]);
  if (repaired.length > 0) await browser.storage.local.set({ [PILOT_COUNTS_KEY]: counts });
  return counts;
}

export async function savePilotCounts(counts: PilotCounts): Promise<void> {
  await browser.storage.local.set({ [PILOT_COUNTS_KEY]: repairPilotCounts(counts).counts });
}

export async function resetCounts(): Promise<PilotCounts> {
  const empty = emptyPilotCounts();
  await browser.storage.local.set({ [PILOT_COUNTS_KEY]: empty });
  return empty;
}

export function onPilotCountsChanged(listener: (counts: PilotCounts) => void): () => void {
  const handler = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && PILOT_COUNTS_KEY in changes) listener(repairPilotCounts(changes[PILOT_COUNTS_KEY]?.newValue).counts);
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}
