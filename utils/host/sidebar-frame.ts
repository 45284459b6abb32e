import { browser } from 'wxt/browser';

export interface SidebarFrameHooks {
  onMount(wrapper: HTMLDivElement, iframe: HTMLIFrameElement): void;
  onRemove(): void;
}

export interface SidebarFrame {
  mount(): void;
  remove(): void;
}

// The sidebar page in an iframe appended to the page's <body>: what WXT's createIframeUi does with
// position "inline", without its positioning and auto-mount code (about 2 KB gzipped, mostly an
// element watcher this script never uses), which the content script's 30 KB budget cannot spare.
// As with createIframeUi, the frame is removed when the content script is invalidated.
export function createSidebarFrame(
  doc: Document,
  ctx: { onInvalidated(cb: () => void): unknown },
  page: '/sidebar.html',
  hooks: SidebarFrameHooks,
): SidebarFrame {
  const wrapper = doc.createElement('div');
  const iframe = doc.createElement('iframe');
  iframe.src = browser.runtime.getURL(page);
  wrapper.append(iframe);

  const frame: SidebarFrame = {
    mount() {
      const body = doc.querySelector('body');
      if (!body) throw new Error('expected a <body> to hold the sidebar, found none');
      body.append(wrapper);
      hooks.onMount(wrapper, iframe);
    },
    remove() {
      hooks.onRemove();
      wrapper.remove();
    },
  };
  ctx.onInvalidated(() => frame.remove());
  return frame;
}
