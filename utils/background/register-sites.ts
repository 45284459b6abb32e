import { browser } from 'wxt/browser';
import type { Site } from '../settings/schema.ts';

export const CONTENT_SCRIPT_FILE = '/content-scripts/clinical.js';
const REGISTRATION_ID = 'pa-signpost-sites';

// Registers the content script on the admin's sites for which host permission has been granted.
// Sites without permission are skipped (the options page shows them as "needs permission").
export async function registerSites(sites: readonly Site[]): Promise<string[]> {
  const granted: string[] = [];
  for (const site of sites) {
    if (await browser.permissions.contains({ origins: [site.pattern] })) granted.push(site.pattern);
  }
  const scripting = browser.scripting;
  if (scripting?.registerContentScripts) {
    const existing = await scripting.getRegisteredContentScripts({ ids: [REGISTRATION_ID] });
    if (existing.length > 0) await scripting.unregisterContentScripts({ ids: [REGISTRATION_ID] });
    if (granted.length > 0) {
      await scripting.registerContentScripts([
        { id: REGISTRATION_ID, matches: granted, js: [CONTENT_SCRIPT_FILE.slice(1)], runAt: 'document_idle', allFrames: false },
      ]);
    }
  } else {
    await registerWithContentScriptsApi(granted);
  }
  return granted;
}

// Firefox MV2 without scripting.registerContentScripts: the older contentScripts API.
let firefoxRegistration: { unregister(): Promise<void> } | undefined;
async function registerWithContentScriptsApi(granted: string[]) {
  const api = (browser as unknown as { contentScripts?: { register(options: unknown): Promise<{ unregister(): Promise<void> }> } }).contentScripts;
  if (!api) return;
  await firefoxRegistration?.unregister();
  firefoxRegistration = granted.length > 0 ? await api.register({ matches: granted, js: [{ file: CONTENT_SCRIPT_FILE }], runAt: 'document_idle' }) : undefined;
}
