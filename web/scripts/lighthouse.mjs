#!/usr/bin/env node
// Runs Lighthouse 13.5 (mobile form factor, default simulated throttling) against the search page and one profile
// page of a RUNNING server, writes the JSON reports to lighthouse/ and prints score, LCP, CLS, TBT per page.
// Usage: node scripts/lighthouse.mjs http://127.0.0.1:8080 [artistId]
// Needs CHROME_PATH (default /usr/bin/chromium). Lighthouse is run with npx at a pinned version, so it is not
// part of the app's dependencies.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const LIGHTHOUSE = 'lighthouse@13.5.0';
const base = (process.argv[2] ?? process.env.TAD_BASE_URL ?? 'http://127.0.0.1:8080').replace(/\/$/, '');
const outDir = new URL('../lighthouse/', import.meta.url).pathname;
mkdirSync(outDir, { recursive: true });

async function someArtistId() {
  if (process.argv[3]) return process.argv[3];
  const res = await fetch(`${base}/api/artists?size=1`);
  if (!res.ok) throw new Error(`${base}/api/artists answered ${res.status}`);
  const body = await res.json();
  if (!body.items?.length) throw new Error('the server has no artists: crawl the sample city first');
  return body.items[0].id;
}

function run(name, url) {
  const profileDir = mkdtempSync(join(tmpdir(), 'tad-lh-'));
  const flags = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync', `--user-data-dir=${profileDir}`];
  const output = join(outDir, `${name}.json`);
  try {
    execFileSync('npx', ['--yes', LIGHTHOUSE, url, '--only-categories=performance,accessibility,best-practices',
      '--output=json', `--output-path=${output}`, `--chrome-flags=${flags.join(' ')}`, '--quiet'],
    { stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium' } });
  } finally {
    rmSync(profileDir, { recursive: true, force: true });
  }
  const report = JSON.parse(readFileSync(output, 'utf8'));
  const audit = (id) => report.audits[id]?.numericValue;
  return {
    page: name, url,
    performance: report.categories.performance.score,
    accessibility: report.categories.accessibility.score,
    bestPractices: report.categories['best-practices'].score,
    fcpMs: Math.round(audit('first-contentful-paint')),
    lcpMs: Math.round(audit('largest-contentful-paint')),
    cls: Number(audit('cumulative-layout-shift').toFixed(3)),
    tbtMs: Math.round(audit('total-blocking-time')),
    lighthouse: report.lighthouseVersion, formFactor: report.configSettings.formFactor,
    throttling: report.configSettings.throttlingMethod,
  };
}

const id = await someArtistId();
const rows = [run('search', `${base}/`), run('profile', `${base}/artists/${id}`)];
console.table(rows);
const bad = rows.filter((r) => r.performance < 0.95 || r.lcpMs > 1500 || r.cls >= 0.05);
if (bad.length) {
  console.error(`below target (performance >= 0.95, LCP <= 1500 ms, CLS < 0.05): ${bad.map((r) => r.page).join(', ')}`);
  process.exit(1);
}
