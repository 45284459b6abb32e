import { afterEach, describe, expect, it, vi } from 'vitest';
import { createSidebarFrame } from '../../../utils/host/sidebar-frame.ts';

// happy-dom loads no frames: for each frame mounted here it prints "Iframe page loading is
// disabled" on a console the test cannot reach. Expected, and harmless.
afterEach(() => {
  document.body.innerHTML = '';
});

function fakeContext() {
  const listeners: Array<() => void> = [];
  return { onInvalidated: (cb: () => void) => listeners.push(cb), invalidate: () => listeners.forEach((cb) => cb()) };
}

describe('createSidebarFrame', () => {
  it('appends the sidebar page last in <body> on mount, and hands over its wrapper and frame', () => {
    document.body.innerHTML = '<main>record</main>';
    const onMount = vi.fn();
    const frame = createSidebarFrame(document, fakeContext(), '/sidebar.html', { onMount, onRemove: vi.fn() });
    expect(document.querySelector('iframe')).toBeNull();
    frame.mount();
    const wrapper = document.body.lastElementChild as HTMLDivElement;
    const iframe = wrapper.querySelector('iframe')!;
    expect(wrapper.tagName).toBe('DIV');
    expect(iframe.src).toMatch(/^chrome-extension:\/\/[^/]+\/sidebar\.html$/);
    expect(onMount).toHaveBeenCalledWith(wrapper, iframe);
  });

  it('removes the frame after telling its owner, and mounts again when asked', () => {
    const order: string[] = [];
    const frame = createSidebarFrame(document, fakeContext(), '/sidebar.html', {
      onMount: () => order.push('mount'),
      onRemove: () => order.push(`remove (in page: ${document.querySelectorAll('iframe').length})`),
    });
    frame.mount();
    frame.remove();
    expect(document.querySelector('iframe')).toBeNull();
    frame.mount();
    expect(document.querySelectorAll('iframe')).toHaveLength(1);
    expect(order).toEqual(['mount', 'remove (in page: 1)', 'mount']);
  });

  it('is removed when the content script is invalidated (extension updated or disabled)', () => {
    const ctx = fakeContext();
    const onRemove = vi.fn();
    createSidebarFrame(document, ctx, '/sidebar.html', { onMount: vi.fn(), onRemove }).mount();
    ctx.invalidate();
    expect(onRemove).toHaveBeenCalledOnce();
    expect(document.querySelector('iframe')).toBeNull();
  });

  it('fails loudly on a page without a <body>', () => {
    const doc = document.implementation.createDocument('http://www.w3.org/2000/svg', 'svg', null);
    const onMount = vi.fn();
    const frame = createSidebarFrame(doc, fakeContext(), '/sidebar.html', { onMount, onRemove: vi.fn() });
    expect(() => frame.mount()).toThrow('expected a <body> to hold the sidebar, found none');
    expect(onMount).not.toHaveBeenCalled();
  });
});
