import { describe, expect, it, vi } from 'vitest';
import { createOptionsState, type OptionsServices } from '../../../utils/options/options-state.ts';
import { defaultSettings, type Settings } from '../../../utils/settings/schema.ts';

function services(overrides: Partial<OptionsServices> = {}): OptionsServices & { stored: Settings } {
  const fake: OptionsServices & { stored: Settings } = {
    stored: defaultSettings(),
    loadSettings: async () => ({ settings: fake.stored, locked: new Set(), policy: {}, policyIssues: [] }),
    saveSettings: async (s: Settings) => (fake.stored = s),
    hasPermission: async (p: string) => p.startsWith('http://127.0.0.1'),
    requestPermission: vi.fn(async () => true),
    listSources: async () => [],
    rollbackSource: async () => undefined,
    refreshSource: async () => ({ ok: true, message: 'refreshed' }),
    deleteSource: async () => undefined,
    exportSource: async () => undefined,
    ...overrides,
  };
  return fake;
}

describe('options state', () => {
  it('loads settings and which sites have permission', async () => {
    const state = createOptionsState(services());
    await state.actions.load();
    expect(state.granted.value).toEqual({ 'http://127.0.0.1/*': true, 'http://localhost/*': false });
  });

  it('adds a site, asking the browser for permission', async () => {
    const fake = services();
    const state = createOptionsState(fake);
    await state.actions.load();
    expect(await state.actions.addSite('https://records.example.nhs.uk/*')).toBeUndefined();
    expect(fake.requestPermission).toHaveBeenCalledWith('https://records.example.nhs.uk/*');
    expect(fake.stored.sites.map((s) => s.pattern)).toContain('https://records.example.nhs.uk/*');
  });

  it('refuses a bad pattern and a duplicate with a message for the field', async () => {
    const state = createOptionsState(services());
    await state.actions.load();
    expect(await state.actions.addSite('records.example.nhs.uk')).toMatch(/expected a match pattern/);
    expect(await state.actions.addSite('http://localhost/*')).toMatch(/already listed/);
  });

  it('reports a failed action without throwing', async () => {
    const state = createOptionsState(services({ rollbackSource: async () => { throw new Error('no previous version'); } }));
    await state.actions.rollback('x');
    expect(state.status.value).toEqual({ kind: 'error', text: 'no previous version' });
    expect(state.busy.value).toBe(false);
  });
});

describe('options state under an enterprise policy', () => {
  const policySite = { pattern: 'https://ehr.example.nhs.uk/*', adapter: 'auto' };
  const withPolicy = (locked: (keyof Settings)[], saveSettings?: OptionsServices['saveSettings']) => {
    const fake = services(saveSettings ? { saveSettings } : {});
    fake.stored = { ...defaultSettings(), sites: [policySite, ...defaultSettings().sites], pilotCounts: true };
    fake.loadSettings = async () => ({ settings: fake.stored, locked: new Set(locked), policy: { sites: [policySite], pilotCounts: true }, policyIssues: ['policy sites[1]: expected a match pattern; entry dropped'] });
    return fake;
  };

  it('knows which sites and fields the policy sets', async () => {
    const state = createOptionsState(withPolicy(['pilotCounts']));
    await state.actions.load();
    expect([...state.managedSites.value]).toEqual(['https://ehr.example.nhs.uk/*']);
    expect(state.locked.value.has('pilotCounts')).toBe(true);
    expect(state.policyIssues.value).toHaveLength(1);
  });

  it('refuses to add to a locked site list before asking the browser', async () => {
    const fake = withPolicy(['sites']);
    const state = createOptionsState(fake);
    await state.actions.load();
    expect(await state.actions.addSite('https://other.example.org/*')).toMatch(/set by your organisation's policy/);
    expect(fake.requestPermission).not.toHaveBeenCalled();
  });

  it('reports a refused save (locked pilot counts) as an error, not a crash', async () => {
    const state = createOptionsState(withPolicy(['pilotCounts'], async () => { throw new Error('pilot counts ("pilotCounts") is set by your organisation\'s policy and cannot be changed here'); }));
    await state.actions.load();
    await state.actions.setPilotCounts(false);
    expect(state.status.value).toEqual({ kind: 'error', text: expect.stringMatching(/pilotCounts/) });
    expect(state.settings.value?.pilotCounts).toBe(true);
  });

  it('switches pilot counts on when nothing locks them', async () => {
    const fake = services();
    const state = createOptionsState(fake);
    await state.actions.load();
    await state.actions.setPilotCounts(true);
    expect(fake.stored.pilotCounts).toBe(true);
    expect(state.status.value?.text).toBe('Pilot counts are on.');
  });
});
