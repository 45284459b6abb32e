import * as v from 'valibot';
import { describeStored } from '../settings/describe-stored.ts';
import { PackSourceSchema, SiteSchema } from '../settings/schema.ts';
import { LOCKABLE_SETTINGS, PolicySchema, type LockableSetting, type Policy } from './policy-schema.ts';

export interface PolicyRepair {
  policy: Policy;
  repaired: string[];
}

// Chrome drops values that break public/managed-schema.json, but Firefox (policies.json) and hand-
// written registry JSON are not checked against it. Keep every valid entry, drop the rest and say
// which, so one typo in a site list does not switch the whole policy off.
export function repairPolicy(raw: unknown): PolicyRepair {
  const repaired: string[] = [];
  if (raw === undefined || raw === null) return { policy: {}, repaired };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    return { policy: {}, repaired: [`policy: expected an object, found ${describeStored(raw)}; ignored`] };
  }
  const record = raw as Record<string, unknown>;
  const policy: Policy = {};
  const keepValid = <T>(field: string, schema: v.GenericSchema<unknown, T>): T[] | undefined => {
    const value = record[field];
    if (value === undefined) return undefined;
    if (!Array.isArray(value)) {
      repaired.push(`policy ${field}: expected a list, found ${describeStored(value)}; ignored`);
      return undefined;
    }
    const kept: T[] = [];
    value.forEach((item, index) => {
      const result = v.safeParse(schema, item);
      if (result.success) kept.push(result.output);
      else repaired.push(`policy ${field}[${index}]: ${result.issues[0].message}; entry dropped`);
    });
    return kept;
  };
  const sites = keepValid('sites', SiteSchema);
  if (sites) policy.sites = sites;
  const packSources = keepValid('packSources', PackSourceSchema);
  if (packSources) policy.packSources = packSources;
  const pilot = record.pilotCounts;
  if (typeof pilot === 'boolean') policy.pilotCounts = pilot;
  else if (pilot !== undefined) repaired.push(`policy pilotCounts: expected true or false, found ${describeStored(pilot)}; ignored`);
  const locked = keepValid('lockedSettings', v.picklist(LOCKABLE_SETTINGS, `expected one of ${LOCKABLE_SETTINGS.join(', ')}`));
  if (locked) policy.lockedSettings = [...new Set<LockableSetting>(locked)];
  for (const key of Object.keys(record)) {
    if (!(key in PolicySchema.entries)) repaired.push(`policy ${key}: expected one of ${Object.keys(PolicySchema.entries).join(', ')}; ignored`);
  }
  return { policy, repaired };
}
