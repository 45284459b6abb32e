import { describe, expect, it } from 'vitest';
import { importCsv } from '../../../utils/directory/import-csv.ts';

// Generated in memory, never committed: ~50 MB of rows with long descriptions.
function bigCsv(targetBytes: number): { bytes: Uint8Array; rows: number } {
  const header = 'id,name,description,postcode,days,time,cost,activity\n';
  const filler = 'A friendly session for people of all abilities, with a warm-up, time to chat and a cool-down. '.repeat(4);
  const lines: string[] = [header];
  let size = header.length;
  let rows = 0;
  while (size < targetBytes) {
    const line = `r${rows},Session ${rows},"${filler}",N7 ${rows % 10}QQ,"Mon, Wed",10am-11am,£${rows % 7}.50,Yoga\n`;
    lines.push(line);
    size += line.length;
    rows++;
  }
  return { bytes: new TextEncoder().encode(lines.join('')), rows };
}

describe('importCsv: big files', () => {
  it('imports a 50 MB file in chunks, with progress, keeping memory reasonable', { timeout: 120_000 }, async () => {
    const { bytes, rows } = bigCsv(50 * 1024 * 1024);
    expect(bytes.length).toBeGreaterThan(50 * 1024 * 1024);
    const before = process.memoryUsage().heapUsed;
    const progress: number[] = [];
    let yields = 0;
    const timer = setInterval(() => yields++, 0);
    const result = await importCsv(bytes, { file: 'big.csv', onProgress: (done, total) => progress.push(done / total) });
    clearInterval(timer);
    expect(result.stats.rows).toBe(rows);
    expect(result.activities).toHaveLength(rows);
    expect(result.stats.errors).toBe(0);
    expect(progress.at(-1)).toBe(1);
    expect(progress.length).toBeGreaterThan(10);
    // The event loop ran between chunks (a timer fired), so a page could repaint and cancel.
    expect(yields).toBeGreaterThan(0);
    const grownMb = (process.memoryUsage().heapUsed - before) / 1024 / 1024;
    expect(grownMb).toBeLessThan(1500);
  });

  it('stops when cancelled part way and rejects with an abort', async () => {
    const { bytes } = bigCsv(2 * 1024 * 1024);
    const controller = new AbortController();
    let calls = 0;
    const pending = importCsv(bytes, {
      file: 'big.csv',
      chunkSize: 500,
      signal: controller.signal,
      onProgress: () => {
        calls++;
        if (calls === 2) controller.abort();
      },
    });
    await expect(pending).rejects.toThrow(/cancelled|abort/i);
    expect(calls).toBe(2);
  });
});
