import * as v from 'valibot';

// Settings are the only persisted data besides the directory. They hold no patient data.

// A WebExtension match pattern limited to web origins: scheme://host/path with an optional leading *.
export const MATCH_PATTERN = /^(https?|\*):\/\/(\*|(\*\.)?[a-z0-9.-]+|\[[0-9a-f:]+\])(:\d{1,5})?\/.*$/i;

export const SiteSchema = v.object({
  pattern: v.pipe(v.string(), v.trim(), v.regex(MATCH_PATTERN, 'expected a match pattern such as https://records.example.nhs.uk/*')),
  adapter: v.optional(v.pipe(v.string(), v.maxLength(80)), 'auto'),
});

export const PackSourceSchema = v.object({
  url: v.pipe(v.string(), v.trim(), v.url('expected a web address'), v.regex(/^https?:/i, 'expected an http(s) address')),
  refreshHours: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(24 * 90)), 24 * 7),
});

export const SettingsSchema = v.object({
  sites: v.array(SiteSchema),
  packSources: v.array(PackSourceSchema),
  pilotCounts: v.boolean(),
});

export type Site = v.InferOutput<typeof SiteSchema>;
export type PackSource = v.InferOutput<typeof PackSourceSchema>;
export type Settings = v.InferOutput<typeof SettingsSchema>;

// Only the demo origins open the sidebar by themselves out of the box.
export const DEMO_SITE_PATTERNS = ['http://127.0.0.1/*', 'http://localhost/*'] as const;

export function defaultSettings(): Settings {
  return {
    sites: DEMO_SITE_PATTERNS.map((pattern) => ({ pattern, adapter: 'auto' })),
    packSources: [],
    pilotCounts: false,
  };
}
