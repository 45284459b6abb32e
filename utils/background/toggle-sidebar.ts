import { browser, type Browser } from 'wxt/browser';
import type { BackgroundToContent } from '../messaging/messages.ts';
import { CONTENT_SCRIPT_FILE } from './register-sites.ts';

// Toolbar button or shortcut: toggle the sidebar in the tab's page if our script is there,
// otherwise inject it (activeTab grants this one tab, no host permission needed), which opens it.
export async function toggleSidebar(tab: Browser.tabs.Tab | undefined): Promise<void> {
  if (tab?.id === undefined || !/^https?:/.test(tab.url ?? 'http:')) return;
  const message: BackgroundToContent = { type: 'background-to-content:toggle' };
  try {
    await browser.tabs.sendMessage(tab.id, message, { frameId: 0 });
    return;
  } catch {
    // No receiver: the script is not in this page yet.
  }
  if (browser.scripting?.executeScript) {
    await browser.scripting.executeScript({ target: { tabId: tab.id }, files: [CONTENT_SCRIPT_FILE] });
  } else {
    const tabs = browser.tabs as unknown as { executeScript(tabId: number, details: { file: string }): Promise<unknown> };
    await tabs.executeScript(tab.id, { file: CONTENT_SCRIPT_FILE });
  }
}
