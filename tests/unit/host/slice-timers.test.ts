import { describe, expect, it } from 'vitest';
import { createSliceTimers } from '../../../utils/host/slice-timers.ts';
import { fakeTimers } from './fake-timers.ts';

// Long enough for posted messages to arrive, whichever task source runs first.
const nextTask = () => new Promise((done) => setTimeout(done, 20));

describe('createSliceTimers', () => {
  it('runs zero-delay callbacks later, in order, and never in the calling task', async () => {
    const timers = createSliceTimers(fakeTimers(), () => undefined);
    const ran: number[] = [];
    timers.setTimeout(() => ran.push(1), 0);
    timers.setTimeout(() => ran.push(2), 0);
    expect(ran).toEqual([]);
    await nextTask();
    expect(ran).toEqual([1, 2]);
  });

  it('cancels a queued callback, and leaves delayed ones to the underlying timers', async () => {
    const base = fakeTimers();
    const timers = createSliceTimers(base, () => undefined);
    const ran: string[] = [];
    const id = timers.setTimeout(() => ran.push('cancelled'), 0);
    timers.setTimeout(() => ran.push('delayed'), 150);
    timers.clearTimeout(id);
    await nextTask();
    expect(ran).toEqual([]);
    expect(base.size()).toBe(1);
    base.flush();
    expect(ran).toEqual(['delayed']);
  });

  it('runs nothing queued once invalidated', async () => {
    let invalidate = () => undefined as void;
    const timers = createSliceTimers(fakeTimers(), (stop) => (invalidate = stop));
    const ran: number[] = [];
    timers.setTimeout(() => ran.push(1), 0);
    invalidate();
    await nextTask();
    expect(ran).toEqual([]);
  });
});
