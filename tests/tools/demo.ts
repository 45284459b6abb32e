import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { ensureChromium } from './ensure-chromium.ts';
import { launchWithExtension } from './launch-extension.ts';
import { serveStatic } from './serve-static.ts';

// `npm run demo`: serves the synthetic demo records on 127.0.0.1 and opens Chromium (or the
// Chrome/Edge it finds, or CHROME_PATH) with the extension loaded on a demo record. Without a
// display it runs headless, saves a screenshot and prints what the sidebar shows.
const record = process.argv[2] ?? 'aisha-rahman';
const headless = process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
ensureChromium();
const server = await serveStatic(resolve(import.meta.dirname, '../../public'), Number(process.env.PORT ?? 0), { '/widget/': resolve(import.meta.dirname, '../../.output/widget') });
const { context, extensionId } = await launchWithExtension({ headless, viewport: { width: 1400, height: 900 } });
const page = context.pages()[0] ?? (await context.newPage());
const url = `${server.url}/demo/${record}.html`;
await page.goto(url);
process.stdout.write(`Demo record: ${url}\n`);

const sidebarUrl = `chrome-extension://${extensionId}/sidebar.html`;
const deadline = Date.now() + 15_000;
let frame = page.frames().find((f) => f.url().startsWith(sidebarUrl));
while (!frame && Date.now() < deadline) {
  await page.waitForTimeout(100);
  frame = page.frames().find((f) => f.url().startsWith(sidebarUrl));
}
if (!frame) throw new Error('expected the PA Signpost sidebar to open on the demo record, found no sidebar frame');
await frame.waitForSelector('[data-testid="directory-note"], .pa-warning-callout', { timeout: 15_000 });
await page.waitForTimeout(500);

if (headless) {
  const out = resolve(import.meta.dirname, '../.artifacts');
  mkdirSync(out, { recursive: true });
  const shot = resolve(out, `demo-${record}.png`);
  await page.screenshot({ path: shot });
  // The sidebar's text as a person reads it, without the long list of conditions one could add.
  const text = await frame.evaluate(() => {
    const copy = document.body.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('select, .pa-visually-hidden').forEach((el) => el.remove());
    document.body.append(copy);
    copy.style.position = 'absolute';
    const visible = copy.innerText;
    copy.remove();
    return visible.replace(/\n{3,}/g, '\n\n');
  });
  process.stdout.write(`\nScreenshot: ${shot}\n\nThe sidebar shows:\n\n${text}\n`);
  await context.close();
  await server.close();
} else {
  process.stdout.write('Chromium is open with PA Signpost loaded. Close the browser window to stop.\n');
  await new Promise<void>((done) => context.on('close', () => done()));
  await server.close();
}
