import { browser } from 'wxt/browser';
import { baseContent } from './base-content.ts';
import type { Content } from './content-schema.ts';
import { mergeContent, parseContentPack, type ContentPack } from './content-pack.ts';
import type { ContentError } from './format-issues.ts';

// The one owner of the service's content pack in extension storage. The pack is stored as loaded
// and checked again on every read, so a pack that a newer version would refuse is set aside.
const KEY = 'contentPack';

export type SaveOutcome = { ok: true; pack: ContentPack } | { ok: false; errors: ContentError[] };

export async function saveContentPack(json: unknown): Promise<SaveOutcome> {
  const parsed = parseContentPack(json);
  if (!parsed.ok) return parsed;
  await browser.storage.local.set({ [KEY]: json });
  return { ok: true, pack: parsed.pack };
}

export async function loadContentPack(): Promise<{ pack?: ContentPack; problem?: string }> {
  const stored = (await browser.storage.local.get(KEY))[KEY];
  if (stored === undefined) return {};
  const parsed = parseContentPack(stored);
  if (parsed.ok) return { pack: parsed.pack };
  return { problem: `the stored content pack is no longer valid (${parsed.errors[0]?.path}: ${parsed.errors[0]?.message}); the built-in scripts are in use` };
}

export async function removeContentPack(): Promise<void> {
  await browser.storage.local.remove(KEY);
}

// Built-in content with the service's pack laid over it, or the built-in content alone.
export async function loadEffectiveContent(): Promise<Content | undefined> {
  const { pack } = await loadContentPack();
  return pack ? mergeContent(baseContent(), pack) : undefined;
}

export function onContentPackChanged(listener: () => void): () => void {
  const handler = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && KEY in changes) listener();
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}
