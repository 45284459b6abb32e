// The documented spreadsheet layout: one row per activity, Activity's nested fields flattened.
// The options page offers the blank template and the example for download; the importer also
// accepts many other header spellings (csv-header-aliases.ts).

export interface CsvColumn {
  name: string;
  description: string;
  example: string;
  required?: boolean;
}

export const CSV_COLUMNS = [
  { name: 'id', description: 'Your own stable reference for the activity. Leave blank and one is made from the name and postcode.', example: 'hwk-001' },
  { name: 'name', description: 'Name of the session or group, as people know it.', example: 'Wellbeing Walk at Highbury Fields', required: true },
  { name: 'description', description: 'What happens, who it suits and what to bring. Plain text; HTML is not rendered.', example: 'A gentle 45-minute walk on flat paths with a chat and a cuppa afterwards.' },
  { name: 'activities', description: 'Activity names separated by semicolons, ideally from the OpenActive Activity List.', example: 'Walking; Health Walks' },
  { name: 'organiser_name', description: 'Who runs it.', example: 'Islington Health Walks' },
  { name: 'organiser_url', description: 'Organiser website (http or https).', example: 'https://example.org/walks' },
  { name: 'organiser_phone', description: 'Contact telephone number.', example: '020 7946 0000' },
  { name: 'organiser_email', description: 'Contact email address.', example: 'walks@example.org' },
  { name: 'mode', description: 'in-person, online or home. Blank means in-person.', example: 'in-person' },
  { name: 'venue_name', description: 'Where it takes place.', example: 'Highbury Fields (meet at the pavilion)' },
  { name: 'venue_address', description: 'Street address of the venue.', example: 'Highbury Crescent, London' },
  { name: 'venue_postcode', description: 'Full postcode of the venue. Used for distance when lat/lng are blank.', example: 'N5 1RR' },
  { name: 'lat', description: 'Latitude in decimal degrees (WGS84). Optional.', example: '51.5503' },
  { name: 'lng', description: 'Longitude in decimal degrees (WGS84). Optional.', example: '-0.1037' },
  { name: 'days', description: 'Days it runs: Mon, Tue ... or ranges such as Mon-Fri; separate with commas.', example: 'Tue, Thu' },
  { name: 'start', description: 'Start time, 24-hour HH:MM or 10am.', example: '10:00' },
  { name: 'end', description: 'End time, 24-hour HH:MM or 11:30am.', example: '10:45' },
  { name: 'timing', description: 'Anything else about when: term time only, first Monday of the month...', example: 'All year, not bank holidays' },
  { name: 'cost_type', description: 'free, paid or concession. Blank: worked out from cost_amount.', example: 'free' },
  { name: 'cost_amount', description: 'Price per session in pounds, e.g. 3.50.', example: '0' },
  { name: 'cost_text', description: 'Anything else about cost: concessions, block bookings, first session free.', example: 'Donations welcome' },
  { name: 'intensity', description: 'gentle, moderate or vigorous.', example: 'gentle' },
  { name: 'suitable_for', description: 'Who it suits, separated by semicolons: long-term-conditions; mental-health; beginners; older-adults; women-only; men-only; wheelchair-accessible; learning-disability; carers; families; young-adults; lgbtq; visual-impairment; hearing-impairment.', example: 'beginners; older-adults; mental-health' },
  { name: 'conditions', description: 'Condition ids it is designed for, separated by semicolons (e.g. copd; type-2-diabetes; osteoarthritis).', example: '' },
  { name: 'age_min', description: 'Minimum age in years.', example: '18' },
  { name: 'age_max', description: 'Maximum age in years. Blank for no limit.', example: '' },
  { name: 'referral', description: 'drop-in, self-referral or professional-referral.', example: 'drop-in' },
  { name: 'url', description: 'Web page for this activity (http or https).', example: 'https://example.org/walks/highbury' },
  { name: 'updated', description: 'Date the details were last checked, YYYY-MM-DD.', example: '2026-09-01' },
] as const satisfies readonly CsvColumn[];

export type CsvColumnName = (typeof CSV_COLUMNS)[number]['name'];

function csvCell(value: string): string {
  return /[",\n\r;]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function toCsv(rows: readonly (readonly string[])[]): string {
  return `${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

// The header row only, ready to fill in.
export function blankTemplateCsv(): string {
  return toCsv([CSV_COLUMNS.map((c) => c.name)]);
}

// Three synthetic rows showing the range of what can be said (free walk, paid class, referral-only).
export const EXAMPLE_ROWS: readonly Partial<Record<CsvColumnName, string>>[] = [
  Object.fromEntries(CSV_COLUMNS.map((c) => [c.name, c.example])),
  {
    id: 'chair-yoga-002',
    name: 'Chair Yoga for Beginners',
    description: 'Seated and standing yoga with a chair for support. Suits people with joint pain or low energy.',
    activities: 'Chair Yoga',
    organiser_name: 'Northfield Community Centre',
    organiser_phone: '0121 496 0000',
    mode: 'in-person',
    venue_name: 'Northfield Community Centre, Hall 2',
    venue_postcode: 'B31 2AA',
    days: 'Mon, Wed',
    start: '14:00',
    end: '15:00',
    cost_type: 'paid',
    cost_amount: '3.50',
    cost_text: '£2 concessions',
    intensity: 'gentle',
    suitable_for: 'beginners; long-term-conditions; older-adults',
    conditions: 'osteoarthritis; chronic-pain',
    age_min: '18',
    referral: 'self-referral',
    url: 'https://example.org/chair-yoga',
    updated: '2026-08-15',
  },
  {
    id: 'breathe-easy-003',
    name: 'Breathe Easy Exercise Group',
    description: 'Circuit-style exercise led by a physiotherapy instructor for people living with lung conditions.',
    activities: 'Pulmonary Rehabilitation; Circuit Training',
    organiser_name: 'Riverside Leisure Trust',
    organiser_email: 'breathe@example.org',
    venue_name: 'Riverside Leisure Centre',
    venue_postcode: 'LS9 8AA',
    days: 'Fri',
    start: '11:00',
    end: '12:00',
    cost_type: 'concession',
    cost_amount: '2',
    intensity: 'moderate',
    suitable_for: 'long-term-conditions; older-adults',
    conditions: 'copd; asthma',
    age_min: '40',
    referral: 'professional-referral',
    url: 'https://example.org/breathe-easy',
    updated: '2026-07-30',
  },
];

export function exampleCsv(): string {
  return toCsv([CSV_COLUMNS.map((c) => c.name), ...EXAMPLE_ROWS.map((row) => CSV_COLUMNS.map((c) => row[c.name] ?? ''))]);
}

// A two-column guide (column, what to put) for the download page or a second sheet.
export function columnGuideCsv(): string {
  return toCsv([['column', 'description', 'example'], ...CSV_COLUMNS.map((c) => [c.name, c.description, c.example])]);
}
