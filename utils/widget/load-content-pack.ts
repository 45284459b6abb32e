import { baseContent } from '../advice/base-content.ts';
import type { Content } from '../advice/content-schema.ts';
import { mergeContent, parseContentPack } from '../advice/content-pack.ts';

// A service's own content pack, fetched and merged over the built-in scripts. An invalid pack is
// refused with its errors and the built-in content stays in use.
export async function loadContentPack(
  url: string,
  fetchBytes: (url: string) => Promise<Uint8Array>,
): Promise<{ ok: true; content: Content } | { ok: false; message: string }> {
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(await fetchBytes(url)));
  } catch (error) {
    return { ok: false, message: `${url}: could not read the content pack (${error instanceof Error ? error.message : String(error)}); using the built-in scripts` };
  }
  const parsed = parseContentPack(json);
  if (!parsed.ok) {
    const first = parsed.errors.slice(0, 3).map((e) => `${e.path}: ${e.message}`).join('; ');
    return { ok: false, message: `${url}: content pack refused (${first}); using the built-in scripts` };
  }
  return { ok: true, content: mergeContent(baseContent(), parsed.pack) };
}
