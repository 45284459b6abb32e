import * as v from 'valibot';
import { PackSourceSchema, SiteSchema, type Settings } from '../settings/schema.ts';

// Enterprise policy (browser.storage.managed): what IT can preconfigure. Keys mirror the settings
// they override, so one name means the same thing in the options page, the policy and the docs.
// public/managed-schema.json declares the same keys to Chrome and Edge; a unit test keeps the two in step.

export const LOCKABLE_SETTINGS = ['sites', 'packSources', 'pilotCounts'] as const satisfies readonly (keyof Settings)[];

export const PolicySchema = v.object({
  sites: v.optional(v.array(SiteSchema)),
  packSources: v.optional(v.array(PackSourceSchema)),
  pilotCounts: v.optional(v.boolean()),
  lockedSettings: v.optional(v.array(v.picklist(LOCKABLE_SETTINGS))),
});

export type LockableSetting = (typeof LOCKABLE_SETTINGS)[number];
export type Policy = v.InferOutput<typeof PolicySchema>;

export function emptyPolicy(): Policy {
  return {};
}
