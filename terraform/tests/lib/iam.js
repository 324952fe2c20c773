// IAM checks over parsed Terraform: no wildcard grants, every policy written as a policy document so that every
// statement is seen, and the API role's one narrow write. A check returns its problems as readable strings.
import { asList, blocks, policyStatements } from './terraform.js';

const POLICY_ARGUMENTS = {
  aws_iam_role: ['assume_role_policy'],
  aws_iam_role_policy: ['policy'],
  aws_iam_policy: ['policy'],
  aws_s3_bucket_policy: ['policy'],
  aws_sqs_queue_policy: ['policy'],
  aws_sns_topic_policy: ['policy'],
  aws_kms_key: ['policy'],
  aws_opensearch_domain: ['access_policies'],
  aws_cloudwatch_log_resource_policy: ['policy_document'],
};

/**
 * No Allow statement grants "*" or "<service>:*" on "*" (or uses NotAction), and
 * every policy argument is a data.aws_iam_policy_document so that all
 * statements are visible to this check. Managed policy attachments are refused.
 */
export function checkIam(config) {
  const problems = [];
  for (const { name, body } of blocks(config, 'data').filter((b) => b.type === 'aws_iam_policy_document')) {
    for (const [i, st] of policyStatements(body).entries()) {
      const id = `data.aws_iam_policy_document.${name} statement ${st.sid ?? i}`;
      if ((st.effect ?? 'Allow') !== 'Allow') continue;
      if (st.not_actions) problems.push(`${id}: uses not_actions`);
      const actions = asList(st.actions);
      const resources = asList(st.resources);
      if (actions.includes('*')) problems.push(`${id}: allows action "*"`);
      const allResources = resources.includes('*') || resources.length === 0 || st.not_resources;
      for (const action of actions.filter((a) => /^[\w-]+:\*$/.test(a))) {
        if (allResources) problems.push(`${id}: allows ${action} on "*"`);
      }
    }
  }
  for (const { type, name, body } of blocks(config)) {
    if (type === 'aws_iam_role_policy_attachment' || type === 'aws_iam_policy_attachment') {
      problems.push(`${type}.${name}: managed policy attachments are not allowed (write a policy document)`);
    }
    for (const arg of POLICY_ARGUMENTS[type] ?? []) {
      if (!(arg in body)) continue;
      if (!/^\$\{data\.aws_iam_policy_document\.\w+\.json\}$/.test(String(body[arg]))) {
        problems.push(`${type}.${name}: ${arg} is not a data.aws_iam_policy_document`);
      }
    }
  }
  return problems;
}

const DYNAMODB_READS = new Set([
  'BatchGetItem', 'ConditionCheckItem', 'DescribeTable', 'GetItem', 'Query', 'Scan', 'PartiQLSelect',
  'DescribeStream', 'GetRecords', 'GetShardIterator', 'ListStreams', 'DescribeTimeToLive', 'ListTagsOfResource',
]);

function documentOf(config, policyExpr) {
  const m = String(policyExpr ?? '').match(/data\.aws_iam_policy_document\.(\w+)\.json/);
  return m && config.data.aws_iam_policy_document?.[m[1]]?.body;
}

/** Statements of every inline policy attached to aws_iam_role.<roleName>. */
export function roleStatements(config, roleName) {
  const statements = [];
  for (const { body } of blocks(config).filter((b) => b.type === 'aws_iam_role_policy')) {
    if (!new RegExp(`aws_iam_role\\.${roleName}\\.`).test(String(body.role))) continue;
    const doc = documentOf(config, body.policy);
    if (doc) statements.push(...policyStatements(doc));
  }
  return statements;
}

/**
 * The API function's role may read the table and its indexes, and its only
 * write is dynamodb:PutItem restricted to REMOVAL#* partition keys.
 */
export function checkApiRoleWrites(config) {
  const problems = [];
  const functions = blocks(config).filter((b) => b.type === 'aws_lambda_function');
  if (functions.length === 0) return ['no aws_lambda_function in the API module'];
  for (const fn of functions) {
    const role = String(fn.body.role).match(/aws_iam_role\.(\w+)\.arn/);
    if (!role) {
      problems.push(`aws_lambda_function.${fn.name}: role is not an aws_iam_role of this module`);
      continue;
    }
    for (const [i, st] of roleStatements(config, role[1]).entries()) {
      const id = `role ${role[1]} statement ${st.sid ?? i}`;
      const writes = asList(st.actions)
        .filter((a) => a === '*' || a.startsWith('dynamodb:'))
        .filter((a) => a === '*' || a.includes('*') || !DYNAMODB_READS.has(a.slice('dynamodb:'.length)));
      if (writes.length === 0) continue;
      const onlyPut = writes.length === 1 && writes[0] === 'dynamodb:PutItem' && asList(st.actions).length === 1;
      const leading = (st.condition ?? []).find((c) => c.variable === 'dynamodb:LeadingKeys'
        && c.test === 'ForAllValues:StringLike');
      const removalOnly = leading && asList(leading.values).length > 0
        && asList(leading.values).every((v) => v.startsWith('REMOVAL#'));
      if (!onlyPut || !removalOnly) {
        problems.push(`${id}: writes the table (${writes.join(', ')}) beyond PutItem on REMOVAL# keys`);
      }
    }
  }
  return problems;
}
