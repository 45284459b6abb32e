import { describe, expect, it } from 'vitest';
import { applyPolicy } from '../../../utils/policy/apply-policy.ts';
import { repairPolicy } from '../../../utils/policy/repair-policy.ts';
import { toLocalSettings } from '../../../utils/policy/to-local-settings.ts';
import { defaultSettings, type Settings } from '../../../utils/settings/schema.ts';

const local = (): Settings => ({
  sites: [{ pattern: 'http://127.0.0.1/*', adapter: 'auto' }, { pattern: 'https://records.example.nhs.uk/*', adapter: 'auto' }],
  packSources: [{ url: 'https://packs.example.org/local.json', refreshHours: 24 }],
  pilotCounts: false,
});

describe('applyPolicy', () => {
  it('changes nothing and locks nothing with an empty policy', () => {
    const { settings, locked } = applyPolicy(local(), {});
    expect(settings).toEqual(local());
    expect(locked.size).toBe(0);
  });

  it('puts policy sites and addresses first, winning over local entries with the same pattern or URL', () => {
    const { settings, locked } = applyPolicy(local(), {
      sites: [{ pattern: 'https://records.example.nhs.uk/*', adapter: 'carenotes' }],
      packSources: [{ url: 'https://packs.example.org/region.json', refreshHours: 12 }],
    });
    expect(settings.sites).toEqual([
      { pattern: 'https://records.example.nhs.uk/*', adapter: 'carenotes' },
      { pattern: 'http://127.0.0.1/*', adapter: 'auto' },
    ]);
    expect(settings.packSources.map((p) => p.url)).toEqual(['https://packs.example.org/region.json', 'https://packs.example.org/local.json']);
    expect(locked.size).toBe(0);
  });

  it('a managed pilotCounts wins and is locked', () => {
    const { settings, locked } = applyPolicy({ ...local(), pilotCounts: false }, { pilotCounts: true });
    expect(settings.pilotCounts).toBe(true);
    expect([...locked]).toEqual(['pilotCounts']);
  });

  it('a locked list holds only the policy entries', () => {
    const { settings, locked } = applyPolicy(local(), { sites: [{ pattern: 'https://ehr.example.nhs.uk/*', adapter: 'auto' }], lockedSettings: ['sites'] });
    expect(settings.sites.map((s) => s.pattern)).toEqual(['https://ehr.example.nhs.uk/*']);
    expect(locked.has('sites')).toBe(true);
  });

  it('a locked list the policy does not give stays as it is locally', () => {
    const { settings, locked } = applyPolicy(local(), { lockedSettings: ['packSources'] });
    expect(settings.packSources).toEqual(local().packSources);
    expect(locked.has('packSources')).toBe(true);
  });
});

describe('toLocalSettings (saving under a policy)', () => {
  const policy = { sites: [{ pattern: 'https://ehr.example.nhs.uk/*', adapter: 'auto' }], pilotCounts: true };

  it('stores only the local entries, so removing a site from the policy removes it here too', () => {
    const effective = applyPolicy(local(), policy).settings;
    const next = { ...effective, sites: [...effective.sites, { pattern: 'https://new.example.org/*', adapter: 'auto' }] };
    const stored = toLocalSettings(next, local(), policy);
    expect(stored.sites.map((s) => s.pattern)).toEqual(['http://127.0.0.1/*', 'https://records.example.nhs.uk/*', 'https://new.example.org/*']);
    expect(stored.pilotCounts).toBe(false);
  });

  it('refuses to change a locked field, naming it', () => {
    const effective = applyPolicy(local(), policy).settings;
    expect(() => toLocalSettings({ ...effective, pilotCounts: false }, local(), policy)).toThrow(/pilot counts \("pilotCounts"\) is set by your organisation's policy/);
  });

  it('refuses to remove or change a policy site', () => {
    const effective = applyPolicy(local(), policy).settings;
    expect(() => toLocalSettings({ ...effective, sites: effective.sites.slice(1) }, local(), policy)).toThrow(/site https:\/\/ehr.example.nhs.uk\/\* is set by your organisation's policy and cannot be removed/);
    const changed = effective.sites.map((s) => (s.pattern === 'https://ehr.example.nhs.uk/*' ? { ...s, adapter: 'other' } : s));
    expect(() => toLocalSettings({ ...effective, sites: changed }, local(), policy)).toThrow(/expected adapter "auto", found "other"/);
  });

  it('refuses any change to a locked list', () => {
    const locked = { lockedSettings: ['sites' as const] };
    const effective = applyPolicy(defaultSettings(), locked).settings;
    expect(() => toLocalSettings({ ...effective, sites: [] }, defaultSettings(), locked)).toThrow(/the clinical sites list \("sites"\) is set by your organisation's policy/);
  });
});

describe('repairPolicy', () => {
  it('keeps valid entries, drops the rest and says which', () => {
    const { policy, repaired } = repairPolicy({
      sites: [{ pattern: 'https://ehr.example.nhs.uk/*' }, { pattern: 'not a pattern' }],
      packSources: 'https://packs.example.org/x.json',
      pilotCounts: 'yes',
      lockedSettings: ['sites', 'everything'],
      colour: 'blue',
    });
    expect(policy).toEqual({ sites: [{ pattern: 'https://ehr.example.nhs.uk/*', adapter: 'auto' }], lockedSettings: ['sites'] });
    expect(repaired).toEqual([
      expect.stringMatching(/^policy sites\[1\]: expected a match pattern/),
      expect.stringMatching(/^policy packSources: expected a list, found "https/),
      expect.stringMatching(/^policy pilotCounts: expected true or false, found "yes"/),
      expect.stringMatching(/^policy lockedSettings\[1\]: expected one of sites, packSources, pilotCounts/),
      expect.stringMatching(/^policy colour: expected one of/),
    ]);
  });

  it('treats nothing as an empty policy and a non-object as an ignored one', () => {
    expect(repairPolicy(undefined)).toEqual({ policy: {}, repaired: [] });
    expect(repairPolicy({})).toEqual({ policy: {}, repaired: [] });
    expect(repairPolicy('x').repaired[0]).toMatch(/expected an object, found "x"/);
  });
});
