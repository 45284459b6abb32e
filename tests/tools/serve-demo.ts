import { resolve } from 'node:path';
import { serveStatic } from './serve-static.ts';

// `npm run serve:demo`: the demo records, sample pack and widget on http://127.0.0.1:8080, for
// trying a build by hand in any browser (the Firefox check in the README uses it).
const port = Number(process.env.PORT ?? 8080);
const server = await serveStatic(resolve(import.meta.dirname, '../../public'), port, { '/widget/': resolve(import.meta.dirname, '../../.output/widget') });
process.stdout.write(`Demo records: ${server.url}/demo/index.html\nWidget host page: ${server.url}/demo/widget-host.html\nPress Ctrl+C to stop.\n`);
