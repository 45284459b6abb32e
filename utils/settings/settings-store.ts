import { browser } from 'wxt/browser';
import { repairSettings } from './repair-settings.ts';
import type { Settings } from './schema.ts';

// The one owner of the settings in extension storage.
const KEY = 'settings';

export async function loadSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(KEY);
  const { settings, repaired } = repairSettings(stored[KEY]);
  if (repaired.length > 0) await browser.storage.local.set({ [KEY]: settings });
  return settings;
}

export async function saveSettings(settings: Settings): Promise<Settings> {
  const { settings: clean } = repairSettings(settings);
  await browser.storage.local.set({ [KEY]: clean });
  return clean;
}

export function onSettingsChanged(listener: (settings: Settings) => void): () => void {
  const handler = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && KEY in changes) listener(repairSettings(changes[KEY]?.newValue).settings);
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}
