import { createReadStream, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export interface StaticServer {
  url: string;
  server: Server;
  // Extra routes for tests (e.g. a pack URL that fails), checked before files.
  routes: Map<string, (res: import('node:http').ServerResponse) => void>;
  close(): Promise<void>;
}

// Serves a folder on 127.0.0.1 only: the demo and e2e tests never need anything else.
export async function serveStatic(root: string, port = 0, mounts: Record<string, string> = {}): Promise<StaticServer> {
  const base = resolve(root);
  const routes: StaticServer['routes'] = new Map();
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    const route = routes.get(path);
    if (route) return route(res);
    const mount = Object.keys(mounts).find((prefix) => path.startsWith(prefix));
    const folder = mount ? resolve(mounts[mount]!) : base;
    const rest = mount ? path.slice(mount.length - 1) : path;
    const file = normalize(join(folder, rest.endsWith('/') ? `${rest}index.html` : rest));
    if (!file.startsWith(folder)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if (!statSync(file).isFile()) throw new Error('not a file');
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((ok) => server.listen(port, '127.0.0.1', ok));
  const { port: actual } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${actual}`,
    server,
    routes,
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}
