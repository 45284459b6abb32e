// Check or drop: a message that fails its check is never half-used, and the reason is logged so a
// mismatch between the two ends shows up at once. The checks' reasons name kinds of values, never
// their content (describe-found.ts), so nothing from a page or a record reaches the console.
export function acceptMessage<T>(check: (raw: unknown) => T, raw: unknown): T | undefined {
  try {
    return check(raw);
  } catch (error) {
    console.warn(`PA Signpost dropped a message: ${error instanceof Error ? error.message : 'it could not be checked'}`);
    return undefined;
  }
}
