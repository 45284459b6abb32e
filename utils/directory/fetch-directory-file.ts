import type { ImportInput } from './parse-import.ts';

// Fetches an admin-configured directory URL: no cookies, no cache, a clear error on HTTP failure.
export async function fetchBytes(url: string, signal?: AbortSignal): Promise<Uint8Array> {
  const response = await fetch(url, { ...(signal ? { signal } : {}), cache: 'no-store', credentials: 'omit' });
  if (!response.ok) throw new Error(`${url}: expected the file, found HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

export async function fetchDirectoryFile(url: string, signal?: AbortSignal): Promise<ImportInput> {
  return { name: new URL(url).pathname.split('/').pop() || url, bytes: await fetchBytes(url, signal), origin: { kind: 'url', url } };
}

export async function fetchJson(url: string, signal?: AbortSignal): Promise<unknown> {
  return JSON.parse(new TextDecoder().decode(await fetchBytes(url, signal))) as unknown;
}
