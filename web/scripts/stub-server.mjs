#!/usr/bin/env node
// DEVELOPMENT ONLY: serves web/out plus a fake /api built from the sample city's roster, for working on the UI
// without the Java server. The committed e2e suite and the Lighthouse figures target the real `./tad demo`.
// Usage: node scripts/stub-server.mjs [port]
import { createServer } from 'node:http';
import { createHash } from 'node:crypto';
import { readFileSync, existsSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const outDir = join(here, '..', 'out');
const roster = JSON.parse(readFileSync(join(here, '../../core/sample-city/src/main/resources/samplecity/roster.json'), 'utf8'));
const port = Number(process.argv[2] ?? 3999);
const idOf = (handle) => createHash('sha256').update(handle).digest('hex').slice(0, 16);
const taxonomy = new Map(readFileSync(join(here, '../../plugins/style-inference/src/main/resources/tad/styles/taxonomy.txt'), 'utf8')
  .split('\n').filter((l) => l.includes('=') && !l.startsWith('#')).map((l) => l.split('=').map((x) => x.trim())));
const label = (slug) => taxonomy.get(slug) ?? slug;
const studios = new Map(roster.studios.map((s) => [s.key, s]));
const artists = roster.artists.filter((a) => a.instagram === 'ok').map((a) => {
  const id = idOf(a.handle);
  const images = Array.from({ length: 7 }, (_, i) => ({
    id: `img${i}`, alt: null, videoCover: i === 3, takenAt: null, width: 1080, height: 1080,
    sizes: ['thumb', 'large'].map((size) => ({ size, url: `/media/artists/${id}/img${i}/${size}.svg`, width: size === 'thumb' ? 320 : 1080, height: size === 'thumb' ? 320 : 1080, contentType: 'image/svg+xml' })),
  }));
  const st = a.studios.map((k) => studios.get(k)).filter(Boolean);
  return { id, a, st, images };
});
const styleSlugs = [...new Set(roster.artists.flatMap((a) => a.styles))].sort();

function summary({ id, a, st }) {
  const s = st[0];
  return { id, name: a.name, instagramHandle: a.handle, styles: a.styles,
    studio: s ? { name: s.name, city: 'Leeds', lat: s.lat, lng: s.lng } : null, thumbnailUrl: `/media/artists/${id}/img0/thumb.svg` };
}
function profile({ id, a, st, images }) {
  return { id, name: a.name, instagramHandle: a.handle, instagramUrl: `https://www.instagram.com/${a.handle}/`,
    bio: `Tattooer in Leeds.\nBooks open <script>alert(1)</script> — DM for dates.`,
    profilePicture: { size: 'THUMB', url: `/media/artists/${id}/avatar/thumb.svg`, width: 320, height: 320, contentType: 'image/svg+xml' },
    studios: st.map((s) => ({ id: s.key, name: s.name, address: '1 Sample Street', city: 'Leeds', country: 'GB', location: { lat: s.lat, lng: s.lng }, website: 'https://example.org/' })),
    styles: a.styles.map((slug) => ({ slug, label: label(slug) })), images, lastUpdated: '2026-11-20T10:00:00Z' };
}
function search(p) {
  const q = (p.get('q') ?? '').toLowerCase(), city = (p.get('city') ?? '').toLowerCase(), styles = p.getAll('style');
  const bbox = p.get('bbox')?.split(',').map(Number);
  let hits = artists.filter((x) => (!q || x.a.name.toLowerCase().includes(q) || x.a.handle.includes(q))
    && (!city || city === 'leeds'));
  const facets = {};
  for (const x of hits) for (const s of x.a.styles) facets[s] = (facets[s] ?? 0) + 1;
  hits = hits.filter((x) => !styles.length || x.a.styles.some((s) => styles.includes(s)));
  if (bbox) hits = hits.filter((x) => x.st[0] && x.st[0].lng >= bbox[0] && x.st[0].lat >= bbox[1] && x.st[0].lng <= bbox[2] && x.st[0].lat <= bbox[3]);
  const page = Number(p.get('page') ?? 1), size = Number(p.get('size') ?? 20);
  return { total: hits.length, page, size, items: hits.slice((page - 1) * size, page * size).map(summary), facets: { styles: facets } };
}
const json = (res, status, body, headers = {}) => { res.writeHead(status, { 'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json', ...headers }); res.end(JSON.stringify(body)); };
const svg = (seed) => `<svg xmlns="http://www.w3.org/2000/svg" width="320" height="320" viewBox="0 0 320 320"><rect width="320" height="320" fill="hsl(${parseInt(seed.slice(0, 4), 16) % 360} 35% 35%)"/><circle cx="160" cy="160" r="90" fill="none" stroke="#fff" stroke-width="10"/></svg>`;
const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.txt': 'text/plain', '.svg': 'image/svg+xml', '.ico': 'image/x-icon' };

createServer((req, res) => {
  const url = new URL(req.url, 'http://x');
  const path = url.pathname;
  if (path === '/api/health') return json(res, 200, { status: 'UP' });
  if (path === '/api/styles') return json(res, 200, styleSlugs.map((slug) => ({ slug, label: label(slug), count: 1 })));
  if (path === '/api/artists') return json(res, 200, search(url.searchParams));
  if (path.startsWith('/api/artists/')) { const x = artists.find((y) => y.id === path.split('/')[3]); return x ? json(res, 200, profile(x)) : json(res, 404, { status: 404, title: 'Not found' }); }
  if (path === '/api/removal-requests' && req.method === 'POST') {
    let body = ''; req.on('data', (c) => { body += c; });
    req.on('end', () => { const b = JSON.parse(body || '{}'); if (b.email === 'taken@example.org') return json(res, 429, { status: 429 }, { 'Retry-After': '120' }); if (!String(b.email).endsWith('.org')) return json(res, 400, { status: 400, parameter: 'email', rule: 'must be an email address like name@example.org' }); json(res, 202, { id: 'rq-stub-1' }); });
    return;
  }
  if (path.startsWith('/media/')) { res.writeHead(200, { 'Content-Type': 'image/svg+xml' }); return res.end(svg(createHash('md5').update(path).digest('hex'))); }
  const rel = normalize(decodeURIComponent(path)).replace(/^\/+/, '');
  let file = [join(outDir, rel), join(outDir, rel, 'index.html')].find((f) => existsSync(f) && statSync(f).isFile());
  if (!file && /^artists\/[A-Za-z0-9_-]+\/?$/.test(rel)) file = join(outDir, 'artists/index.html');
  if (!file) { res.writeHead(404, { 'Content-Type': types['.html'] }); return res.end(readFileSync(join(outDir, '404.html'))); }
  const gzip = /\bgzip\b/.test(req.headers['accept-encoding'] ?? '') && existsSync(`${file}.gz`);
  res.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream', ...(gzip ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : {}) });
  res.end(readFileSync(gzip ? `${file}.gz` : file));
}).listen(port, () => console.log(`stub server on http://127.0.0.1:${port}`));
