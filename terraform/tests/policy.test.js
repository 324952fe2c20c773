// Policy tests over the real Terraform: every module and root under
// terraform/ (tests/ excluded) must pass every check.
import test from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { REPO_DIR, TERRAFORM_DIR, asList, loadConfig, parseFile, terraformDirs, tfFiles } from './lib/terraform.js';
import { checkModuleCalls, checkReferences } from './lib/references.js';
import { checkDefaultTags, checkTags } from './lib/tags.js';
import { checkEncryption } from './lib/encryption.js';
import { dynamicBehaviours } from './lib/edge.js';
import { checkEdge } from './lib/edge-security.js';
import { checkApiRoleWrites, checkIam, roleStatements } from './lib/iam.js';
import { checkStateMachines } from './lib/state-machines.js';

const dirs = terraformDirs();
const rel = (d) => path.relative(TERRAFORM_DIR, d);
const roots = dirs.filter((d) => rel(d).startsWith('envs/') || rel(d) === 'bootstrap');
const modules = dirs.filter((d) => rel(d).startsWith('modules/'));

test('the layout has the expected modules and roots', () => {
  assert.deepEqual(roots.map(rel), ['bootstrap', 'envs/dev', 'envs/prod']);
  assert.ok(modules.length >= 10, `only ${modules.length} modules`);
  for (const dir of modules) {
    for (const file of ['main.tf', 'variables.tf', 'outputs.tf', 'versions.tf']) {
      assert.ok(fs.existsSync(path.join(dir, file)), `${rel(dir)}/${file} is missing`);
    }
  }
});

test('each module keeps a handful of variables and documents every variable and output', async () => {
  for (const dir of modules) {
    const config = await loadConfig(dir);
    const variables = Object.entries(config.variable);
    assert.ok(variables.length <= 12, `${rel(dir)} has ${variables.length} variables`);
    for (const [name, [decl]] of variables) assert.ok(decl.description, `${rel(dir)}: variable ${name} has no description`);
    for (const [name, [decl]] of Object.entries(config.output)) assert.ok(decl.description, `${rel(dir)}: output ${name} has no description`);
  }
});

test('every .tf file parses', async () => {
  for (const dir of dirs) {
    for (const file of tfFiles(dir)) {
      await assert.doesNotReject(parseFile(file), `${path.relative(TERRAFORM_DIR, file)} does not parse`);
    }
  }
});

for (const dir of dirs) {
  test(`${rel(dir)}: references, module calls, tags, encryption, IAM, edge, state machines`, async () => {
    const config = await loadConfig(dir);
    assert.deepEqual(await checkReferences(config), [], 'unresolved references');
    assert.deepEqual(await checkModuleCalls(config), [], 'bad module calls');
    assert.deepEqual(checkTags(config), [], 'untagged resources');
    assert.deepEqual(checkEncryption(config), [], 'encryption');
    assert.deepEqual(checkIam(config), [], 'IAM');
    assert.deepEqual(checkEdge(config), [], 'edge');
    assert.deepEqual(checkStateMachines(config), [], 'state machine');
  });
}

for (const dir of roots) {
  test(`${rel(dir)}: providers set default_tags Project, Environment, Service`, async () => {
    assert.deepEqual(checkDefaultTags(await loadConfig(dir)), []);
  });
}

test('envs use the S3 backend with a lock file and encryption', async () => {
  for (const dir of roots.filter((d) => rel(d).startsWith('envs/'))) {
    const config = await loadConfig(dir);
    const s3 = config.terraform.map((t) => t.backend?.s3?.[0]).find(Boolean);
    assert.ok(s3, `${rel(dir)} has no s3 backend`);
    assert.equal(s3.use_lockfile, true);
    assert.equal(s3.encrypt, true);
    assert.ok(s3.key.includes(path.basename(dir)), 'state key names the environment');
  }
});

test('the API role reads the table and writes only removal requests', async () => {
  const api = await loadConfig(path.join(TERRAFORM_DIR, 'modules/api'));
  assert.deepEqual(checkApiRoleWrites(api), []);
});

test('every environment wires every module', async () => {
  const names = modules.map((d) => path.basename(d));
  for (const dir of roots.filter((d) => rel(d).startsWith('envs/'))) {
    const config = await loadConfig(dir);
    const used = new Set(Object.values(config.module).map(([m]) => path.basename(m.source)));
    assert.deepEqual(names.filter((n) => !used.has(n)), [], `${rel(dir)} leaves modules unused`);
  }
});

test('the crawl runs the worker command and scales on queue depth', async () => {
  const crawl = await loadConfig(path.join(TERRAFORM_DIR, 'modules/crawl'));
  const task = crawl.resource.aws_ecs_task_definition.worker.body;
  assert.match(task.container_definitions, /command\s*=\s*\["worker"\]/);
  const alarms = Object.values(crawl.resource.aws_cloudwatch_metric_alarm).map((a) => a.body);
  assert.ok(alarms.some((a) => a.metric_name === 'ApproximateNumberOfMessagesVisible'
    && /aws_appautoscaling_policy\.scale_out/.test(a.alarm_actions)), 'scale-out alarm on queue depth');
  assert.ok(crawl.resource.aws_sqs_queue.jobs.body.redrive_policy.includes('dead_letters'), 'jobs queue has a DLQ');
});

test('the sync function has an on-failure destination, bisects and bounds retries', async () => {
  const sync = await loadConfig(path.join(TERRAFORM_DIR, 'modules/sync'));
  const fn = sync.resource.aws_lambda_function.this.body;
  assert.equal(fn.runtime, 'java21');
  assert.equal(fn.handler, 'tad.sync.StreamHandler::handleRequest');
  const esm = sync.resource.aws_lambda_event_source_mapping.stream.body;
  assert.equal(esm.bisect_batch_on_function_error, true);
  assert.ok(esm.maximum_retry_attempts >= 0 && esm.maximum_retry_attempts <= 10);
  assert.match(esm.destination_config[0].on_failure[0].destination_arn, /aws_sqs_queue\.failures\.arn/);
});

test('the governance alarm watches Tad/OverdueRemovalRequests', async () => {
  const mon = await loadConfig(path.join(TERRAFORM_DIR, 'modules/monitoring'));
  const alarm = mon.resource.aws_cloudwatch_metric_alarm.overdue_removals.body;
  assert.equal(alarm.namespace, 'Tad');
  assert.equal(alarm.metric_name, 'OverdueRemovalRequests');
  assert.equal(alarm.treat_missing_data, 'breaching');
});

// ------------------------------------------------------------------ the code behind the governance alarm

/** A `static final` constant's value from a Java source file of the repository. */
function javaConstant(file, name) {
  const source = fs.readFileSync(path.join(REPO_DIR, file), 'utf8');
  const m = source.match(new RegExp(`static final (?:String|int) ${name} = "?([^";]+)"?;`));
  assert.ok(m, `${file} declares no constant ${name}`);
  return m[1];
}

const TAD_METRICS = 'core/src/main/java/tad/core/metrics/TadMetrics.java';
const WORKER_ROLE = 'task';

test('the governance alarm watches exactly the metric the code publishes', async () => {
  const mon = await loadConfig(path.join(TERRAFORM_DIR, 'modules/monitoring'));
  const alarm = mon.resource.aws_cloudwatch_metric_alarm.overdue_removals.body;
  assert.equal(alarm.namespace, javaConstant(TAD_METRICS, 'NAMESPACE'));
  assert.equal(alarm.metric_name, javaConstant(TAD_METRICS, 'OVERDUE_REMOVAL_REQUESTS'));
  assert.equal(alarm.dimensions, undefined, 'the publisher sends no dimensions');
  assert.equal(String(mon.variable.overdue_after_days[0].default),
    javaConstant('core/src/main/java/tad/core/governance/OverdueRemovals.java', 'OVERDUE_AFTER_DAYS'),
    'overdue_after_days documents the age the code counts with');
  for (const env of ['dev', 'prod']) {
    const root = await loadConfig(path.join(TERRAFORM_DIR, 'envs', env));
    for (const [call] of Object.values(root.module).filter(([m]) => m.source.endsWith('/monitoring'))) {
      assert.equal(call.overdue_after_days, undefined, `envs/${env} overrides overdue_after_days, the code would not follow`);
    }
  }
});

test('the hourly task runs the CLI verb that publishes the metric, with a role that may publish it', async () => {
  const crawl = await loadConfig(path.join(TERRAFORM_DIR, 'modules/crawl'));
  const input = crawl.resource.aws_scheduler_schedule.overdue_removals.body.target[0].input;
  assert.match(input, /Command\s*=\s*\["removals", "overdue", "--publish-metric"\]/);
  assert.match(input, /^\$\{jsonencode\(merge\(local\.scheduled_task,/);
  assert.equal(crawl.locals.scheduled_task.TaskDefinition, '${aws_ecs_task_definition.worker.arn}');
  const cli = (f) => fs.readFileSync(path.join(REPO_DIR, 'cli/src/main/java/tad/cli', f), 'utf8');
  assert.match(cli('RemovalsCommand.java'), /@Command\(name = "removals"[\s\S]*OverdueCommand\.class/);
  assert.match(cli('OverdueCommand.java'), /@Command\(name = "overdue"/);
  assert.match(cli('OverdueCommand.java'), /names = "--publish-metric"/);

  const task = crawl.resource.aws_ecs_task_definition.worker.body;
  assert.equal(task.task_role_arn, `\${aws_iam_role.${WORKER_ROLE}.arn}`);
  const namespace = javaConstant(TAD_METRICS, 'NAMESPACE');
  const publishing = roleStatements(crawl, WORKER_ROLE)
    .filter((st) => asList(st.actions).some((a) => a.startsWith('cloudwatch:')));
  assert.equal(publishing.length, 1, 'one statement grants CloudWatch');
  const [st] = publishing;
  assert.deepEqual(asList(st.actions), ['cloudwatch:PutMetricData'], 'PutMetricData only');
  assert.deepEqual((st.condition ?? []).map((c) => [c.test, c.variable, asList(c.values)]),
    [['StringEquals', 'cloudwatch:namespace', [namespace]]], `only into the ${namespace} namespace`);
});

test("the worker's SQS rights are exactly what the SQS adapter calls, on the queue it calls them on", async () => {
  const crawl = await loadConfig(path.join(TERRAFORM_DIR, 'modules/crawl'));
  const granted = {};
  for (const st of roleStatements(crawl, WORKER_ROLE)) {
    const sqs = asList(st.actions).filter((a) => a.startsWith('sqs:'));
    for (const resource of asList(st.resources)) {
      granted[resource] = [...(granted[resource] ?? []), ...sqs].sort();
    }
  }
  assert.deepEqual(granted['${aws_sqs_queue.jobs.arn}'], ['sqs:ChangeMessageVisibility', 'sqs:DeleteMessage',
    'sqs:GetQueueAttributes', 'sqs:ReceiveMessage', 'sqs:SendMessage']);
  // connect() looks the dead-letter queue up from the redrive policy; deadLetter() and malformed messages send to it
  assert.deepEqual(granted['${aws_sqs_queue.dead_letters.arn}'], ['sqs:GetQueueUrl', 'sqs:SendMessage']);
  assert.deepEqual(Object.keys(granted).filter((r) => granted[r].length > 0 && !r.includes('aws_sqs_queue.')), [],
    'no SQS rights beyond the two queues');

  // every SQS operation SqsJobQueue calls is granted somewhere, so a new call fails here before it fails on AWS
  const adapter = fs.readFileSync(path.join(REPO_DIR, 'core/queue-sqs/src/main/java/tad/queue/sqs/SqsJobQueue.java'), 'utf8');
  const calls = [...new Set([...adapter.matchAll(/\bsqs\.(\w+)\(/g)].map((m) => m[1]))];
  assert.ok(calls.length >= 5, `found only ${calls} in SqsJobQueue.java`);
  const all = new Set(Object.values(granted).flat());
  for (const call of calls) {
    const action = `sqs:${call[0].toUpperCase()}${call.slice(1)}`;
    assert.ok(all.has(action), `SqsJobQueue calls ${call} but the worker role does not grant ${action}`);
  }
});

// ------------------------------------------------------------------ what search engines read (issue 19)

test('CloudFront sends robots.txt and the sitemap to the API, which serves exactly these paths', async () => {
  const edge = await loadConfig(path.join(TERRAFORM_DIR, 'modules/edge'));
  const body = edge.resource.aws_cloudfront_distribution.this.body;
  const routed = dynamicBehaviours(body, edge.locals).filter(({ source }) => source === 'seo_paths')
    .flatMap(({ content, paths }) => paths.map((p) => [p, content]));
  assert.deepEqual(routed.map(([p]) => p), ['/robots.txt', '/sitemap.xml', '/sitemaps/*']);
  for (const [p, b] of routed) {
    assert.equal(b.target_origin_id, '${local.api_origin_id}', `${p} goes to the API origin`);
    assert.deepEqual(b.allowed_methods, ['GET', 'HEAD'], `${p} is read-only`);
    assert.equal(b.cache_policy_id, '${aws_cloudfront_cache_policy.api.id}', `${p} honours the API's Cache-Control and ETag`);
  }
  // no written behaviour answers them first (CloudFront takes the first pattern that matches)
  const written = (body.ordered_cache_behavior ?? []).map((b) => b.path_pattern);
  assert.deepEqual(written, ['/media/*', '/api/*']);
  // the API answers exactly these routes
  const seo = fs.readFileSync(path.join(REPO_DIR, 'serve/src/main/java/tad/serve/SeoService.java'), 'utf8');
  const served = [...seo.matchAll(/(?:\.get\(|GetRoutes\.of\()"(\/[^"]+)"/g)].map((m) => m[1].replace('{file}', '*'));
  assert.deepEqual(served, routed.map(([p]) => p));
});

test('the API knows the public address it names pages by, in every environment', async () => {
  const api = await loadConfig(path.join(TERRAFORM_DIR, 'modules/api'));
  const env = api.resource.aws_lambda_function.this.body.environment[0].variables;
  assert.match(env, /TAD_SERVE_SITE_URL\s*=\s*var\.site_url|"TAD_SERVE_SITE_URL":"\$\{var\.site_url\}"/);
  for (const name of ['dev', 'prod']) {
    const root = await loadConfig(path.join(TERRAFORM_DIR, 'envs', name));
    const [call] = Object.values(root.module).find(([m]) => m.source.endsWith('/api'));
    assert.equal(call.site_url, 'https://${var.site_domain}', `envs/${name} names the site by its domain`);
  }
});
