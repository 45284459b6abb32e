import { browser } from 'wxt/browser';
import { repairPolicy, type PolicyRepair } from './repair-policy.ts';

// Reads the enterprise policy. storage.managed is missing or throws where no policy is set up
// (Firefox without policies.json, some Chromium builds, unit tests): that means "no policy", not
// an error, so the extension keeps working with local settings alone.
export async function readPolicy(): Promise<PolicyRepair> {
  let raw: unknown;
  try {
    const managed = browser.storage?.managed;
    if (!managed?.get) return { policy: {}, repaired: [] };
    raw = await managed.get(null);
  } catch {
    return { policy: {}, repaired: [] };
  }
  return repairPolicy(raw);
}
