import { describe, expect, it, vi } from 'vitest';
import { createOptionsState, type OptionsServices } from '../../../utils/options/options-state.ts';
import { defaultSettings, type Settings } from '../../../utils/settings/schema.ts';

function services(overrides: Partial<OptionsServices> = {}): OptionsServices & { stored: Settings } {
  const fake: OptionsServices & { stored: Settings } = {
    stored: defaultSettings(),
    loadSettings: async (): Promise<Settings> => fake.stored,
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
