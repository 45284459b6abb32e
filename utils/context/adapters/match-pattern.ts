// WebExtension-style match patterns: "<scheme>://<host>/<path>", where scheme "*" means http or
// https, host "*" any host and "*.example.org" the domain and its subdomains, and "*" in the path
// any characters. Ports are ignored, as browsers do.
export function matchesPattern(pattern: string, url: string): boolean {
  const m = /^([^:]+):\/\/([^/]*)(\/.*)$/.exec(pattern);
  if (!m) return false;
  const [, scheme, host, path] = m as unknown as [string, string, string, string];
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  const protocol = parsed.protocol.slice(0, -1);
  if (scheme === '*' ? protocol !== 'http' && protocol !== 'https' : protocol !== scheme) return false;
  const hostname = parsed.hostname;
  if (host !== '*' && host !== '') {
    if (host.startsWith('*.')) {
      const base = host.slice(2);
      if (hostname !== base && !hostname.endsWith(`.${base}`)) return false;
    } else if (hostname !== host) return false;
  }
  return glob(path, parsed.pathname + parsed.search);
}

// Linear-time glob: '*' matches any run of characters.
function glob(pattern: string, text: string): boolean {
  const parts = pattern.split('*');
  if (parts.length === 1) return pattern === text;
  if (!text.startsWith(parts[0]!)) return false;
  let at = parts[0]!.length;
  for (let k = 1; k < parts.length - 1; k++) {
    const found = text.indexOf(parts[k]!, at);
    if (found < 0) return false;
    at = found + parts[k]!.length;
  }
  const last = parts[parts.length - 1]!;
  return text.length - last.length >= at && text.endsWith(last);
}
