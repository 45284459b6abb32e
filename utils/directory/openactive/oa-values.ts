// Small readers for OpenActive JSON-LD, which comes in many shapes: Modelling Opportunity Data 2.0
// ("@type", "@id", Concept objects) and older feeds ("type", "id", plain strings).

export type Json = Record<string, unknown>;

export function isJson(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function asArray(value: unknown): unknown[] {
  return value === undefined || value === null ? [] : Array.isArray(value) ? value : [value];
}

export function typeOf(value: unknown): string | undefined {
  if (!isJson(value)) return undefined;
  const t = value['@type'] ?? value.type;
  const first = Array.isArray(t) ? t[0] : t;
  return typeof first === 'string' ? first.replace(/^(?:schema|oa|beta):/, '').replace(/^https?:\/\/(?:schema\.org|openactive\.io)\//, '') : undefined;
}

export function idOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (!isJson(value)) return undefined;
  const id = value['@id'] ?? value.id ?? value.identifier;
  return typeof id === 'string' ? id : typeof id === 'number' ? String(id) : undefined;
}

export function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() === '' ? undefined : value;
  if (typeof value === 'number') return String(value);
  return undefined;
}

export function num(value: unknown): number | undefined {
  const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : Number.NaN;
  return Number.isFinite(n) ? n : undefined;
}

// A Concept's label: { prefLabel }, a bare string (pre-2.0), or { name }.
export function labelOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (!isJson(value)) return undefined;
  return text(value.prefLabel) ?? text(value.name) ?? text(value.label);
}

// The last path segment or fragment of a URL-ish enumeration ("https://openactive.io/FemaleOnly",
// "oa:FemaleOnly", "schema:Monday"), lower case.
export function enumName(value: unknown): string | undefined {
  const t = typeof value === 'string' ? value : isJson(value) ? (text(value['@id']) ?? text(value.id) ?? text(value.prefLabel)) : undefined;
  return t?.split(/[/#:]/).pop()?.toLowerCase();
}
