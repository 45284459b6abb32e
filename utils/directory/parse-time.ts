// Times as directories write them: "10am", "10:30", "10.30am", "7pm", "19:00", "noon".

export interface TimeRange {
  start?: string;
  end?: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

interface Clock {
  h: number;
  m: number;
  meridiem?: 'am' | 'pm';
}

function readClock(text: string): Clock | undefined {
  const t = text.trim().toLowerCase().replace(/\s+/g, '');
  if (t === 'noon' || t === 'midday' || t === '12noon') return { h: 12, m: 0, meridiem: 'pm' };
  if (t === 'midnight') return { h: 0, m: 0, meridiem: 'am' };
  const match = /^(\d{1,2})(?:[:.h](\d{2}))?(?:([ap])\.?m\.?)?(?:hrs|h)?$/.exec(t) ?? /^(\d{2})(\d{2})$/.exec(t);
  if (!match) return undefined;
  const h = Number(match[1]);
  const m = match[2] === undefined ? 0 : Number(match[2]);
  const meridiem = match[3] === 'a' ? 'am' : match[3] === 'p' ? 'pm' : undefined;
  if (m > 59 || h > 24 || (meridiem && (h < 1 || h > 12))) return undefined;
  return { h, m, meridiem };
}

function to24(clock: Clock, meridiem = clock.meridiem): string | undefined {
  let h = clock.h;
  if (meridiem === 'pm' && h < 12) h += 12;
  if (meridiem === 'am' && h === 12) h = 0;
  if (h === 24 && clock.m === 0) h = 0;
  if (h > 23) return undefined;
  return `${pad(h)}:${pad(clock.m)}`;
}

export function parseTime(text: string): string | undefined {
  const clock = readClock(text);
  return clock ? to24(clock) : undefined;
}

// "10am-11:30am", "10:00 - 11:00", "10-11am" (the start takes the end's am/pm when that keeps it
// before the end), "6 till 7pm", "from 10am". Undefined when the text is not a time or range.
export function parseTimeRange(text: string): TimeRange | undefined {
  // Runs of whitespace collapse first: the split below is quadratic on a long run of spaces.
  const t = text.trim().toLowerCase().replace(/\s+/g, ' ').replace(/^(?:from|starts?|at)\s+/, '');
  if (t === '') return undefined;
  const parts = t.split(/\s*(?:-|–|—|\bto\b|\btill\b|\buntil\b|\band\b)\s*/).filter(Boolean);
  if (parts.length === 1) {
    const start = parseTime(parts[0]!);
    return start ? { start } : undefined;
  }
  if (parts.length !== 2) return undefined;
  const a = readClock(parts[0]!);
  const b = readClock(parts[1]!);
  if (!a || !b) return undefined;
  let startMeridiem = a.meridiem;
  if (!startMeridiem && b.meridiem) {
    // "10-11am" → 10am; "11-1pm" → 11am; "6-7pm" → 6pm.
    const asEnd = to24(a, b.meridiem);
    const end = to24(b);
    startMeridiem = asEnd !== undefined && end !== undefined && asEnd < end ? b.meridiem : b.meridiem === 'pm' ? 'am' : undefined;
  }
  const start = to24(a, startMeridiem);
  let end = to24(b);
  // "9-1" with no am/pm: a session does not end before it starts, so the end is in the afternoon.
  if (start && end && !a.meridiem && !b.meridiem && end <= start && b.h < 12 && b.h + 12 <= 23) end = to24({ ...b, h: b.h + 12 });
  return start && end ? { start, end } : undefined;
}
