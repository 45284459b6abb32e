import { browser, type Browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { acceptMessage } from '../../utils/messaging/accept-message.ts';
import { checkBackgroundToContent, checkSidebarToContent } from '../../utils/messaging/check-to-content.ts';
import type { ContentToSidebar } from '../../utils/messaging/messages.ts';
import { SIDEBAR_PORT } from '../../utils/messaging/sidebar-port.ts';
import { dockFrame, type Dock } from '../../utils/host/dock.ts';
import { createSidebarFrame } from '../../utils/host/sidebar-frame.ts';
import { isRendered } from '../../utils/host/is-rendered.ts';
import { keepsLinesByStyle } from '../../utils/host/keeps-lines-by-style.ts';
import { createSliceTimers } from '../../utils/host/slice-timers.ts';
import { watchPageContext, type PageContextUpdate } from '../../utils/host/watch-page-context.ts';

// Registered at run time: on the admin's sites (and the demo origins) it opens by itself; elsewhere
// the toolbar button or shortcut injects it into the current tab only (activeTab).
// Budget: under 30 KB gzipped (DESIGN.md). The sidebar page carries the UI and the schemas; what
// arrives here is checked by hand (utils/messaging/check-to-content.ts), without valibot.
export default defineContentScript({
  matches: ['http://127.0.0.1/*', 'http://localhost/*'],
  registration: 'runtime',
  runAt: 'document_idle',
  main(ctx) {
    if (window.top !== window) return;
    let latest: PageContextUpdate | undefined;
    let dock: Dock | undefined;
    const ports = new Set<Browser.runtime.Port>();

    const send = (message: ContentToSidebar) => ports.forEach((port) => port.postMessage(message));
    const sendContext = () => latest && send({ type: 'content-to-sidebar:context', ...latest });

    // The page is read only while the sidebar is open: closed, it costs the host page nothing.
    let watcher: ReturnType<typeof watchPageContext> | undefined;
    const timers = createSliceTimers(
      { setTimeout: (fn, ms) => ctx.setTimeout(fn, ms), clearTimeout: (id) => clearTimeout(id) },
      (stop) => ctx.onInvalidated(stop),
    );
    const startReading = () => {
      watcher ??= watchPageContext(
        document,
        timers,
        (update) => {
          latest = update;
          sendContext();
        },
        { shown: isRendered, keepsLines: keepsLinesByStyle },
      );
    };
    const stopReading = () => {
      watcher?.stop();
      watcher = undefined;
      latest = undefined;
    };

    const ui = createSidebarFrame(document, ctx, '/sidebar.html', {
      onMount: (wrapper, iframe) => {
        dock = dockFrame(document, wrapper, iframe);
        startReading();
      },
      onRemove: () => {
        stopReading();
        dock?.undock();
        dock = undefined;
      },
    });

    ctx.onInvalidated(stopReading);
    ctx.addEventListener(window, 'wxt:locationchange', () => watcher?.navigated());

    // Only our own extension may connect (web pages cannot reach a content script's onConnect):
    // the sidebar frame itself, or the background relaying it where the frame cannot connect.
    const extensionOrigin = browser.runtime.getURL('/');
    const onConnect = (port: Browser.runtime.Port) => {
      const url = port.sender?.url;
      if (port.name !== SIDEBAR_PORT || port.sender?.id !== browser.runtime.id || (url !== undefined && !url.startsWith(extensionOrigin))) return;
      ports.add(port);
      port.onDisconnect.addListener(() => ports.delete(port));
      port.onMessage.addListener((raw) => {
        const message = acceptMessage(checkSidebarToContent, raw);
        if (!message) return;
        if (message.type === 'sidebar-to-content:ready') sendContext();
        else if (message.type === 'sidebar-to-content:collapse') dock?.setCollapsed(message.collapsed);
        else if (message.type === 'sidebar-to-content:close') ui.remove();
      });
    };
    browser.runtime.onConnect.addListener(onConnect);
    ctx.onInvalidated(() => browser.runtime.onConnect.removeListener(onConnect));

    const onMessage = (raw: unknown) => {
      const message = acceptMessage(checkBackgroundToContent, raw);
      if (message?.type !== 'background-to-content:toggle') return undefined;
      if (dock) ui.remove();
      else ui.mount();
      return Promise.resolve({ open: Boolean(dock) });
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));

    ui.mount();
  },
});
