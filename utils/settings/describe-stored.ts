// What a stored setting held instead of what was expected, for "expected X, found Y" repair notes.
// Settings are the admin's, not the patient's, so a short string is quoted to show what to fix.
export function describeStored(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'string' ? `"${value.slice(0, 40)}"` : typeof value;
}
