import { browser } from 'wxt/browser';
import { applyPolicy } from '../policy/apply-policy.ts';
import type { Policy } from '../policy/policy-schema.ts';
import { readPolicy } from '../policy/read-policy.ts';
import { toLocalSettings } from '../policy/to-local-settings.ts';
import { repairSettings } from './repair-settings.ts';
import type { Settings } from './schema.ts';

// The one owner of the settings in extension storage. Local storage holds what the admin chose
// here; the enterprise policy (storage.managed) is laid over it on every read, so what callers
// get is always the effective settings.
const KEY = 'settings';

export interface SettingsWithLocks {
  settings: Settings;
  locked: Set<keyof Settings>;
  policy: Policy;
  // Policy entries that were invalid and ignored, for the options page to show.
  policyIssues: string[];
}

async function loadLocal(): Promise<Settings> {
  const stored = await browser.storage.local.get(KEY);
  const { settings, repaired } = repairSettings(stored[KEY]);
  if (repaired.length > 0) await browser.storage.local.set({ [KEY]: settings });
  return settings;
}

export async function loadSettingsWithLocks(): Promise<SettingsWithLocks> {
  const [local, { policy, repaired }] = await Promise.all([loadLocal(), readPolicy()]);
  const { settings, locked } = applyPolicy(local, policy);
  return { settings, locked, policy, policyIssues: repaired };
}

export async function loadSettings(): Promise<Settings> {
  return (await loadSettingsWithLocks()).settings;
}

// Saves effective settings (as loadSettings returns them, edited). Throws, naming the field, when
// the change touches something the policy sets; nothing is written then.
export async function saveSettings(settings: Settings): Promise<Settings> {
  const { settings: clean } = repairSettings(settings);
  const [local, { policy }] = await Promise.all([loadLocal(), readPolicy()]);
  const nextLocal = toLocalSettings(clean, local, policy);
  await browser.storage.local.set({ [KEY]: nextLocal });
  return applyPolicy(nextLocal, policy).settings;
}

// Fires with the effective settings when the local settings or the policy change.
export function onSettingsChanged(listener: (settings: Settings) => void): () => void {
  const handler = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if ((area === 'local' && KEY in changes) || area === 'managed') void loadSettings().then(listener);
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}
