// Shared measuring helpers for the benchmarks: warm up, then take many samples.
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index]!;
}

export function sample(fn: () => unknown, { warmup = 3, runs = 20 } = {}): number[] {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b);
}

export function median(times: number[]): number {
  return percentile([...times].sort((a, b) => a - b), 50);
}
