import type { Activity, Day } from './schema.ts';
import { CSV_COLUMNS, toCsv, type CsvColumnName } from './csv-template.ts';

const DAY_NAMES: Record<Day, string> = { mon: 'Mon', tue: 'Tue', wed: 'Wed', thu: 'Thu', fri: 'Fri', sat: 'Sat', sun: 'Sun' };

// A directory as the documented CSV template, so an admin can edit it in a spreadsheet and load it
// again. The template has one schedule per row; further schedules are kept in the timing text.
export function activitiesToCsv(activities: readonly Activity[]): string {
  const rows = activities.map((a) => {
    const [first, ...rest] = a.schedule;
    const extra = rest.map((s) => `${s.days.map((d) => DAY_NAMES[d]).join(', ')} ${[s.start, s.end].filter(Boolean).join('-')}`.trim());
    const cells: Partial<Record<CsvColumnName, string>> = {
      id: a.id,
      name: a.name,
      description: a.description,
      activities: a.activities.join('; '),
      organiser_name: a.organiser?.name,
      organiser_url: a.organiser?.url,
      organiser_phone: a.organiser?.phone,
      organiser_email: a.organiser?.email,
      mode: a.mode,
      venue_name: a.venue?.name,
      venue_address: a.venue?.address,
      venue_postcode: a.venue?.postcode,
      lat: a.venue?.lat?.toString(),
      lng: a.venue?.lng?.toString(),
      days: first?.days.map((d) => DAY_NAMES[d]).join(', '),
      start: first?.start,
      end: first?.end,
      timing: [a.timing, ...(extra.length ? [`Also: ${extra.join('; ')}`] : [])].filter(Boolean).join('. '),
      cost_type: a.cost.type,
      cost_amount: a.cost.amount?.toString(),
      cost_text: a.cost.text,
      intensity: a.intensity,
      suitable_for: a.suitableFor.join('; '),
      conditions: a.conditions.join('; '),
      age_min: a.ageRange?.min?.toString(),
      age_max: a.ageRange?.max?.toString(),
      referral: a.referral,
      url: a.url,
      updated: a.updated,
    };
    return CSV_COLUMNS.map((c) => cells[c.name] ?? '');
  });
  return toCsv([CSV_COLUMNS.map((c) => c.name), ...rows]);
}
