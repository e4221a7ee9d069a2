import { defineConfig, type PlaywrightTestOptions, type PlaywrightWorkerOptions } from '@playwright/test';

/**
 * Debian's Chromium, never a downloaded browser. The flags keep it from
 * reaching for the network this machine does not have, and let it run as
 * root in CI.
 */
export const CHROMIUM_EXECUTABLE = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const DEBIAN_CHROMIUM: Partial<PlaywrightTestOptions & PlaywrightWorkerOptions> = {
  browserName: 'chromium',
  launchOptions: {
    executablePath: CHROMIUM_EXECUTABLE,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  },
};

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 2,
  retries: 0,
  forbidOnly: true,
  reporter: [['list'], ['./e2e/support/skip-reason-reporter.ts']],
  use: {
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'web',
      testMatch: /web\/.*\.spec\.ts$/,
      use: DEBIAN_CHROMIUM,
    },
    {
      name: 'export',
      testMatch: /export\/.*\.spec\.ts$/,
      use: DEBIAN_CHROMIUM,
    },
    { name: 'cli', testMatch: /cli\/.*\.spec\.ts$/ },
    // The pages' validators run without a browser; the print check loads a page in Chromium.
    { name: 'pages', testMatch: /pages\/.*\.spec\.ts$/, use: DEBIAN_CHROMIUM },
    { name: 'electron', testMatch: /electron\/.*\.spec\.ts$/ },
  ],
});
