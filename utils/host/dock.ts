// Docks the sidebar frame on the right. The page is narrowed (margin on <html>) rather than
// covered, so the record's own controls stay reachable; collapsed, only a slim strip remains.

export const UI_ATTRIBUTE = 'data-pa-signpost-ui';
export const OPEN_WIDTH = 380;
export const COLLAPSED_WIDTH = 48;

export interface Dock {
  setCollapsed(collapsed: boolean): void;
  undock(): void;
}

export function dockFrame(doc: Document, wrapper: HTMLElement, iframe: HTMLIFrameElement): Dock {
  const html = doc.documentElement;
  const originalMargin = html.style.marginRight;
  wrapper.setAttribute(UI_ATTRIBUTE, '');
  Object.assign(wrapper.style, {
    position: 'fixed',
    top: '0',
    right: '0',
    height: '100vh',
    zIndex: '2147483646',
    display: 'block',
    boxShadow: '-2px 0 6px rgba(33, 43, 50, 0.25)',
    background: '#f0f4f5',
  } satisfies Partial<CSSStyleDeclaration>);
  Object.assign(iframe.style, { width: '100%', height: '100%', border: '0', display: 'block' } satisfies Partial<CSSStyleDeclaration>);
  iframe.title = 'PA Signpost: physical activity advice and local options';
  // Copying the note from inside the frame needs the clipboard permission delegated to it.
  iframe.allow = 'clipboard-write';

  const apply = (collapsed: boolean) => {
    const width = collapsed ? COLLAPSED_WIDTH : Math.min(OPEN_WIDTH, Math.max(COLLAPSED_WIDTH, doc.defaultView?.innerWidth ?? OPEN_WIDTH));
    wrapper.style.width = `${width}px`;
    html.style.marginRight = `${width}px`;
    wrapper.dataset.collapsed = String(collapsed);
  };
  apply(false);
  return {
    setCollapsed: apply,
    undock() {
      html.style.marginRight = originalMargin;
    },
  };
}

export function isOwnNode(node: Node | null): boolean {
  const element = node instanceof Element ? node : node?.parentElement;
  return Boolean(element?.closest(`[${UI_ATTRIBUTE}]`));
}
