import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';

// Chromium flags proven on this machine kind (see the README's testing section): extensions load
// headless; ThirdPartyStoragePartitioning must stay enabled or IndexedDB in the sidebar frame fails.
const DISABLED_FEATURES = [
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
  // Chromium's own services, which would otherwise call Google from a test browser.
  'AutofillServerCommunication',
  'SafeBrowsing',
  'InterestFeedContentSuggestions',
  'SigninInterception',
];

export function findChromium(): string {
  const candidates = [
    process.env.CHROME_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/usr/bin/microsoft-edge',
    '/opt/google/chrome/chrome',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
    'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
    'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
  ].filter((p): p is string => Boolean(p));
  const found = candidates.find((p) => existsSync(p));
  if (!found) throw new Error(`expected Chromium, Chrome or Edge (set CHROME_PATH), found none of: ${candidates.join(', ')}`);
  return found;
}

export const EXTENSION_DIR = resolve(import.meta.dirname, '../../.output/chrome-mv3');

export interface LaunchOptions {
  headless?: boolean;
  proxy?: string;
  userDataDir?: string;
  viewport?: { width: number; height: number };
}

export async function launchWithExtension({ headless = true, proxy, userDataDir, viewport = { width: 1400, height: 900 } }: LaunchOptions = {}) {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) throw new Error(`expected a built extension in ${EXTENSION_DIR}, found none: run npm run build`);
  const args = [
    `--disable-extensions-except=${EXTENSION_DIR}`,
    `--load-extension=${EXTENSION_DIR}`,
    `--disable-features=${DISABLED_FEATURES.join(',')}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-client-side-phishing-detection',
    '--safebrowsing-disable-auto-update',
    '--disable-domain-reliability',
    '--no-pings',
    '--disable-default-apps',
    '--disable-component-extensions-with-background-pages',
    // The browser's own update checks and account calls go to a closed loopback port instead of
    // Google; the extension's traffic is untouched and still meets the recording proxy.
    '--apps-gallery-update-url=http://127.0.0.1:9/',
    '--gaia-url=http://127.0.0.1:9/',
    '--google-apis-url=http://127.0.0.1:9/',
    '--component-updater=url-source=http://127.0.0.1:9/',
    // Push messaging's check-in (android.clients.google.com), which newer Chromium builds start on
    // their own: the browser's, not the extension's, and sent nowhere.
    '--gcm-checkin-url=http://127.0.0.1:9/',
    '--gcm-registration-url=http://127.0.0.1:9/',
    '--gcm-mcs-endpoint=http://127.0.0.1:9/',
    // Loopback is bypassed by default, so only traffic bound off the machine reaches the proxy.
    ...(proxy ? [`--proxy-server=${proxy}`] : []),
  ];
  const context: BrowserContext = await chromium.launchPersistentContext(userDataDir ?? mkdtempSync(join(tmpdir(), 'pa-signpost-')), {
    executablePath: findChromium(),
    headless,
    args,
    viewport,
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  await waitForExtensionReady(worker);
  return { context, extensionId, worker };
}

// A fresh install registers the content script on the demo sites and loads the sample pack in the
// background; a person opening a record a few seconds later finds both done. Tests and the demo
// wait for that moment rather than racing it.
export async function waitForExtensionReady(worker: Worker, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const ready = await worker.evaluate(async () => {
      const api = (globalThis as unknown as { chrome: { scripting: { getRegisteredContentScripts(): Promise<unknown[]> }; storage: { local: { get(key: string): Promise<Record<string, unknown>> } } } }).chrome;
      const scripts = await api.scripting.getRegisteredContentScripts();
      const stored = await api.storage.local.get('directoryChangedAt');
      return scripts.length > 0 && stored.directoryChangedAt !== undefined;
    });
    if (ready) return;
    if (Date.now() > deadline) throw new Error('expected the extension to register its content script and load the sample pack, found it still not ready');
    await new Promise((done) => setTimeout(done, 100));
  }
}
