// Spreadsheet yes/no cells: "yes", "Y", "TRUE", "1", "x", "✓"; undefined when blank or unclear.
export function parseBoolean(value: string): boolean | undefined {
  const v = value.trim().toLowerCase();
  if (/^(?:y|yes|true|t|1|x|✓|✔|on)$/.test(v)) return true;
  if (/^(?:n|no|false|f|0|off|-)$/.test(v)) return false;
  return undefined;
}
