// What a message held instead of what was expected, for "expected X, found Y" warnings. It names
// the kind of value, never its content: a warning goes to the host page's console, and a message
// must never be able to put page or patient text there. Strings shaped like our message types
// ("sidebar-to-content:ready") are quoted, as they are ours and make the warning useful.
const MESSAGE_TYPE = /^[a-z]+(?:-[a-z]+)*:[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function describeFound(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return value.length <= 64 && MESSAGE_TYPE.test(value) ? `"${value}"` : `a string of ${value.length} characters`;
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}
