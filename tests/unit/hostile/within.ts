import { expect } from 'vitest';

// A hang guard, not a performance assertion: the bound is generous (seconds, where the work takes
// milliseconds) so only a runaway loop or a backtracking regular expression can break it.
export function within<T>(ms: number, run: () => T): T {
  const start = performance.now();
  const out = run();
  expect(performance.now() - start, `expected to finish within ${ms} ms`).toBeLessThan(ms);
  return out;
}

export async function withinAsync<T>(ms: number, run: () => Promise<T>): Promise<T> {
  const start = performance.now();
  const out = await run();
  expect(performance.now() - start, `expected to finish within ${ms} ms`).toBeLessThan(ms);
  return out;
}
