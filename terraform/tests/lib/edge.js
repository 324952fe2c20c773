// CloudFront routing as CloudFront does it, over a parsed distribution: a request path goes to the first ordered
// cache behaviour whose path pattern matches it, else to the default behaviour. Used to check the pages the API
// writes (issue 19): they must reach the API unchanged, be revalidated rather than kept, and be keyed on the search
// parameters only; the web export's assets must stay on the bucket.
import { asList, blocks, one } from './terraform.js';

/**
 * The ordered cache behaviours a distribution makes with `dynamic "ordered_cache_behavior"`: each content block with
 * the paths its for_each lists (resolved from locals, or the literal list), so checks see them like written ones, and
 * the name of the local it iterates (`source`, undefined for a literal list).
 */
export function dynamicBehaviours(body, locals = {}) {
  return (body.dynamic?.ordered_cache_behavior ?? []).flatMap((d) => {
    const local = String(d.for_each ?? '').match(/^\$\{local\.(\w+)\}$/);
    const paths = Array.isArray(d.for_each) ? d.for_each : local ? asList(locals[local[1]]) : [];
    return (d.content ?? []).map((content) => ({ content, paths, source: local?.[1] }));
  });
}

/** Requests for the pages the API writes: the search page (any query) and a profile, with and without the slash. */
export const PAGE_REQUESTS = ['/', '/index.html', '/artists/a167e5f21840cf20', '/artists/a167e5f21840cf20/'];
/** Requests the bucket answers: hashed build assets, the icon, the pages with no server-written head. */
export const ASSET_REQUESTS = ['/_next/static/chunks/main-3f2a.js', '/icon.svg', '/styles/', '/about/', '/remove/',
  '/404.html', '/__next._tree.txt'];
/** The search page: the root and its file name (serve's WebAppService fills both with the query's results). */
const SEARCH_PAGES = ['/', '/index.html'];

/** A CloudFront path pattern (`*` any characters, `?` one, case-sensitive, the leading `/` optional) matches `path`. */
export function patternMatches(pattern, path) {
  const anchored = pattern.startsWith('/') ? pattern : `/${pattern}`;
  const source = [...anchored].map((c) => {
    if (c === '*') return '.*';
    if (c === '?') return '.';
    return c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }).join('');
  return new RegExp(`^${source}$`).test(path);
}

/** `${local.x}` as the local's value; any other value as written. */
function resolved(value, locals) {
  const local = String(value ?? '').match(/^\$\{local\.(\w+)\}$/);
  return local ? locals[local[1]] : value;
}

/** Every ordered behaviour of a distribution with its path pattern (dynamic ones expanded), in no particular order. */
export function orderedBehaviours(body, locals) {
  const written = (body.ordered_cache_behavior ?? []).map((b) => ({ pattern: b.path_pattern, behaviour: b }));
  const generated = dynamicBehaviours(body, locals)
    .flatMap(({ content, paths }) => paths.map((p) => ({ pattern: p, behaviour: content })));
  return [...written, ...generated];
}

/** The ordered behaviours matching `path` (CloudFront takes the first; more than one means the order decides). */
export function matchingBehaviours(body, locals, path) {
  return orderedBehaviours(body, locals).filter(({ pattern }) => patternMatches(pattern, path));
}

/** The origin a behaviour sends to, and whether it is a custom origin (the API) rather than the bucket. */
function originOf(body, locals, behaviour) {
  const id = resolved(behaviour.target_origin_id, locals);
  const origin = (body.origin ?? []).find((o) => resolved(o.origin_id, locals) === id);
  return { id, api: Boolean(origin && one(origin.custom_origin_config)) };
}

/** The body of `${aws_cloudfront_<kind>.<name>.id}` in this config, or undefined (managed policies included). */
function policyBody(config, kind, reference) {
  const name = String(reference ?? '').match(new RegExp(`^\\$\\{aws_cloudfront_${kind}\\.(\\w+)\\.id\\}$`));
  return name ? config.resource[`aws_cloudfront_${kind}`]?.[name[1]]?.body : undefined;
}

const sameSet = (a, b) => a.length === b.length && [...a].sort().join() === [...b].sort().join();

/** Query strings of a policy's query_strings_config: [behaviour, names]. */
function queryStrings(block, locals) {
  const config = one(block?.query_strings_config);
  const items = one(config?.query_strings)?.items;
  const names = resolved(items, locals);
  return [config?.query_string_behavior, Array.isArray(names) ? names : []];
}

/** Query strings as a page needs them: the search page exactly the search parameters; a profile those or none. */
function queryProblem(behaviour, names, searchParameters, searchPage) {
  const ok = (behaviour === 'whitelist' && sameSet(names, searchParameters)) || (!searchPage && behaviour === 'none');
  return ok ? undefined : `${behaviour} [${names}], not the search parameters`;
}

function cachePolicyProblems(label, policy, locals, [searchParameters, searchPage], maxTtl) {
  if (!policy) return [`${label}: the cache policy is not one of this module's (a managed one keeps pages for hours)`];
  const problems = [];
  for (const ttl of ['min_ttl', 'default_ttl']) {
    if (Number(policy[ttl] ?? 0) !== 0) problems.push(`${label}: ${ttl} ${policy[ttl]} keeps a page the API no longer shows`);
  }
  if (!(Number(policy.max_ttl) <= maxTtl)) problems.push(`${label}: max_ttl ${policy.max_ttl} s exceeds the ${maxTtl} s bound`);
  const key = one(policy.parameters_in_cache_key_and_forwarded_to_origin);
  if (one(key?.cookies_config)?.cookie_behavior !== 'none') problems.push(`${label}: cookies in the cache key`);
  if (one(key?.headers_config)?.header_behavior !== 'none') problems.push(`${label}: viewer headers in the cache key`);
  const query = queryProblem(...queryStrings(key, locals), searchParameters, searchPage);
  if (query) problems.push(`${label}: cache key query strings ${query}`);
  return problems;
}

function originRequestProblems(label, policy, locals, [searchParameters, searchPage]) {
  if (!policy) return [`${label}: no origin request policy of this module's (a managed one forwards cookies)`];
  const problems = [];
  if (one(policy.cookies_config)?.cookie_behavior !== 'none') problems.push(`${label}: sends cookies to the API`);
  const headers = one(policy.headers_config)?.header_behavior;
  if (headers !== 'none') problems.push(`${label}: sends viewer headers (${headers}) to the API`);
  const query = queryProblem(...queryStrings(policy, locals), searchParameters, searchPage);
  if (query) problems.push(`${label}: sends query strings ${query}`);
  return problems;
}

/**
 * The pages the API writes reach it, through exactly one behaviour, unrewritten, read-only, revalidated (TTLs 0, at
 * most `maxTtl` s), keyed on and sent with the search parameters only, no cookies; the assets stay on the bucket.
 */
export function checkPages(config, searchParameters, maxTtl) {
  const problems = [];
  const { locals } = config;
  for (const { name, body } of blocks(config).filter((b) => b.type === 'aws_cloudfront_distribution')) {
    const id = `aws_cloudfront_distribution.${name}`;
    for (const path of PAGE_REQUESTS) {
      const found = matchingBehaviours(body, locals, path);
      if (found.length === 0) {
        problems.push(`${id} ${path}: answered by the default behaviour (the bucket's page, without its first view)`);
        continue;
      }
      if (found.length > 1) problems.push(`${id} ${path}: matched by ${found.map((f) => f.pattern).join(', ')}`);
      const { behaviour, pattern } = found[0];
      const label = `${id} ${pattern}`;
      const origin = originOf(body, locals, behaviour);
      if (!origin.api) problems.push(`${id} ${path}: goes to ${origin.id}, not the API`);
      if (behaviour.function_association || behaviour.lambda_function_association) {
        problems.push(`${label}: a viewer function rewrites ${path} before the API sees it`);
      }
      if (!sameSet(behaviour.allowed_methods ?? [], ['GET', 'HEAD'])) problems.push(`${label}: not read-only (GET, HEAD)`);
      const cache = policyBody(config, 'cache_policy', behaviour.cache_policy_id);
      const origins = policyBody(config, 'origin_request_policy', behaviour.origin_request_policy_id);
      const parameters = [searchParameters, SEARCH_PAGES.includes(path)];
      problems.push(...cachePolicyProblems(label, cache, locals, parameters, maxTtl));
      problems.push(...originRequestProblems(label, origins, locals, parameters));
    }
    for (const path of ASSET_REQUESTS) {
      const found = matchingBehaviours(body, locals, path);
      const behaviour = found[0]?.behaviour ?? one(body.default_cache_behavior);
      if (originOf(body, locals, behaviour).api) problems.push(`${id} ${path}: a static asset goes to the API`);
    }
  }
  return [...new Set(problems)];
}
