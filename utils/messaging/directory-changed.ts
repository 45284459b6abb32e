import { browser } from 'wxt/browser';

// Extension pages and the sidebar frame learn that a directory was published or rolled back through
// extension storage: it reaches every extension context, including frames inside web pages, where
// BroadcastChannel is partitioned by the embedding site. The value is a time, never data.
const KEY = 'directoryChangedAt';

export async function announceDirectoryChanged(): Promise<void> {
  await browser.storage.local.set({ [KEY]: Date.now() });
}

export function onDirectoryChanged(listener: () => void): () => void {
  const handler = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && KEY in changes) listener();
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}
