// Policy tests over the real Terraform: every module and root under
// terraform/ (tests/ excluded) must pass every check.
import test from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { TERRAFORM_DIR, loadConfig, parseFile, terraformDirs, tfFiles } from './lib/terraform.js';
import {
  checkApiRoleWrites, checkDefaultTags, checkEdge, checkEncryption, checkIam, checkModuleCalls,
  checkReferences, checkStateMachines, checkTags,
} from './lib/checks.js';

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
