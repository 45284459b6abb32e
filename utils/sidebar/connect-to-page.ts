import { browser, type Browser } from 'wxt/browser';
import { ContentToSidebarSchema, parseMessage, SIDEBAR_PORT, type ContentToSidebar, type SidebarToContent } from '../messaging/messages.ts';

export interface PageConnection {
  send(message: SidebarToContent): void;
  disconnect(): void;
}

// The sidebar frame talks only to the content script of its own tab's top frame, over a port.
export async function connectToPage(onMessage: (message: ContentToSidebar) => void): Promise<PageConnection> {
  // Firefox gives an extension frame inside a web page no tabs API: there the background, which
  // knows the frame's tab, relays the port to that tab's content script (utils/background/relay-sidebar-port.ts).
  const tabs = browser.tabs as typeof browser.tabs | undefined;
  const tab = tabs?.getCurrent ? await tabs.getCurrent() : undefined;
  if (tabs?.getCurrent && tab?.id === undefined) throw new Error('expected the sidebar to be inside a tab, found none');
  const port: Browser.runtime.Port = tab?.id !== undefined ? browser.tabs.connect(tab.id, { name: SIDEBAR_PORT, frameId: 0 }) : browser.runtime.connect({ name: SIDEBAR_PORT });
  port.onMessage.addListener((raw) => {
    const message = parseMessage(ContentToSidebarSchema, raw);
    if (message) onMessage(message);
  });
  const connection: PageConnection = {
    send: (message) => port.postMessage(message),
    disconnect: () => port.disconnect(),
  };
  connection.send({ type: 'sidebar-to-content:ready' });
  return connection;
}
