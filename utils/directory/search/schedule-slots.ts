import { DAYS, type Activity, type Day } from '../schema.ts';
import { TIMES_OF_DAY, type TimeOfDay } from './filters.ts';

// When an activity runs, as bit masks over (day, time of day): bit day*3 + slot, 21 bits in all.
// `possible` is every slot it might run in (unknown days or times count as possibly any), used to
// filter; the `definite` masks say where the schedule actually states it, used to rank a stated
// fit above "times not listed".
export interface ScheduleSlots {
  possible: number;
  definiteBoth: number;
  definiteDays: number; // 7 bits
  definiteTimes: number; // 3 bits
}

export const ALL_SLOTS = (1 << 21) - 1;
const ALL_DAYS = (1 << 7) - 1;
const ALL_TIMES = (1 << 3) - 1;

// Minutes since midnight where each part of the day starts and ends.
const SLOT_RANGES: Record<TimeOfDay, [number, number]> = {
  morning: [0, 12 * 60],
  afternoon: [12 * 60, 17 * 60],
  evening: [17 * 60, 24 * 60],
};

export function dayIndex(day: Day): number {
  return DAYS.indexOf(day);
}

export function slotIndex(time: TimeOfDay): number {
  return TIMES_OF_DAY.indexOf(time);
}

function minutes(hhmm: string): number {
  return Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
}

// Which parts of the day a session overlaps; an hour is assumed when only the start is given.
function timesOf(start: string | undefined, end: string | undefined): number {
  if (start === undefined) return 0;
  const from = minutes(start);
  let to = end !== undefined ? minutes(end) : from + 60;
  if (to <= from) to = from + 1;
  let mask = 0;
  TIMES_OF_DAY.forEach((time, i) => {
    const [lo, hi] = SLOT_RANGES[time];
    if (from < hi && to > lo) mask |= 1 << i;
  });
  return mask;
}

function spread(days: number, times: number): number {
  let mask = 0;
  for (let d = 0; d < 7; d++) if (days & (1 << d)) mask |= times << (d * 3);
  return mask;
}

export function scheduleSlots(activity: Activity): ScheduleSlots {
  if (activity.schedule.length === 0) {
    // Online and at-home options with no timetable are on demand: any time fits.
    if (activity.mode !== 'in-person') return { possible: ALL_SLOTS, definiteBoth: ALL_SLOTS, definiteDays: ALL_DAYS, definiteTimes: ALL_TIMES };
    return { possible: ALL_SLOTS, definiteBoth: 0, definiteDays: 0, definiteTimes: 0 };
  }
  const out: ScheduleSlots = { possible: 0, definiteBoth: 0, definiteDays: 0, definiteTimes: 0 };
  for (const entry of activity.schedule) {
    let days = 0;
    for (const day of entry.days) days |= 1 << dayIndex(day);
    const times = timesOf(entry.start, entry.end);
    out.possible |= spread(days || ALL_DAYS, times || ALL_TIMES);
    out.definiteDays |= days;
    out.definiteTimes |= times;
    if (days && times) out.definiteBoth |= spread(days, times);
  }
  return out;
}

// The slots a day/time filter asks for, or undefined when it asks for any time.
export function querySlots(day: Day | 'any', time: TimeOfDay | 'any'): number | undefined {
  if (day === 'any' && time === 'any') return undefined;
  const days = day === 'any' ? ALL_DAYS : 1 << dayIndex(day);
  const times = time === 'any' ? ALL_TIMES : 1 << slotIndex(time);
  return spread(days, times);
}

// Whether the schedule states a fit (true) or only might fit (false), for a filter that asks.
export function statesFit(slots: Pick<ScheduleSlots, 'definiteBoth' | 'definiteDays' | 'definiteTimes'>, day: Day | 'any', time: TimeOfDay | 'any'): boolean {
  if (day === 'any' && time === 'any') return true;
  if (time === 'any') return (slots.definiteDays & (1 << dayIndex(day as Day))) !== 0;
  if (day === 'any') return (slots.definiteTimes & (1 << slotIndex(time))) !== 0;
  return (slots.definiteBoth & (querySlots(day, time) ?? 0)) !== 0;
}
