#!/usr/bin/env node
// axe-core (WCAG 2.0/2.1 A and AA rules) on the search page and one profile page of a RUNNING server, at 390 px and
// 1366 px wide, after the app has taken over; prints the violations per page and size and exits 1 when there is any.
// Usage: node scripts/axe.mjs http://127.0.0.1:8080 [--artist ID]   (Debian's Chromium, as the e2e tests)
import { chromium } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

const args = process.argv.slice(2);
const base = (args.find((a) => /^https?:/.test(a)) ?? 'http://127.0.0.1:8080').replace(/\/$/, '');
const artistArg = args.indexOf('--artist') >= 0 ? args[args.indexOf('--artist') + 1] : undefined;
const id = artistArg ?? (await (await fetch(`${base}/api/artists?size=1`)).json()).items[0].id;
const sizes = { '390 px': { width: 390, height: 844 }, '1366 px': { width: 1366, height: 768 } };
const pages = { search: '/', profile: `/artists/${id}` };

const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking'] });
const rows = [];
try {
  for (const [size, viewport] of Object.entries(sizes)) {
    for (const [name, path] of Object.entries(pages)) {
      const context = await browser.newContext({ viewport });
      const page = await context.newPage();
      await page.goto(`${base}${path}`);
      // the app has taken over the server's first view
      await page.waitForFunction(() => !document.getElementById('search-first-view') && !document.getElementById('profile-first-view'));
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      rows.push({ page: name, size, violations: results.violations.length, passes: results.passes.length,
        rules: results.violations.map((v) => `${v.id} (${v.nodes.length})`).join(', ') });
      await context.close();
    }
  }
} finally {
  await browser.close();
}
console.log(`axe-core ${(await import('axe-core/package.json', { with: { type: 'json' } })).default.version}, profile ${pages.profile}`);
console.table(rows);
if (rows.some((r) => r.violations > 0)) process.exit(1);
