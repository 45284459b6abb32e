import * as v from 'valibot';
import { describeStored } from './describe-stored.ts';
import { defaultSettings, PackSourceSchema, SiteSchema, type Settings } from './schema.ts';

export interface RepairResult {
  settings: Settings;
  repaired: string[];
}

// Stored settings may be old, hand-edited or corrupt. Keep every valid part, drop what is not,
// fall back to defaults per field, and say what was repaired rather than failing or wiping all.
export function repairSettings(stored: unknown): RepairResult {
  const defaults = defaultSettings();
  const repaired: string[] = [];
  if (stored === undefined) return { settings: defaults, repaired };
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) {
    return { settings: defaults, repaired: [`settings: expected an object, found ${describeStored(stored)}; defaults restored`] };
  }
  const record = stored as Record<string, unknown>;
  const keepValid = <T>(field: string, schema: v.GenericSchema<unknown, T>, fallback: T[]): T[] => {
    const value = record[field];
    if (value === undefined) return fallback;
    if (!Array.isArray(value)) {
      repaired.push(`${field}: expected a list, found ${describeStored(value)}; defaults restored`);
      return fallback;
    }
    const kept: T[] = [];
    value.forEach((item, index) => {
      const result = v.safeParse(schema, item);
      if (result.success) kept.push(result.output);
      else repaired.push(`${field}[${index}]: ${result.issues[0].message}; entry dropped`);
    });
    return kept;
  };
  const sites = keepValid('sites', SiteSchema, defaults.sites);
  const packSources = keepValid('packSources', PackSourceSchema, defaults.packSources);
  const pilot = record.pilotCounts;
  if (pilot !== undefined && typeof pilot !== 'boolean') repaired.push(`pilotCounts: expected true or false, found ${describeStored(pilot)}; set to off`);
  return { settings: { sites, packSources, pilotCounts: typeof pilot === 'boolean' ? pilot : defaults.pilotCounts }, repaired };
}
