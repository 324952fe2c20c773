import { defineConfig } from '@playwright/test';

// End-to-end tests against the REAL server: e2e/global-setup.ts starts `../tad demo` on a free port with a
// temporary TAD_DATA_DIR (or uses TAD_E2E_BASE_URL), and stops it afterwards. Debian's Chromium drives them.
// E2E_CPU_THROTTLE=N (e2e/fixtures.ts) runs every page's scripts N times slower, as on a slow machine: the waits grow
// with it (by N/2), so what a throttled run finds is the app racing its own hydration, not a fixed deadline
const slower = Math.max(1, Number(process.env.E2E_CPU_THROTTLE ?? '1') / 2);

export default defineConfig({
  testDir: './e2e',
  outputDir: './test-results/artifacts',
  timeout: 45_000 * slower,
  expect: { timeout: 10_000 * slower },
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e-results.json' }]],
  globalSetup: './e2e/global-setup.ts',
  use: {
    browserName: 'chromium',
    viewport: { width: 1280, height: 800 },
    locale: 'en-GB',
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync'],
    },
  },
});
