import { test as base, expect, type BrowserContext, type Frame, type Page } from '@playwright/test';
import { resolve } from 'node:path';
import { launchWithExtension } from '../tools/launch-extension.ts';
import { startRecordingProxy, type RecordingProxy } from '../tools/record-proxy.ts';
import { serveStatic, type StaticServer } from '../tools/serve-static.ts';

export const PUBLIC_DIR = resolve(import.meta.dirname, '../../public');

type Fixtures = {
  context: BrowserContext;
  extensionId: string;
  recorder: RecordingProxy;
  requests: string[];
  openRecord(name: string, page?: Page): Promise<{ page: Page; sidebar: Frame }>;
};
type WorkerFixtures = { server: StaticServer };

// Every test gets a fresh profile (so onInstalled seeds the sample pack), a demo server on
// 127.0.0.1, and a proxy that records any request trying to leave the machine.
export const test = base.extend<Fixtures, WorkerFixtures>({
  server: [
    async ({}, use) => {
      const server = await serveStatic(PUBLIC_DIR, 0, { '/widget/': resolve(PUBLIC_DIR, '../.output/widget') });
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  recorder: async ({}, use) => {
    const recorder = await startRecordingProxy();
    await use(recorder);
    await recorder.close();
  },
  requests: async ({}, use) => use([]),
  context: async ({ recorder, requests }, use) => {
    const { context } = await launchWithExtension({ proxy: recorder.url });
    context.on('request', (request) => requests.push(request.url()));
    await use(context);
    await context.close();
  },
  extensionId: async ({ context }, use) => {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await use(new URL(worker.url()).host);
  },
  openRecord: async ({ context, server, extensionId }, use) => {
    await use(async (name, page) => {
      const tab = page ?? (await context.newPage());
      await tab.goto(`${server.url}/demo/${name}.html`);
      const sidebar = await sidebarFrame(tab, extensionId);
      return { page: tab, sidebar };
    });
  },
});

export async function sidebarFrame(page: Page, extensionId: string): Promise<Frame> {
  const prefix = `chrome-extension://${extensionId}/sidebar.html`;
  await expect.poll(() => page.frames().some((f) => f.url().startsWith(prefix)), { message: 'expected the sidebar frame to mount' }).toBe(true);
  const frame = page.frames().find((f) => f.url().startsWith(prefix))!;
  await frame.waitForSelector('.pa-sidebar');
  return frame;
}

export { expect };
