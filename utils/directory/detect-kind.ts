import { decodeText } from './decode-text.ts';

export type DirectoryFileKind = 'csv' | 'pack' | 'rpde' | 'unknown-json';

// What a directory file is, from its content (names lie: "export.json" may be a CSV download).
export function detectKind(bytes: Uint8Array): { kind: DirectoryFileKind; json?: unknown; text: string } {
  const { text } = decodeText(bytes);
  const start = text.trimStart().charAt(0);
  if (start !== '{' && start !== '[') return { kind: 'csv', text };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    // A truncated pack or feed: let the pack importer name the position.
    return { kind: 'pack', text };
  }
  if (json && typeof json === 'object' && !Array.isArray(json)) {
    const record = json as Record<string, unknown>;
    if (record.format === 'pa-signpost-region-pack') return { kind: 'pack', json, text };
    if (Array.isArray(record.items) && 'next' in record) return { kind: 'rpde', json, text };
  }
  return { kind: 'unknown-json', json, text };
}
