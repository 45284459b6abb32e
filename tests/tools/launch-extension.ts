import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

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
  return { context, extensionId, worker };
}
