import { effect } from '@preact/signals';
import type { SidebarState } from './sidebar-state.ts';

// Runs `work` when the browser is idle, with the idle time left in ms when the browser says;
// returns a cancel.
export type IdleScheduler = (work: (idleMs?: number) => void) => () => void;

// A slice of idle time: short enough that a click in the sidebar is never kept waiting.
const SLICE_MS = 8;

// Once the sidebar has a directory and a person, the search is prepared in idle slices: the
// person's safety verdicts over the whole directory, then the text postings. With a large
// directory the first search at any distance, or the first with a text filter, would otherwise
// judge or index everything while the therapist waits (about 0.3 s each at 100,000 activities).
// A new person or a new directory starts again; stopping cancels what is scheduled.
export function prepareSearchWhenIdle(state: SidebarState, idle: IdleScheduler): () => void {
  let cancel: (() => void) | undefined;
  const stopEffect = effect(() => {
    const index = state.index.value;
    const context = state.context.value;
    cancel?.();
    cancel = undefined;
    if (!index || !state.connected.value) return;
    const slice = (idleMs?: number) => {
      cancel = undefined;
      // No longer than the browser's idle period, and at least a little, so it moves on.
      const budget = Math.max(1, Math.min(SLICE_MS, idleMs ?? SLICE_MS));
      if (!index.prepare(context, budget)) cancel = idle(slice);
    };
    cancel = idle(slice);
  });
  return () => {
    stopEffect();
    cancel?.();
  };
}

// requestIdleCallback where the browser has it (Safari, which may host the widget, has not).
export const browserIdle: IdleScheduler = (work) => {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback((deadline) => work(deadline.timeRemaining()), { timeout: 1000 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(work, 50);
  return () => clearTimeout(id);
};
