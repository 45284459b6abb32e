import { describe, expect, it } from 'vitest';
import { repairSettings } from '../../../utils/settings/repair-settings.ts';
import { defaultSettings } from '../../../utils/settings/schema.ts';

describe('repairSettings', () => {
  it('gives defaults (demo origins only) when nothing is stored', () => {
    const { settings, repaired } = repairSettings(undefined);
    expect(settings).toEqual(defaultSettings());
    expect(settings.sites.map((s) => s.pattern)).toEqual(['http://127.0.0.1/*', 'http://localhost/*']);
    expect(settings.pilotCounts).toBe(false);
    expect(repaired).toEqual([]);
  });

  it('keeps valid entries and drops invalid ones, saying which', () => {
    const { settings, repaired } = repairSettings({
      sites: [{ pattern: 'https://records.example.nhs.uk/*' }, { pattern: 'javascript:alert(1)' }, 42],
      packSources: [{ url: 'https://packs.example.org/camden.json', refreshHours: 24 }, { url: 'ftp://nope' }],
      pilotCounts: 'yes',
    });
    expect(settings.sites).toEqual([{ pattern: 'https://records.example.nhs.uk/*', adapter: 'auto' }]);
    expect(settings.packSources).toEqual([{ url: 'https://packs.example.org/camden.json', refreshHours: 24 }]);
    expect(settings.pilotCounts).toBe(false);
    expect(repaired).toHaveLength(4);
    expect(repaired[0]).toMatch(/^sites\[1\]: expected a match pattern/);
    expect(repaired.at(-1)).toMatch(/pilotCounts: expected true or false, found "yes"/);
  });

  it('restores defaults when the stored value is not an object', () => {
    expect(repairSettings('garbage').repaired[0]).toMatch(/expected an object, found "garbage"/);
    expect(repairSettings(null).settings).toEqual(defaultSettings());
  });

  it('restores a field that is not a list', () => {
    const { settings, repaired } = repairSettings({ sites: 'https://x/*' });
    expect(settings.sites).toEqual(defaultSettings().sites);
    expect(repaired[0]).toMatch(/sites: expected a list/);
  });
});
