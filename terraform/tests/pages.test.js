// The pages the server writes, on AWS (issue 19): CloudFront sends the search page and the profiles to the API,
// which answers them from the web export in its image with their first view and head, as `./tad serve` does.
// Checked against the server's own sources: its routes, its search parameters and its Cache-Control.
import test from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { FIXTURES_DIR, REPO_DIR, TERRAFORM_DIR, loadConfig } from './lib/terraform.js';
import { PAGE_REQUESTS, checkPages, matchingBehaviours } from './lib/edge.js';

const source = (file) => fs.readFileSync(path.join(REPO_DIR, file), 'utf8');
const edgeDir = path.join(TERRAFORM_DIR, 'modules/edge');
const SERVE = 'serve/src/main/java/tad/serve/';
/** How long the edge may hold a page at most, as docs/architecture.md promises ("Pages on AWS"). */
const MAX_EDGE_SECONDS = 60;

/** The address parameters a search page reads: serve's PageSearch.parse and the web app's parseSearch. */
function searchParametersReadBy() {
  const java = source(`${SERVE}PageSearch.java`);
  const server = [...java.matchAll(/first\(params, "(\w+)"\)|params\.getOrDefault\("(\w+)"/g)].map((m) => m[1] ?? m[2]);
  const ts = source('web/src/lib/searchState.ts');
  const app = [...ts.matchAll(/\bp\.get(?:All)?\('(\w+)'\)/g)].map((m) => m[1]);
  return { server: [...new Set(server)].sort(), app: [...new Set(app)].sort() };
}

test('the search page and the profiles go to the API unrewritten, revalidated, keyed on the search parameters', async () => {
  const edge = await loadConfig(edgeDir);
  assert.deepEqual(checkPages(edge, edge.locals.search_parameters, MAX_EDGE_SECONDS), []);
  assert.deepEqual(edge.locals.page_paths, ['/', '/index.html', '/artists/*']);
  const body = edge.resource.aws_cloudfront_distribution.this.body;
  assert.equal(body.default_root_object, undefined, 'the root is the API\'s page, never the bucket\'s index.html');
});

test('the cache key holds exactly the parameters the server and the app read, within the CloudFront quota', async () => {
  const { search_parameters: keyed } = (await loadConfig(edgeDir)).locals;
  const { server, app } = searchParametersReadBy();
  assert.ok(server.length >= 8, `found only ${server} in PageSearch.java`);
  assert.deepEqual([...keyed].sort(), server, 'the cache key differs from what PageSearch reads');
  assert.deepEqual(server, app, 'PageSearch and searchState.ts read different parameters');
  // CloudFront allows 10 query strings in a cache policy (a quota AWS can raise): an 11th needs a raised quota
  assert.ok(keyed.length <= 10, `${keyed.length} query strings exceed the default quota of 10 per cache policy`);
});

test('the profile path CloudFront sends to the API is the one the server writes a profile for', async () => {
  const java = source(`${SERVE}WebAppService.java`);
  const route = java.match(/ARTIST_PAGE = Pattern\.compile\("([^"]+)"\)/);
  assert.ok(route, 'WebAppService.java has no ARTIST_PAGE pattern');
  const profiles = PAGE_REQUESTS.filter((p) => p.startsWith('/artists/'));
  assert.ok(profiles.length >= 2);
  for (const request of profiles) {
    assert.match(request.slice(1), new RegExp(`^${route[1].replace(/\\\\/g, '\\')}$`), `the server does not answer ${request}`);
  }
  const edge = await loadConfig(edgeDir);
  const body = edge.resource.aws_cloudfront_distribution.this.body;
  // an id the server refuses still reaches it (and gets its 404 page), never the bucket's shell
  assert.equal(matchingBehaviours(body, edge.locals, '/artists/not%20an%20id').length, 1);
});

test('the API sends pages for revalidation, and the edge keeps them no longer than the docs promise', async () => {
  const java = source(`${SERVE}WebAppService.java`);
  const cache = java.match(/PAGE_CACHE = "([^"]+)"/);
  assert.ok(cache, 'WebAppService.java has no PAGE_CACHE');
  assert.match(cache[1], /\bmax-age=0\b/);
  assert.match(cache[1], /\bmust-revalidate\b/);
  const policy = (await loadConfig(edgeDir)).resource.aws_cloudfront_cache_policy.pages.body;
  assert.equal(policy.max_ttl, MAX_EDGE_SECONDS);
  const docs = source('docs/architecture.md');
  assert.ok(docs.includes(`at most ${MAX_EDGE_SECONDS} s`), 'docs/architecture.md states another bound');
});

test('the API image carries the web export and is told where it is', () => {
  const pom = source('serve/pom.xml');
  const profile = pom.slice(pom.indexOf('<id>api-image</id>'));
  assert.match(profile, /<TAD_SERVE_WEB_DIR>\/app\/web<\/TAD_SERVE_WEB_DIR>/);
  assert.match(profile, /<from>\$\{tad\.web\.out\}<\/from>\s*<into>\/app\/web<\/into>/);
  assert.match(pom, /<tad\.web\.out>\$\{project\.basedir\}\/\.\.\/web\/out<\/tad\.web\.out>/);
  // TAD_SERVE_WEB_DIR is the key serve.web.dir (TAD_ + the key upper-cased, '.' as '_'): the environment sets only
  // keys the defaults file lists, and the server's settings must read it
  assert.match(source('core/src/main/resources/tad/tad-defaults.properties'), /^serve\.web\.dir=/m);
  const readers = ['serve/src/main/java', 'core/src/main/java'].flatMap((dir) => javaFiles(path.join(REPO_DIR, dir)))
    .filter((file) => fs.readFileSync(file, 'utf8').includes('"serve.web.dir"'));
  assert.ok(readers.length > 0, 'no main Java source reads "serve.web.dir"');
});

function javaFiles(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const file = path.join(dir, e.name);
    if (e.isDirectory()) return javaFiles(file);
    return e.name.endsWith('.java') ? [file] : [];
  });
}

test('negative: pages on the bucket, rewritten, cached for hours, keyed on cookies; assets on the API', async () => {
  const bad = await loadConfig(path.join(FIXTURES_DIR, 'pages'));
  const problems = checkPages(bad, ['q', 'style', 'page'], MAX_EDGE_SECONDS);
  for (const pattern of [
    /bad \/: answered by the default behaviour/,
    /bad \/index\.html: matched by \/index\.html, \/\*\.html/,
    /bad \/artists\/\*: a viewer function rewrites/,
    /bad \/artists\/\*: min_ttl 5 keeps a page/,
    /bad \/artists\/\*: max_ttl 86400 s exceeds the 60 s bound/,
    /bad \/artists\/\*: cookies in the cache key/,
    /bad \/artists\/\*: cache key query strings all/,
    /bad \/artists\/\*: no origin request policy of this module's/,
    /bad \/index\.html: sends cookies to the API/,
    /bad \/index\.html: sends viewer headers \(allViewer\)/,
    /bad \/index\.html: sends query strings all/,
    /bad \/index\.html: not read-only/,
    /bad \/artists\/a167e5f21840cf20\/?: goes to bucket, not the API/,
    /bad \/_next\/static\/chunks\/main-3f2a\.js: a static asset goes to the API/,
  ]) {
    assert.ok(problems.some((p) => pattern.test(p)), `expected ${pattern} in\n${problems.join('\n')}`);
  }
  assert.ok(!problems.some((p) => /\/icon\.svg/.test(p)), 'the icon stays on the bucket');
});
