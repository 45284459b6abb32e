import type { Settings } from '../settings/schema.ts';
import type { Policy } from './policy-schema.ts';

export interface AppliedPolicy {
  settings: Settings;
  locked: Set<keyof Settings>;
}

// Managed values win. A value the policy sets (pilotCounts) is locked. Policy list entries (sites,
// pack sources) are merged in front of the local ones and win on the same pattern or URL; the list
// itself stays editable unless lockedSettings names it, and then it is the policy's list alone (or,
// if the policy gives none, the local list frozen as it is).
export function applyPolicy(local: Settings, policy: Policy): AppliedPolicy {
  const locked = new Set<keyof Settings>(policy.lockedSettings ?? []);
  if (policy.pilotCounts !== undefined) locked.add('pilotCounts');
  return {
    settings: {
      sites: merge(policy.sites, local.sites, (s) => s.pattern, locked.has('sites')),
      packSources: merge(policy.packSources, local.packSources, (p) => p.url, locked.has('packSources')),
      pilotCounts: policy.pilotCounts ?? local.pilotCounts,
    },
    locked,
  };
}

function merge<T>(managed: readonly T[] | undefined, local: readonly T[], key: (item: T) => string, lockedList: boolean): T[] {
  if (managed === undefined) return [...local];
  if (lockedList) return [...managed];
  const managedKeys = new Set(managed.map(key));
  return [...managed, ...local.filter((item) => !managedKeys.has(key(item)))];
}
