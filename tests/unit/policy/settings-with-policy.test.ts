import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { readPolicy } from '../../../utils/policy/read-policy.ts';
import { loadSettings, loadSettingsWithLocks, onSettingsChanged, saveSettings } from '../../../utils/settings/settings-store.ts';

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

const managed = (value: unknown) => vi.spyOn(browser.storage.managed, 'get').mockResolvedValue(value as never);

describe('readPolicy', () => {
  it('is an empty policy when managed storage throws (Firefox without policies.json)', async () => {
    vi.spyOn(browser.storage.managed, 'get').mockRejectedValue(new Error('Managed storage manifest not found'));
    expect(await readPolicy()).toEqual({ policy: {}, repaired: [] });
  });

  it('is an empty policy when nothing is managed', async () => {
    expect((await readPolicy()).policy).toEqual({});
  });
});

describe('settings under an enterprise policy', () => {
  it('loadSettings returns local settings with the policy applied', async () => {
    await browser.storage.local.set({ settings: { sites: [{ pattern: 'https://mine.example.org/*' }], packSources: [], pilotCounts: false } });
    managed({
      sites: [{ pattern: 'https://ehr.example.nhs.uk/*', adapter: 'auto' }],
      packSources: [{ url: 'https://packs.example.org/north-london.json', refreshHours: 24 }],
      pilotCounts: true,
    });
    const settings = await loadSettings();
    expect(settings.sites.map((s) => s.pattern)).toEqual(['https://ehr.example.nhs.uk/*', 'https://mine.example.org/*']);
    expect(settings.packSources).toEqual([{ url: 'https://packs.example.org/north-london.json', refreshHours: 24 }]);
    expect(settings.pilotCounts).toBe(true);
  });

  it('loadSettingsWithLocks reports locked fields and invalid policy entries', async () => {
    managed({ pilotCounts: false, lockedSettings: ['sites'], sites: [{ pattern: 'nope' }] });
    const { locked, policyIssues, settings } = await loadSettingsWithLocks();
    expect([...locked].sort()).toEqual(['pilotCounts', 'sites']);
    expect(settings.sites).toEqual([]);
    expect(policyIssues).toEqual([expect.stringMatching(/^policy sites\[0\]: expected a match pattern/)]);
  });

  it('saveSettings refuses to change a locked field and writes nothing', async () => {
    managed({ pilotCounts: false });
    const before = await browser.storage.local.get('settings');
    const settings = await loadSettings();
    await expect(saveSettings({ ...settings, pilotCounts: true })).rejects.toThrow(/pilot counts \("pilotCounts"\) is set by your organisation's policy and cannot be changed here/);
    expect(await browser.storage.local.get('settings')).toEqual(before);
  });

  it('saveSettings keeps policy entries out of local storage and returns the effective settings', async () => {
    managed({ sites: [{ pattern: 'https://ehr.example.nhs.uk/*', adapter: 'auto' }] });
    const settings = await loadSettings();
    const saved = await saveSettings({ ...settings, sites: [...settings.sites, { pattern: 'https://new.example.org/*', adapter: 'auto' }] });
    expect(saved.sites[0]?.pattern).toBe('https://ehr.example.nhs.uk/*');
    const stored = (await browser.storage.local.get('settings')).settings as { sites: { pattern: string }[] };
    expect(stored.sites.map((s) => s.pattern)).toEqual(['http://127.0.0.1/*', 'http://localhost/*', 'https://new.example.org/*']);
  });

  it('without a policy, saving and loading round-trips as before', async () => {
    const settings = await loadSettings();
    await saveSettings({ ...settings, pilotCounts: true });
    expect((await loadSettings()).pilotCounts).toBe(true);
  });

  it('tells listeners about local changes with the policy applied', async () => {
    managed({ sites: [{ pattern: 'https://ehr.example.nhs.uk/*', adapter: 'auto' }] });
    const seen = vi.fn();
    onSettingsChanged(seen);
    await browser.storage.local.set({ settings: { sites: [], packSources: [], pilotCounts: false } });
    await vi.waitFor(() => expect(seen).toHaveBeenCalledWith(expect.objectContaining({ sites: [{ pattern: 'https://ehr.example.nhs.uk/*', adapter: 'auto' }] })));
  });
});
