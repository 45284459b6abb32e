import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { registerSites } from '../utils/background/register-sites.ts';
import { toggleSidebar } from '../utils/background/toggle-sidebar.ts';
import { seedSamplePack } from '../utils/background/seed-sample-pack.ts';
import { REFRESH_ALARM, refreshDueSources } from '../utils/background/refresh-due-sources.ts';
import { loadSettings, onSettingsChanged } from '../utils/settings/settings-store.ts';

export default defineBackground(() => {
  const refreshRegistrations = async () => registerSites((await loadSettings()).sites);

  browser.runtime.onInstalled.addListener(async ({ reason }) => {
    if (reason === 'install') await seedSamplePack();
    await refreshRegistrations();
  });
  browser.runtime.onStartup.addListener(() => void refreshRegistrations());
  onSettingsChanged((settings) => void registerSites(settings.sites));
  browser.permissions.onAdded.addListener(() => void refreshRegistrations());
  browser.permissions.onRemoved.addListener(() => void refreshRegistrations());

  const action = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
  action.onClicked.addListener((tab) => void toggleSidebar(tab));
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === 'toggle-sidebar') void toggleSidebar(tab);
  });

  void browser.alarms.create(REFRESH_ALARM, { periodInMinutes: 60, delayInMinutes: 1 });
  browser.alarms.onAlarm.addListener(async (alarm) => {
    if (alarm.name === REFRESH_ALARM) await refreshDueSources((await loadSettings()).packSources);
  });
});
