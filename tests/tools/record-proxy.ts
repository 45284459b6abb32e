import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

// A proxy that forwards nothing and records everything. Chromium sends every non-loopback request
// through it, so any entry in `attempts` is traffic that tried to leave the machine.
export interface RecordingProxy {
  url: string;
  attempts: string[];
  close(): Promise<void>;
}

export async function startRecordingProxy(): Promise<RecordingProxy> {
  const attempts: string[] = [];
  const server: Server = createServer((req, res) => {
    attempts.push(`${req.method} ${req.url}`);
    res.writeHead(502).end();
  });
  server.on('connect', (req, socket) => {
    attempts.push(`CONNECT ${req.url}`);
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, attempts, close: () => new Promise((ok) => server.close(() => ok())) };
}
