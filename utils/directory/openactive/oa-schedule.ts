import { parseTime } from '../parse-time.ts';
import type { Day } from '../schema.ts';
import { asArray, enumName, isJson, text } from './oa-values.ts';

export interface Slot {
  days: Day[];
  start?: string;
  end?: string;
}

const DAY_NAMES: Record<string, Day> = {
  monday: 'mon', tuesday: 'tue', wednesday: 'wed', thursday: 'thu', friday: 'fri', saturday: 'sat', sunday: 'sun',
  mo: 'mon', tu: 'tue', we: 'wed', th: 'thu', fr: 'fri', sa: 'sat', su: 'sun',
};
const WEEK: Day[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

const londonParts = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

// Day and wall-clock time of an ISO date-time. An explicit offset is the venue's local time as
// published; "Z" (UTC) is shown in UK time, since these are UK venues.
export function localDayTime(iso: unknown): { day: Day; time?: string } | undefined {
  if (typeof iso !== 'string') return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.exec(iso.trim());
  if (!m) return undefined;
  const [, y, mo, d, hh, mm, zone] = m;
  if (zone === 'Z') {
    const date = new Date(iso);
    if (Number.isNaN(date.getTime())) return undefined;
    const parts = Object.fromEntries(londonParts.formatToParts(date).map((p) => [p.type, p.value]));
    const day = DAY_NAMES[(parts.weekday ?? '').toLowerCase().slice(0, 2)];
    return day ? { day, time: `${parts.hour}:${parts.minute}` } : undefined;
  }
  const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
  if (Number.isNaN(date.getTime())) return undefined;
  return { day: WEEK[date.getUTCDay()]!, time: hh !== undefined ? `${hh}:${mm}` : undefined };
}

function dayOf(value: unknown): Day | undefined {
  const name = enumName(value);
  return name ? (DAY_NAMES[name] ?? DAY_NAMES[name.slice(0, 2)]) : undefined;
}

// eventSchedule (PartialSchedule: byDay schema.org day URLs, startTime, endTime) to slots.
export function slotsFromSchedules(schedules: unknown): Slot[] {
  const out: Slot[] = [];
  for (const s of asArray(schedules)) {
    if (!isJson(s)) continue;
    const days = asArray(s.byDay).map(dayOf).filter((d): d is Day => d !== undefined);
    const start = text(s.startTime) ? parseTime(String(s.startTime).slice(0, 5)) : undefined;
    const end = text(s.endTime) ? parseTime(String(s.endTime).slice(0, 5)) : undefined;
    if (days.length === 0 && !start) {
      const first = localDayTime(s.startDate);
      if (first) out.push({ days: [first.day], start: first.time });
      continue;
    }
    out.push({ days: [...new Set(days)], ...(start ? { start } : {}), ...(end ? { end } : {}) });
  }
  return out;
}

// A dated occurrence (ScheduledSession, subEvent, Slot, Event) to a weekly slot.
export function slotFromOccurrence(occurrence: unknown): Slot | undefined {
  if (!isJson(occurrence)) return undefined;
  const start = localDayTime(occurrence.startDate);
  if (!start) return undefined;
  const end = localDayTime(occurrence.endDate);
  return { days: [start.day], ...(start.time ? { start: start.time } : {}), ...(end?.time && end.day === start.day ? { end: end.time } : {}) };
}

// Occurrences at the same time on different days become one slot ("Mon, Wed 10:00-11:00").
export function mergeSlots(slots: readonly Slot[]): Slot[] {
  const byTime = new Map<string, Slot>();
  const order: Day[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
  for (const slot of slots) {
    const key = `${slot.start ?? ''}-${slot.end ?? ''}`;
    const existing = byTime.get(key);
    if (existing) existing.days = order.filter((d) => existing.days.includes(d) || slot.days.includes(d));
    else byTime.set(key, { ...slot, days: order.filter((d) => slot.days.includes(d)) });
  }
  return [...byTime.values()];
}
