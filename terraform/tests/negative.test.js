// Each check must catch the problem it exists for: small bad fixtures under
// fixtures/ and the problems each check has to report for them.
import test from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { FIXTURES_DIR, loadConfig, parseFile } from './lib/terraform.js';
import { checkModuleCalls, checkReferences } from './lib/references.js';
import { checkDefaultTags, checkTags } from './lib/tags.js';
import { checkEncryption } from './lib/encryption.js';
import { checkEdge } from './lib/edge-security.js';
import { checkApiRoleWrites, checkIam } from './lib/iam.js';
import { checkStateMachines } from './lib/state-machines.js';

const fixture = (name) => loadConfig(path.join(FIXTURES_DIR, name));

function assertReports(problems, expected) {
  for (const pattern of expected) {
    assert.ok(problems.some((p) => pattern.test(p)), `expected a problem matching ${pattern}, got:\n${problems.join('\n')}`);
  }
}

test('parse: a .tf file with an unclosed block is rejected', async () => {
  await assert.rejects(parseFile(path.join(FIXTURES_DIR, 'syntax', 'unclosed.tf')));
});

test('references: undeclared var, undefined local, missing resource, data source and module', async () => {
  const problems = await checkReferences(await fixture('references'));
  assertReports(problems, [
    /var\.missing is not declared/, /local\.unknown is not defined/, /aws_sns_topic\.ghost is not declared/,
    /data\.aws_iam_policy_document\.none is not declared/, /module\.absent is not declared/,
  ]);
  assert.ok(!problems.some((p) => /var\.declared|local\.known/.test(p)), 'declared names are not reported');
});

test('module calls: unknown argument, missing required variable, missing source, unknown output', async () => {
  const root = await fixture('module-calls/root');
  assertReports(await checkModuleCalls(root), [
    /passes undeclared, which \.\.\/child does not declare/, /does not pass required variable needed/,
    /source \.\.\/does-not-exist does not exist/,
  ]);
  const refs = await checkReferences(root);
  assertReports(refs, [/module\.child\.imaginary is not an output/]);
  assert.ok(!refs.some((p) => /module\.child\.real/.test(p)));
});

test('tags: missing tags and tags without Service; non-taggable types are exempt', async () => {
  const problems = checkTags(await fixture('tags'));
  assertReports(problems, [/aws_sqs_queue\.untagged has no tags/, /aws_s3_bucket\.no_service tags do not set Service/]);
  assert.ok(!problems.some((p) => p.includes('aws_kms_alias')));
});

test('default tags: missing keys and a provider without default_tags', async () => {
  assertReports(checkDefaultTags(await fixture('default-tags')), [
    /provider aws default_tags lacks Environment/, /provider aws default_tags lacks Service/,
    /provider aws\.us_east_1 has no default_tags/,
  ]);
});

test('encryption: every unencrypted store is reported', async () => {
  assertReports(checkEncryption(await fixture('encryption')), [
    /aws_dynamodb_table\.plain: no KMS server_side_encryption/, /aws_dynamodb_table\.plain: point-in-time recovery off/,
    /aws_s3_bucket\.plain: no SSE-KMS/, /aws_s3_bucket\.plain: public access not fully blocked/,
    /aws_opensearch_domain\.open: encrypt_at_rest with a KMS key is off/, /node_to_node_encryption is off/,
    /enforce_https is off/, /TLS policy below 1\.2/, /fine-grained access control is off/, /not in a VPC/,
    /aws_sqs_queue\.plain: no kms_master_key_id/, /aws_sns_topic\.plain: no kms_master_key_id/,
    /aws_cloudwatch_log_group\.plain: no kms_key_id/, /aws_cloudwatch_log_group\.plain: no retention/,
    /aws_kms_key\.static: key rotation off/, /aws_ecr_repository\.mutable: not KMS encrypted/,
    /aws_ecr_repository\.mutable: tags are mutable/,
  ]);
});

test('edge: missing or wrong WAF, plain HTTP, old TLS, no headers policy', async () => {
  assertReports(checkEdge(await fixture('edge')), [
    /no_waf: no WAF web ACL attached/, /no_waf default: viewers may use HTTP/, /no_waf default: no response headers policy/,
    /no_waf: minimum TLS is not TLSv1\.2_2021/, /no_waf origin api: not https-only/,
    /wrong_waf: web ACL scope is not CLOUDFRONT/, /wrong_waf: web ACL lacks AWSManagedRulesCommonRuleSet/,
    /wrong_waf: web ACL lacks a rate-based rule/, /wrong_waf origin bucket: S3 origin without origin access control/,
  ]);
});

test('IAM: "*" actions, service:* on "*", inline JSON policies, managed attachments', async () => {
  const problems = checkIam(await fixture('iam'));
  assertReports(problems, [
    /allows action "\*"/, /allows s3:\* on "\*"/, /allows dynamodb:\* on "\*"/,
    /aws_iam_role_policy\.inline_json: policy is not a data\.aws_iam_policy_document/,
    /aws_iam_role_policy_attachment\.managed: managed policy attachments are not allowed/,
  ]);
  assert.equal(problems.filter((p) => /allows action "\*"/.test(p)).length, 1, 'Deny statements are not reported');
});

test('API role: writes other than PutItem on REMOVAL# keys are reported', async () => {
  const problems = checkApiRoleWrites(await fixture('api-writes'));
  assertReports(problems, [/SneakyUpdate/, /UnconstrainedPut/, /PutOnArtists/, /WildcardWrite/]);
  assert.ok(!problems.some((p) => /Reads/.test(p)));
});

test('state machine: missing target, unreachable state, unpassed and unused placeholders, missing IAM action', async () => {
  assertReports(checkStateMachines(await fixture('state-machine')), [
    /Enqueue: target Missing does not exist/, /Orphan: unreachable from Enqueue/, /Orphan: neither Next nor End/,
    /\$\{cluster_arn\} is not passed by templatefile/, /templatefile passes unused, which the file does not use/,
    /queue_url = "https:\/\/sqs\.example\/q" is not a Terraform reference/,
    /Enqueue: the state machine role lacks sqs:SendMessage/,
  ]);
});

test('state machine: invalid JSON and a definition not loaded from a file', async () => {
  assertReports(checkStateMachines(await fixture('state-machine-invalid')), [
    /broken\.asl\.json: not valid JSON/, /aws_sfn_state_machine\.inline: definition is not templatefile/,
  ]);
});
