import { DAYS, type Day } from './schema.ts';

const DAY_WORDS: Record<string, Day> = {
  mo: 'mon', mon: 'mon', monday: 'mon',
  tu: 'tue', tue: 'tue', tues: 'tue', tuesday: 'tue',
  we: 'wed', wed: 'wed', weds: 'wed', wednesday: 'wed',
  th: 'thu', thu: 'thu', thur: 'thu', thurs: 'thu', thursday: 'thu',
  fr: 'fri', fri: 'fri', friday: 'fri',
  sa: 'sat', sat: 'sat', saturday: 'sat',
  su: 'sun', sun: 'sun', sunday: 'sun',
};
const WEEKDAYS: Day[] = ['mon', 'tue', 'wed', 'thu', 'fri'];
const NOISE = new Set(['and', 'or', 'every', 'each', 'on', 'only', 'also', 'plus']);
const RANGE = new Set(['-', 'to', 'till', 'until', 'thru', 'through']);

function dayOf(word: string): Day | undefined {
  return DAY_WORDS[word] ?? (word.endsWith('s') ? DAY_WORDS[word.slice(0, -1)] : undefined);
}

function range(from: Day, to: Day): Day[] {
  const out: Day[] = [];
  for (let i = DAYS.indexOf(from); out.length < 7; i = (i + 1) % 7) {
    out.push(DAYS[i]!);
    if (DAYS[i] === to) break;
  }
  return out;
}

// "Mon, Wed", "Mondays", "Tue & Thu", "Mon-Fri", "Monday to Friday", "weekdays", "daily".
// Undefined when the text is anything else, so the caller can keep it as free-text timing.
export function parseDays(value: string): Day[] | undefined {
  const tokens = value
    .toLowerCase()
    .replace(/[–—]/g, '-')
    .replace(/-/g, ' - ')
    .split(/[\s,;/&+|.]+/)
    .filter((t) => t !== '' && !NOISE.has(t));
  const found = new Set<Day>();
  let last: Day | undefined;
  let pendingRange = false;
  for (const token of tokens) {
    const day = dayOf(token);
    if (day) {
      if (pendingRange && last) range(last, day).forEach((d) => found.add(d));
      else found.add(day);
      last = day;
      pendingRange = false;
    } else if (RANGE.has(token) && last) {
      pendingRange = true;
    } else if (/^weekdays?$/.test(token)) {
      WEEKDAYS.forEach((d) => found.add(d));
    } else if (/^weekends?$/.test(token)) {
      found.add('sat').add('sun');
    } else if (token === 'daily' || token === 'everyday') {
      DAYS.forEach((d) => found.add(d));
    } else {
      return undefined;
    }
  }
  return found.size > 0 ? DAYS.filter((d) => found.has(d)) : undefined;
}
