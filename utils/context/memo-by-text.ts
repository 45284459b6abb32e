// A pure function of a string, remembered for the strings seen lately: a record repeats the same
// table header in every session note, and reading it once is enough. Bounded, so a tab left open
// on a long record does not keep every line it ever read.
export function memoByText<T>(read: (text: string) => T, max = 1024): (text: string) => T {
  const seen = new Map<string, T>();
  return (text) => {
    const known = seen.get(text);
    if (known !== undefined) return known;
    const value = read(text);
    if (seen.size >= max) seen.clear();
    seen.set(text, value);
    return value;
  };
}
