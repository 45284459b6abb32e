import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import config from '../../../wxt.config.ts';
import { LOCKABLE_SETTINGS, PolicySchema } from '../../../utils/policy/policy-schema.ts';
import { SettingsSchema } from '../../../utils/settings/schema.ts';

interface JsonSchema {
  type?: string;
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  enum?: string[];
  additionalProperties?: unknown;
  [key: string]: unknown;
}
interface ValibotNode {
  type: string;
  wrapped?: ValibotNode;
  item?: ValibotNode;
  entries?: Record<string, ValibotNode>;
  options?: readonly string[];
}

const jsonSchema = JSON.parse(readFileSync(join(process.cwd(), 'public/managed-schema.json'), 'utf8')) as JsonSchema;

// The JSON type Chrome checks for each valibot schema type we use.
const JSON_TYPES: Record<string, string[]> = { string: ['string'], number: ['integer', 'number'], boolean: ['boolean'], array: ['array'], object: ['object'], picklist: ['string'] };

// Walks both schemas side by side and lists every difference, so a key added on one side only fails here.
function compare(path: string, json: JsonSchema, node: ValibotNode, problems: string[]): void {
  while (node.type === 'optional' && node.wrapped) node = node.wrapped;
  if (!JSON_TYPES[node.type]?.includes(json.type ?? '')) problems.push(`${path}: expected JSON type ${JSON_TYPES[node.type]?.join(' or ')} for valibot ${node.type}, found ${json.type}`);
  if (node.type === 'object') {
    const jsonKeys = Object.keys(json.properties ?? {}).sort();
    const valibotKeys = Object.keys(node.entries ?? {}).sort();
    for (const key of jsonKeys) if (!valibotKeys.includes(key)) problems.push(`${path}.${key}: in managed-schema.json, not in the policy schema`);
    for (const key of valibotKeys) if (!jsonKeys.includes(key)) problems.push(`${path}.${key}: in the policy schema, not in managed-schema.json`);
    for (const key of jsonKeys.filter((k) => valibotKeys.includes(k))) compare(`${path}.${key}`, json.properties![key]!, node.entries![key]!, problems);
  }
  if (node.type === 'array') compare(`${path}[]`, json.items ?? {}, node.item!, problems);
  if (node.type === 'picklist') expect(json.enum, `${path} enum`).toEqual([...(node.options ?? [])]);
}

describe('public/managed-schema.json', () => {
  it('declares exactly the keys of the valibot policy schema, with matching types', () => {
    const problems: string[] = [];
    compare('policy', jsonSchema, PolicySchema as unknown as ValibotNode, problems);
    expect(problems).toEqual([]);
  });

  it('follows Chrome’s rules: an object at the top, no additionalProperties there, every schema typed', () => {
    expect(jsonSchema.type).toBe('object');
    expect(jsonSchema).not.toHaveProperty('additionalProperties');
    const allowed = new Set(['type', 'title', 'description', 'properties', 'items', 'enum', 'minimum', 'maximum']);
    const walk = (schema: JsonSchema, path: string) => {
      expect(schema.type, `${path}.type`).toMatch(/^(object|array|string|integer|number|boolean)$/);
      for (const key of Object.keys(schema)) expect(allowed.has(key), `${path}: unexpected attribute ${key}`).toBe(true);
      for (const [key, child] of Object.entries(schema.properties ?? {})) walk(child, `${path}.${key}`);
      if (schema.items) walk(schema.items, `${path}[]`);
    };
    walk(jsonSchema, 'policy');
  });

  it('lets IT lock every setting and nothing else', () => {
    expect([...LOCKABLE_SETTINGS].sort()).toEqual(Object.keys(SettingsSchema.entries).sort());
    expect(Object.keys(PolicySchema.entries).sort()).toEqual([...Object.keys(SettingsSchema.entries), 'lockedSettings'].sort());
  });

  it('refresh hours bounds match the settings schema', () => {
    const hours = jsonSchema.properties!.packSources!.items!.properties!.refreshHours!;
    expect([hours.minimum, hours.maximum]).toEqual([1, 24 * 90]);
  });
});

describe('wxt.config.ts manifest', () => {
  const manifest = (browser: string, manifestVersion: 2 | 3) =>
    (config.manifest as (env: { browser: string; manifestVersion: 2 | 3; mode: string; command: string }) => Record<string, unknown>)({
      browser,
      manifestVersion,
      mode: 'production',
      command: 'build',
    });

  it('points Chrome and Edge (MV3) at managed-schema.json, a file that ships in public/', () => {
    expect(manifest('chrome', 3).storage).toEqual({ managed_schema: 'managed-schema.json' });
    expect(manifest('edge', 3).storage).toEqual({ managed_schema: 'managed-schema.json' });
  });

  it('leaves it out for Firefox, which reads policies.json instead', () => {
    expect(manifest('firefox', 2).storage).toBeUndefined();
  });

  it('tells Firefox that no data is collected (pilot counts stay in the browser)', () => {
    expect(manifest('firefox', 2).browser_specific_settings).toMatchObject({ gecko: { data_collection_permissions: { required: ['none'] } } });
  });
});
