import type { Timers } from './watch-page-context.ts';

// The page watcher's timers, with zero-delay callbacks posted through a MessageChannel: each runs
// as a task of its own, like a timeout, but without the 4 ms floor browsers put on nested
// timeouts. A long record is read in dozens of slices, and that floor on each one put most of a
// second between the page opening and the sidebar showing it. Once `onInvalidated` fires (the
// extension updated or disabled), nothing queued runs.
export function createSliceTimers(timers: Timers, onInvalidated: (stop: () => void) => void): Timers {
  const channel = new MessageChannel();
  const queued = new Map<number, () => void>();
  let nextId = -1;
  let closed = false;
  channel.port1.onmessage = (event: MessageEvent<number>) => {
    const fn = queued.get(event.data);
    queued.delete(event.data);
    fn?.();
  };
  onInvalidated(() => {
    closed = true;
    queued.clear();
    channel.port1.close();
  });
  return {
    // Queued ids are negative, so they never clash with the underlying timers' ids.
    setTimeout(fn, ms) {
      if (ms > 0 || closed) return timers.setTimeout(fn, ms);
      const id = nextId--;
      queued.set(id, fn);
      channel.port2.postMessage(id);
      return id;
    },
    clearTimeout(id) {
      if (id < 0) queued.delete(id);
      else timers.clearTimeout(id);
    },
  };
}
