import { computed, signal } from '@preact/signals';
import * as v from 'valibot';
import type { SourceRecord } from '../directory/store/db.ts';
import type { Policy } from '../policy/policy-schema.ts';
import { SiteSchema, type Settings } from '../settings/schema.ts';

// Settings as the options page sees them: effective values plus what the enterprise policy locks.
export interface LoadedSettings {
  settings: Settings;
  locked: ReadonlySet<keyof Settings>;
  policy: Policy;
  policyIssues: readonly string[];
}

// What the options page needs from the outside world, injected so the state is testable.
export interface OptionsServices {
  loadSettings(): Promise<LoadedSettings>;
  saveSettings(settings: Settings): Promise<Settings>;
  hasPermission(pattern: string): Promise<boolean>;
  requestPermission(pattern: string): Promise<boolean>;
  listSources(): Promise<SourceRecord[]>;
  rollbackSource(id: string): Promise<unknown>;
  refreshSource(id: string): Promise<{ ok: boolean; message: string }>;
  deleteSource(id: string): Promise<void>;
  exportSource(id: string, format: 'pack' | 'csv'): Promise<void>;
}

export function createOptionsState(services: OptionsServices) {
  const settings = signal<Settings | undefined>(undefined);
  const locked = signal<ReadonlySet<keyof Settings>>(new Set());
  const policy = signal<Policy>({});
  const policyIssues = signal<readonly string[]>([]);
  // Sites the policy sets: shown as locked, with no Remove button.
  const managedSites = computed(() => new Set((policy.value.sites ?? []).map((s) => s.pattern)));
  const granted = signal<Record<string, boolean>>({});
  const sources = signal<SourceRecord[]>([]);
  const busy = signal(false);
  const status = signal<{ kind: 'info' | 'error'; text: string } | undefined>(undefined);

  const refreshGrants = async (s: Settings) => {
    const entries = await Promise.all(s.sites.map(async (site) => [site.pattern, await services.hasPermission(site.pattern)] as const));
    granted.value = Object.fromEntries(entries);
  };
  const save = async (next: Settings) => {
    settings.value = await services.saveSettings(next);
    await refreshGrants(settings.value);
  };
  const guarded = async (work: () => Promise<void>, done?: string) => {
    busy.value = true;
    try {
      await work();
      if (done) status.value = { kind: 'info', text: done };
    } catch (error) {
      status.value = { kind: 'error', text: error instanceof Error ? error.message : String(error) };
    } finally {
      busy.value = false;
    }
  };

  return {
    settings,
    locked,
    policy,
    policyIssues,
    managedSites,
    granted,
    sources,
    busy,
    status,
    actions: {
      async load() {
        const loaded = await services.loadSettings();
        settings.value = loaded.settings;
        locked.value = loaded.locked;
        policy.value = loaded.policy;
        policyIssues.value = loaded.policyIssues;
        await refreshGrants(loaded.settings);
        sources.value = await services.listSources();
      },
      async refreshSources() {
        sources.value = await services.listSources();
      },
      // Returns a message for the field, or undefined when the site was added.
      async addSite(pattern: string): Promise<string | undefined> {
        const current = settings.value;
        if (!current) return 'settings are still loading';
        if (locked.value.has('sites')) return "the site list is set by your organisation's policy";
        const parsed = v.safeParse(SiteSchema, { pattern });
        if (!parsed.success) return parsed.issues[0].message;
        if (current.sites.some((s) => s.pattern === parsed.output.pattern)) return `${parsed.output.pattern} is already listed`;
        // Ask while the click still counts as a user gesture; the site is listed either way.
        const ok = await services.requestPermission(parsed.output.pattern);
        await save({ ...current, sites: [...current.sites, parsed.output] });
        status.value = ok
          ? { kind: 'info', text: `Added ${parsed.output.pattern}. The sidebar will open by itself there.` }
          : { kind: 'error', text: `Added ${parsed.output.pattern}, but the browser did not grant permission: use "Grant permission".` };
        return undefined;
      },
      removeSite: (pattern: string) =>
        guarded(async () => {
          const current = settings.value;
          if (current) await save({ ...current, sites: current.sites.filter((s) => s.pattern !== pattern) });
        }),
      // Saving refuses when the policy sets pilot counts; the message says so.
      setPilotCounts: (on: boolean) =>
        guarded(async () => {
          const current = settings.value;
          if (current) await save({ ...current, pilotCounts: on });
        }, on ? 'Pilot counts are on.' : 'Pilot counts are off. Counts kept so far stay until you reset them.'),
      async grant(pattern: string) {
        await services.requestPermission(pattern);
        if (settings.value) await refreshGrants(settings.value);
      },
      rollback: (id: string) =>
        guarded(async () => {
          await services.rollbackSource(id);
          sources.value = await services.listSources();
        }, 'Rolled back to the previous version.'),
      refresh: async (id: string) => {
        busy.value = true;
        try {
          const outcome = await services.refreshSource(id);
          status.value = { kind: outcome.ok ? 'info' : 'error', text: outcome.message };
          sources.value = await services.listSources();
        } finally {
          busy.value = false;
        }
      },
      remove: (id: string) =>
        guarded(async () => {
          await services.deleteSource(id);
          sources.value = await services.listSources();
        }, 'Directory deleted.'),
      exportSource: (id: string, format: 'pack' | 'csv') => guarded(() => services.exportSource(id, format)),
    },
  };
}

export type OptionsState = ReturnType<typeof createOptionsState>;
