import { browser, type Browser } from 'wxt/browser';
import { SIDEBAR_PORT } from '../messaging/messages.ts';

// Where the sidebar frame cannot reach its tab's content script itself (Firefox), it connects here
// and the background joins it to the content script of the frame's own tab. Messages pass through
// in memory; nothing is kept.
export function relaySidebarPort(port: Browser.runtime.Port): void {
  const sidebarUrl = browser.runtime.getURL('/sidebar.html');
  const tabId = port.sender?.tab?.id;
  if (port.name !== SIDEBAR_PORT || port.sender?.id !== browser.runtime.id || !port.sender?.url?.startsWith(sidebarUrl) || tabId === undefined) return;
  const page = browser.tabs.connect(tabId, { name: SIDEBAR_PORT, frameId: 0 });
  port.onMessage.addListener((message) => page.postMessage(message));
  page.onMessage.addListener((message) => port.postMessage(message));
  port.onDisconnect.addListener(() => page.disconnect());
  page.onDisconnect.addListener(() => port.disconnect());
}
