// The local calendar day, YYYY-MM-DD: counts are kept per day and nothing finer, so no count can
// be matched to the time of an appointment.
export function dayKey(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
