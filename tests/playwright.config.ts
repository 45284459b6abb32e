import { defineConfig } from '@playwright/test';

// Extension e2e tests in Debian's Chromium with the built extension loaded. Two cores: one worker.
export default defineConfig({
  testDir: './e2e',
  outputDir: './.results/e2e-artifacts',
  workers: 1,
  fullyParallel: false,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: './.results/e2e.json' }]],
  use: { trace: 'off', screenshot: 'off' },
});
