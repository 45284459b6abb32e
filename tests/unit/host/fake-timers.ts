// A timer queue the test runs by hand, for code that takes its timers as a parameter.
export function fakeTimers() {
  const pending = new Map<number, () => void>();
  let next = 1;
  return {
    setTimeout: (fn: () => void) => (pending.set(next, fn), next++),
    clearTimeout: (id: number) => void pending.delete(id),
    flush: () => {
      const fns = [...pending.values()];
      pending.clear();
      fns.forEach((fn) => fn());
    },
    size: () => pending.size,
  };
}

// Lets MutationObserver callbacks run.
export const settle = () => new Promise((done) => setTimeout(done, 0));
