import type { Settings } from '../settings/schema.ts';
import { applyPolicy } from './apply-policy.ts';
import type { Policy } from './policy-schema.ts';

const FIELD_NAMES: Record<keyof Settings, string> = {
  sites: 'the clinical sites list',
  packSources: 'the directory addresses list',
  pilotCounts: 'pilot counts',
};

// What to store locally when the options page saves `next` (effective settings, policy included).
// Throws when `next` changes something the policy locks, naming the field, so a bug in a caller
// cannot quietly override IT's choice. Policy entries are not copied into local storage: when IT
// removes them from the policy they disappear here too.
export function toLocalSettings(next: Settings, local: Settings, policy: Policy): Settings {
  const { settings: current, locked } = applyPolicy(local, policy);
  for (const field of locked) {
    if (JSON.stringify(next[field]) !== JSON.stringify(current[field])) {
      throw new Error(
        `${FIELD_NAMES[field]} ("${field}") is set by your organisation's policy and cannot be changed here: expected ${JSON.stringify(current[field])}, found ${JSON.stringify(next[field])}`,
      );
    }
  }
  for (const site of policy.sites ?? []) {
    const mine = next.sites.find((s) => s.pattern === site.pattern);
    if (!mine) throw new Error(`site ${site.pattern} is set by your organisation's policy and cannot be removed`);
    if (mine.adapter !== site.adapter) throw new Error(`site ${site.pattern} is set by your organisation's policy: expected adapter "${site.adapter}", found "${mine.adapter}"`);
  }
  for (const source of policy.packSources ?? []) {
    const mine = next.packSources.find((p) => p.url === source.url);
    if (!mine) throw new Error(`directory address ${source.url} is set by your organisation's policy and cannot be removed`);
    if (mine.refreshHours !== source.refreshHours) throw new Error(`directory address ${source.url} is set by your organisation's policy: expected a refresh every ${source.refreshHours} hours, found ${mine.refreshHours}`);
  }
  const managedPatterns = new Set((policy.sites ?? []).map((s) => s.pattern));
  const managedUrls = new Set((policy.packSources ?? []).map((p) => p.url));
  return {
    sites: locked.has('sites') ? local.sites : next.sites.filter((s) => !managedPatterns.has(s.pattern)),
    packSources: locked.has('packSources') ? local.packSources : next.packSources.filter((p) => !managedUrls.has(p.url)),
    pilotCounts: locked.has('pilotCounts') ? local.pilotCounts : next.pilotCounts,
  };
}
