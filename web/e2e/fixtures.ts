// Shared test setup: the server's base URL, and a network fence so nothing leaves the machine
// (map tiles and Instagram are answered or refused locally).
import { test as base, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

export const test = base.extend({
  baseURL: async ({}, use) => {
    const url = process.env.TAD_E2E_BASE_URL;
    if (!url) throw new Error('TAD_E2E_BASE_URL is not set (global setup did not start the server)');
    await use(url.replace(/\/$/, ''));
  },
  context: async ({ context, baseURL }, use) => {
    const origin = new URL(baseURL!).origin;
    await context.route((url) => url.origin !== origin, (route) => {
      const host = new URL(route.request().url()).hostname;
      if (host.endsWith('instagram.com')) {
        return route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Instagram (stub)</title><h1>Instagram stub</h1>' });
      }
      return route.abort('blockedbyclient');
    });
    await use(context);
  },
  page: async ({ page }, use) => {
    // E2E_CPU_THROTTLE=6 runs every page's scripts six times slower (Chromium's own CPU throttling), as on a slow CI
    // machine or phone: clicks then land before the app has hydrated (docs/web.md, "Before the scripts run")
    const throttle = Number(process.env.E2E_CPU_THROTTLE ?? '1');
    if (throttle > 1) {
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
    }
    // script errors and React warnings fail the test; refused external requests (map tiles) are expected
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) problems.push(message.text());
    });
    await use(page);
    expect(problems, 'console errors').toEqual([]);
  },
});
export { expect };

export const SIZES = {
  desktop: { width: 1280, height: 800 },
  mobile: { width: 375, height: 812 },
} as const;

/** The widths the first views are held to (issue 19): a phone and a laptop. */
export const FIRST_VIEW_SIZES = {
  '390 px': { width: 390, height: 844 },
  '1366 px': { width: 1366, height: 768 },
} as const;

/** The page's own JavaScript (the framework and app chunks) never arrives: what shows is the HTML alone. */
export async function withoutAppScripts(page: Page): Promise<void> {
  await page.route('**/_next/static/**/*.js', (route) => route.abort('blockedbyclient'));
}

/** Counts layout shifts (without recent input) from the start of the next page load into window.__shift. */
export async function countLayoutShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __shift: number };
    w.__shift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) {
        if (!entry.hadRecentInput) w.__shift += entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

export async function layoutShift(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { __shift: number }).__shift);
}

/** Runs axe with the WCAG 2.0/2.1 A and AA rules and fails listing every violation. */
export async function expectNoAxeViolations(page: Page, label: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const summary = results.violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('\n    ')}`);
  expect(summary, `axe violations on ${label}`).toEqual([]);
}

/** Full-page screenshot kept under test-results/screenshots/ as an artifact. */
export async function keepScreenshot(page: Page, name: string, fullPage = true): Promise<void> {
  await page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage });
}

/**
 * Waits until the page's app has hydrated and rendered its own data (useInteractiveMark): needed before using a control
 * that only the script serves (the removal form's own checks, the lightbox, the grid/map switch). Links and the search
 * form work from the HTML alone and need no wait.
 */
export async function appReady(page: Page): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('data-interactive', '');
}

/** Waits until the results area has finished loading. */
export async function resultsSettled(page: Page): Promise<void> {
  await expect(page.locator('section[aria-labelledby="results-heading"]')).toHaveAttribute('aria-busy', 'false');
}
