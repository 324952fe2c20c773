#!/usr/bin/env node
// Project rules that a type checker does not see. Exits 1 listing every breach.
//  - scraped text is untrusted: no dangerouslySetInnerHTML, no innerHTML writes
//  - no next/font/google (it downloads fonts at build time; builds must work offline)
//  - API calls are relative (/api/...), never to an absolute host
//  - small files: none over 400 lines
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const dirs = ['app', 'src', 'e2e', 'tests', 'scripts'];
const rules = [
  [/dangerouslySetInnerHTML/, 'dangerouslySetInnerHTML is not allowed (render untrusted text as text)'],
  [/\.innerHTML\s*=/, 'assigning innerHTML is not allowed (build DOM nodes with textContent)'],
  [/next\/font\/google/, 'next/font/google downloads fonts at build time'],
  [/fetch\(\s*['"`]https?:\/\//, 'API calls must be relative (/api/...)'],
];
// The one audited exception: the first-view slot (profile and search pages) sets a constant empty __html so React keeps
// the HTML the server wrote there (the server escapes every scraped value it writes; see ServerSlot.tsx, docs/web.md).
const allowed = new Map([['src/components/firstView/ServerSlot.tsx', /dangerouslySetInnerHTML=\{KEEP_SERVER_HTML\}/]]);
const problems = [];
function walk(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (/\.(tsx?|mjs|css)$/.test(name) && !path.endsWith('lint.mjs')) check(path);
  }
}
function check(path) {
  const text = readFileSync(path, 'utf8');
  const lines = text.split('\n');
  if (lines.length > 400) problems.push(`${relative(root, path)}: ${lines.length} lines (limit 400)`);
  lines.forEach((line, i) => {
    if (allowed.get(relative(root, path))?.test(line)) return;
    for (const [pattern, message] of rules) if (pattern.test(line)) problems.push(`${relative(root, path)}:${i + 1}: ${message}`);
  });
}
for (const dir of dirs) {
  try { walk(join(root, dir)); } catch (e) { if (e.code !== 'ENOENT') throw e; }
}
if (problems.length) {
  console.error(problems.join('\n'));
  console.error(`lint: ${problems.length} problem(s)`);
  process.exit(1);
}
console.log('lint: no problems');
