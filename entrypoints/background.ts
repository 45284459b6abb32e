import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { registerSites } from '../utils/background/register-sites.ts';
import { toggleSidebar } from '../utils/background/toggle-sidebar.ts';
import { relaySidebarPort } from '../utils/background/relay-sidebar-port.ts';
import { seedSamplePack } from '../utils/background/seed-sample-pack.ts';
import { importPolicyPacks } from '../utils/background/import-policy-packs.ts';
import { REFRESH_ALARM, refreshDueSources } from '../utils/background/refresh-due-sources.ts';
import { readPolicy } from '../utils/policy/read-policy.ts';
import { checkStoredDirectory } from '../utils/background/check-stored-directory.ts';
import { loadSettings, onSettingsChanged } from '../utils/settings/settings-store.ts';

export default defineBackground(() => {
  const refreshRegistrations = async () => registerSites((await loadSettings()).sites);

  // One run at a time: install, startup, a policy change and the alarm can all ask at once.
  let policyImport: Promise<unknown> | undefined;
  const importFromPolicy = () => {
    policyImport ??= readPolicy()
      .then(({ policy }) => importPolicyPacks(policy.packSources ?? []))
      .finally(() => (policyImport = undefined));
    return policyImport;
  };

  browser.runtime.onInstalled.addListener(async ({ reason }) => {
    // Sites first and on their own: the sidebar must open even if a directory fails to load.
    await refreshRegistrations().catch((error: unknown) => console.error('PA Signpost: registering sites failed', error));
    // A service whose policy names its own directory never sees the synthetic sample beside it.
    const { policy } = await readPolicy();
    if (reason === 'install' && !policy.packSources?.length) await seedSamplePack();
    await importFromPolicy();
  });
  browser.runtime.onStartup.addListener(() => {
    void checkStoredDirectory();
    void importFromPolicy();
    void refreshRegistrations();
  });
  onSettingsChanged((settings) => {
    void registerSites(settings.sites);
    void importFromPolicy();
  });
  browser.permissions.onAdded.addListener(() => void refreshRegistrations());
  browser.permissions.onRemoved.addListener(() => void refreshRegistrations());

  browser.runtime.onConnect.addListener(relaySidebarPort);

  const action = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
  action.onClicked.addListener((tab) => void toggleSidebar(tab));
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === 'toggle-sidebar') void toggleSidebar(tab);
  });

  void browser.alarms.create(REFRESH_ALARM, { periodInMinutes: 60, delayInMinutes: 1 });
  browser.alarms.onAlarm.addListener(async (alarm) => {
    if (alarm.name !== REFRESH_ALARM) return;
    await importFromPolicy();
    await refreshDueSources((await loadSettings()).packSources);
  });
});
