#!/usr/bin/env node
// Runs Lighthouse 13.5 (mobile form factor, default simulated throttling) against the search page and one profile
// page of a RUNNING server, RUNS times each in turn, writes the JSON reports to lighthouse/ and prints, per run, the
// score, LCP, CLS, TBT and FCP with the machine's load average at that moment. Exits 1 when any run misses the targets
// (performance >= 0.95, LCP <= 1500 ms, CLS < 0.05).
// Usage: node scripts/lighthouse.mjs http://127.0.0.1:8080 [--runs 3] [--artist ID]
// Needs CHROME_PATH (default /usr/bin/chromium). Lighthouse is run with npx at a pinned version, so it is not part of
// the app's dependencies. bench/lighthouse.sh wraps this with a fresh `./tad demo` and the axe checks.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';

const LIGHTHOUSE = 'lighthouse@13.5.0';
const args = process.argv.slice(2);
const option = (name) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
const base = (args.find((a) => /^https?:/.test(a)) ?? process.env.TAD_BASE_URL ?? 'http://127.0.0.1:8080').replace(/\/$/, '');
const runs = Number(option('--runs') ?? 1);
const outDir = new URL('../lighthouse/', import.meta.url).pathname;
mkdirSync(outDir, { recursive: true });

async function someArtistId() {
  if (option('--artist')) return option('--artist');
  const res = await fetch(`${base}/api/artists?size=1`);
  if (!res.ok) throw new Error(`${base}/api/artists answered ${res.status}`);
  const body = await res.json();
  if (!body.items?.length) throw new Error('the server has no artists: crawl the sample city first');
  return body.items[0].id;
}

function run(name, url, n) {
  const profileDir = mkdtempSync(join(tmpdir(), 'tad-lh-'));
  const flags = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync', `--user-data-dir=${profileDir}`];
  const output = join(outDir, `${name}-${n}.json`);
  const load = loadavg()[0].toFixed(2);
  const started = new Date().toISOString().slice(11, 19);
  try {
    execFileSync('npx', ['--yes', LIGHTHOUSE, url, '--only-categories=performance,accessibility,best-practices',
      '--output=json', `--output-path=${output}`, `--chrome-flags=${flags.join(' ')}`, '--quiet'],
    { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium' } });
  } finally {
    rmSync(profileDir, { recursive: true, force: true });
  }
  const report = JSON.parse(readFileSync(output, 'utf8'));
  const audit = (id) => report.audits[id]?.numericValue;
  return {
    run: n, page: name, utc: started, load1m: Number(load),
    performance: report.categories.performance.score,
    lcpMs: Math.round(audit('largest-contentful-paint')),
    cls: Number(audit('cumulative-layout-shift').toFixed(3)),
    tbtMs: Math.round(audit('total-blocking-time')),
    fcpMs: Math.round(audit('first-contentful-paint')),
    accessibility: report.categories.accessibility.score,
    bestPractices: report.categories['best-practices'].score,
  };
}

const id = await someArtistId();
const rows = [];
for (let n = 1; n <= runs; n++) {
  rows.push(run('search', `${base}/`, n), run('profile', `${base}/artists/${id}`, n));
}
console.log(`Lighthouse ${LIGHTHOUSE.split('@')[1]}, mobile, simulated throttling; profile /artists/${id}`);
console.table(rows);
const bad = rows.filter((r) => r.performance < 0.95 || r.lcpMs > 1500 || r.cls >= 0.05);
if (bad.length) {
  console.error(`below target (performance >= 0.95, LCP <= 1500 ms, CLS < 0.05): ${bad.map((r) => `${r.page} run ${r.run}`).join(', ')}`);
  process.exit(1);
}
console.log(`every run within target (performance >= 0.95, LCP <= 1500 ms, CLS < 0.05)`);
