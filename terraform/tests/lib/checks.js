// Policy checks over parsed Terraform. Each check takes a loaded configuration
// (see terraform.js) and returns a list of problems as readable strings; an
// empty list means the check passed. The tests run every check on the real
// configurations and on small bad fixtures, which must produce problems.
import fs from 'node:fs';
import path from 'node:path';
import {
  asList, blocks, expressions, interpolations, loadConfig, one, policyStatements, walkStrings,
} from './terraform.js';

const IDENT = '[A-Za-z_][\\w-]*';
const META_ARGUMENTS = new Set(['source', 'version', 'providers', 'depends_on', 'count', 'for_each']);

function matches(text, regex) {
  return [...text.matchAll(regex)];
}

function referencedExpressions(config) {
  const { variable, ...rest } = config;
  const exprs = expressions(rest);
  // Variable blocks may hold validation conditions that use var.<self>.
  for (const bodies of Object.values(variable)) exprs.push(...expressions(bodies));
  return exprs;
}

// ------------------------------------------------------------------ references

/** Every var., local., module., data. and aws_* reference resolves inside the configuration. */
export async function checkReferences(config) {
  const problems = [];
  const where = path.basename(config.dir);
  for (const expr of referencedExpressions(config)) {
    for (const [, name] of matches(expr, new RegExp(`(?<![\\w.])var\\.(${IDENT})`, 'g'))) {
      if (!config.variable[name]) problems.push(`${where}: var.${name} is not declared`);
    }
    for (const [, name] of matches(expr, new RegExp(`(?<![\\w.])local\\.(${IDENT})`, 'g'))) {
      if (!(name in config.locals)) problems.push(`${where}: local.${name} is not defined`);
    }
    for (const [, type, name] of matches(expr, new RegExp(`(?<![\\w.])data\\.(${IDENT})\\.(${IDENT})`, 'g'))) {
      if (!config.data[type]?.[name]) problems.push(`${where}: data.${type}.${name} is not declared`);
    }
    for (const [, type, name] of matches(expr, new RegExp(`(?<![\\w.])(aws_[a-z0-9_]+)\\.(${IDENT})`, 'g'))) {
      if (!config.resource[type]?.[name]) problems.push(`${where}: ${type}.${name} is not declared`);
    }
    for (const [, name, output] of matches(expr, new RegExp(`(?<![\\w.])module\\.(${IDENT})(?:\\.(${IDENT}))?`, 'g'))) {
      const call = config.module[name];
      if (!call) {
        problems.push(`${where}: module.${name} is not declared`);
        continue;
      }
      const child = await childConfig(config, call[0]);
      if (output && child && !child.output[output]) {
        problems.push(`${where}: module.${name}.${output} is not an output of ${call[0].source}`);
      }
    }
  }
  return [...new Set(problems)];
}

async function childConfig(config, call) {
  const source = call.source ?? '';
  if (!source.startsWith('./') && !source.startsWith('../')) return null;
  const dir = path.resolve(config.dir, source);
  if (!fs.existsSync(dir)) return null;
  return loadConfig(dir);
}

/** Module sources exist; every argument is a declared variable; every required variable is passed. */
export async function checkModuleCalls(config) {
  const problems = [];
  const where = path.basename(config.dir);
  for (const [name, [call]] of Object.entries(config.module)) {
    const source = call.source ?? '';
    if (!source.startsWith('./') && !source.startsWith('../')) {
      problems.push(`${where}: module.${name} uses a non-local source ${JSON.stringify(source)}`);
      continue;
    }
    const dir = path.resolve(config.dir, source);
    if (!fs.existsSync(dir) || !fs.readdirSync(dir).some((f) => f.endsWith('.tf'))) {
      problems.push(`${where}: module.${name} source ${source} does not exist`);
      continue;
    }
    const child = await loadConfig(dir);
    for (const arg of Object.keys(call)) {
      if (!META_ARGUMENTS.has(arg) && !child.variable[arg]) {
        problems.push(`${where}: module.${name} passes ${arg}, which ${source} does not declare`);
      }
    }
    for (const [variable, [decl]] of Object.entries(child.variable)) {
      if (!('default' in decl) && !(variable in call)) {
        problems.push(`${where}: module.${name} does not pass required variable ${variable}`);
      }
    }
  }
  return problems;
}

// ------------------------------------------------------------------ tags

// aws_* types that cannot carry tags (checked against the AWS provider docs).
// Everything else must have a tags argument that sets Service.
export const NOT_TAGGABLE = new Set([
  'aws_apigatewayv2_integration', 'aws_apigatewayv2_route', 'aws_appautoscaling_policy',
  'aws_cloudfront_cache_policy', 'aws_cloudfront_function', 'aws_cloudfront_origin_access_control',
  'aws_cloudfront_origin_request_policy',
  'aws_cloudfront_response_headers_policy', 'aws_cloudwatch_log_resource_policy', 'aws_ecr_lifecycle_policy',
  'aws_ecs_cluster_capacity_providers', 'aws_iam_role_policy', 'aws_kms_alias', 'aws_lambda_alias',
  // Tags on event source mappings arrived late in provider 5.x; default_tags cover them where supported.
  'aws_lambda_event_source_mapping',
  'aws_lambda_permission', 'aws_lambda_provisioned_concurrency_config', 'aws_route', 'aws_route_table_association',
  'aws_s3_bucket_lifecycle_configuration', 'aws_s3_bucket_ownership_controls', 'aws_s3_bucket_policy',
  'aws_s3_bucket_public_access_block', 'aws_s3_bucket_server_side_encryption_configuration',
  'aws_s3_bucket_versioning', 'aws_scheduler_schedule', 'aws_sns_topic_subscription',
]);

function hasServiceTag(config, tags) {
  if (tags && typeof tags === 'object' && !Array.isArray(tags)) return 'Service' in tags;
  if (typeof tags !== 'string') return false;
  if (/\bService\s*=/.test(tags)) return true;
  const local = tags.match(/local\.(\w+)/);
  const value = local && config.locals[local[1]];
  return Boolean(value && typeof value === 'object' && 'Service' in value);
}

/** Every taggable aws_* resource has tags that set Service. */
export function checkTags(config) {
  const problems = [];
  for (const { type, name, body } of blocks(config)) {
    if (!type.startsWith('aws_') || NOT_TAGGABLE.has(type)) continue;
    if (!('tags' in body)) problems.push(`${type}.${name} has no tags`);
    else if (!hasServiceTag(config, body.tags)) problems.push(`${type}.${name} tags do not set Service`);
  }
  return problems;
}

/** Every aws provider block of a root sets default_tags with Project, Environment and Service. */
export function checkDefaultTags(config) {
  const problems = [];
  const providers = config.provider.aws ?? [];
  if (providers.length === 0) problems.push(`${path.basename(config.dir)}: no aws provider block`);
  for (const provider of providers) {
    const label = provider.alias ? `provider aws.${provider.alias}` : 'provider aws';
    let tags = one(provider.default_tags)?.tags;
    const local = typeof tags === 'string' && tags.match(/^\$\{local\.(\w+)\}$/);
    if (local) tags = config.locals[local[1]];
    if (!tags || typeof tags !== 'object') {
      problems.push(`${label} has no default_tags`);
      continue;
    }
    for (const key of ['Project', 'Environment', 'Service']) {
      if (!(key in tags)) problems.push(`${label} default_tags lacks ${key}`);
    }
  }
  return problems;
}

// ------------------------------------------------------------------ encryption

const present = (v) => v !== undefined && v !== null && v !== '';

function refersTo(value, type, name) {
  let found = false;
  walkStrings(value, (s) => {
    if (new RegExp(`(?<![\\w.])${type}\\.${name}\\b`).test(s)) found = true;
  });
  return found;
}

/** Encryption at rest (KMS) and in transit for every data-holding resource. */
export function checkEncryption(config) {
  const problems = [];
  const all = blocks(config);
  for (const { type, name, body } of all) {
    const id = `${type}.${name}`;
    switch (type) {
      case 'aws_dynamodb_table': {
        const sse = one(body.server_side_encryption);
        if (!sse || sse.enabled !== true || !present(sse.kms_key_arn)) problems.push(`${id}: no KMS server_side_encryption`);
        if (one(body.point_in_time_recovery)?.enabled !== true) problems.push(`${id}: point-in-time recovery off`);
        break;
      }
      case 'aws_s3_bucket': {
        const sse = all.find((b) => b.type === 'aws_s3_bucket_server_side_encryption_configuration' && refersTo(b.body, type, name));
        const rule = sse && one(one(sse.body.rule)?.apply_server_side_encryption_by_default);
        if (!rule || rule.sse_algorithm !== 'aws:kms' || !present(rule.kms_master_key_id)) problems.push(`${id}: no SSE-KMS configuration`);
        const block = all.find((b) => b.type === 'aws_s3_bucket_public_access_block' && refersTo(b.body, type, name));
        const flags = ['block_public_acls', 'block_public_policy', 'ignore_public_acls', 'restrict_public_buckets'];
        if (!block || flags.some((f) => block.body[f] !== true)) problems.push(`${id}: public access not fully blocked`);
        break;
      }
      case 'aws_opensearch_domain': {
        const rest = one(body.encrypt_at_rest);
        if (rest?.enabled !== true || !present(rest.kms_key_id)) problems.push(`${id}: encrypt_at_rest with a KMS key is off`);
        if (one(body.node_to_node_encryption)?.enabled !== true) problems.push(`${id}: node_to_node_encryption is off`);
        const endpoint = one(body.domain_endpoint_options);
        if (endpoint?.enforce_https !== true) problems.push(`${id}: enforce_https is off`);
        if (!/TLS-1-2/.test(endpoint?.tls_security_policy ?? '')) problems.push(`${id}: TLS policy below 1.2`);
        if (one(body.advanced_security_options)?.enabled !== true) problems.push(`${id}: fine-grained access control is off`);
        if (!one(body.vpc_options)) problems.push(`${id}: not in a VPC`);
        break;
      }
      case 'aws_sqs_queue':
      case 'aws_sns_topic':
        if (!present(body.kms_master_key_id)) problems.push(`${id}: no kms_master_key_id`);
        break;
      case 'aws_cloudwatch_log_group':
        if (!present(body.kms_key_id)) problems.push(`${id}: no kms_key_id`);
        if (!present(body.retention_in_days)) problems.push(`${id}: no retention_in_days`);
        break;
      case 'aws_kms_key':
        if (body.enable_key_rotation !== true) problems.push(`${id}: key rotation off`);
        break;
      case 'aws_ecr_repository': {
        if (one(body.encryption_configuration)?.encryption_type !== 'KMS') problems.push(`${id}: not KMS encrypted`);
        if (body.image_tag_mutability !== 'IMMUTABLE') problems.push(`${id}: tags are mutable`);
        if (one(body.image_scanning_configuration)?.scan_on_push !== true) problems.push(`${id}: no scan on push`);
        break;
      }
      case 'aws_lambda_function':
        if (!present(body.kms_key_arn)) problems.push(`${id}: environment not encrypted with a CMK (kms_key_arn)`);
        break;
      default:
    }
  }
  return problems;
}

// ------------------------------------------------------------------ edge

/** CloudFront: WAF attached (CLOUDFRONT scope, common rule set, rate rule), HTTPS only, TLS 1.2 2021, headers policy. */
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

export function checkEdge(config) {
  const problems = [];
  for (const { name, body } of blocks(config).filter((b) => b.type === 'aws_cloudfront_distribution')) {
    const id = `aws_cloudfront_distribution.${name}`;
    const acl = String(body.web_acl_id ?? '').match(/aws_wafv2_web_acl\.(\w+)\.arn/);
    const waf = acl && config.resource.aws_wafv2_web_acl?.[acl[1]]?.body;
    if (!waf) {
      problems.push(`${id}: no WAF web ACL attached (web_acl_id)`);
    } else {
      if (waf.scope !== 'CLOUDFRONT') problems.push(`${id}: web ACL scope is not CLOUDFRONT`);
      const rules = waf.rule ?? [];
      const managed = rules.map((r) => one(one(r.statement)?.managed_rule_group_statement)?.name);
      if (!managed.includes('AWSManagedRulesCommonRuleSet')) problems.push(`${id}: web ACL lacks AWSManagedRulesCommonRuleSet`);
      if (!rules.some((r) => one(r.statement)?.rate_based_statement)) problems.push(`${id}: web ACL lacks a rate-based rule`);
    }
    const behaviours = [...(body.default_cache_behavior ?? []), ...(body.ordered_cache_behavior ?? []),
      ...dynamicBehaviours(body).map(({ content }) => content)];
    for (const b of behaviours) {
      const label = b.path_pattern ?? 'default';
      if (!['redirect-to-https', 'https-only'].includes(b.viewer_protocol_policy)) problems.push(`${id} ${label}: viewers may use HTTP`);
      if (!present(b.response_headers_policy_id)) problems.push(`${id} ${label}: no response headers policy`);
    }
    if (one(body.viewer_certificate)?.minimum_protocol_version !== 'TLSv1.2_2021') problems.push(`${id}: minimum TLS is not TLSv1.2_2021`);
    for (const origin of body.origin ?? []) {
      const custom = one(origin.custom_origin_config);
      if (custom && custom.origin_protocol_policy !== 'https-only') problems.push(`${id} origin ${origin.origin_id}: not https-only`);
      if (!custom && !present(origin.origin_access_control_id)) problems.push(`${id} origin ${origin.origin_id}: S3 origin without origin access control`);
    }
  }
  return problems;
}

// ------------------------------------------------------------------ IAM

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

// ------------------------------------------------------------------ Step Functions

/** The templatefile(...) path and variable map of every aws_sfn_state_machine definition. */
export function stateMachineTemplates(config) {
  const list = [];
  for (const { name, body } of blocks(config).filter((b) => b.type === 'aws_sfn_state_machine')) {
    const expr = interpolations(String(body.definition ?? ''))[0] ?? '';
    const m = expr.match(/^templatefile\(\s*"\$\{path\.module\}\/([^"]+)"\s*,\s*\{([\s\S]*)\}\s*\)$/);
    if (!m) {
      list.push({ name, error: `aws_sfn_state_machine.${name}: definition is not templatefile("\${path.module}/<file>", { ... })` });
      continue;
    }
    const vars = {};
    for (const [, key, value] of m[2].matchAll(/^\s*(\w+)\s*=\s*(.+?)\s*$/gm)) vars[key] = value;
    list.push({ name, file: path.join(config.dir, m[1]), vars, roleArn: String(body.role_arn ?? '') });
  }
  return list;
}

function walkStates(machine, visit) {
  visit(machine);
  for (const state of Object.values(machine.States ?? {})) {
    const nested = [state.ItemProcessor, state.Iterator, ...(state.Branches ?? [])].filter(Boolean);
    nested.forEach((m) => walkStates(m, visit));
  }
}

/** Structural problems of an ASL document: targets, reachability, terminal states. */
export function checkAsl(asl) {
  const problems = [];
  walkStates(asl, (machine) => {
    const states = machine.States ?? {};
    const names = Object.keys(states);
    if (!states[machine.StartAt]) problems.push(`StartAt ${machine.StartAt} is not a state`);
    const targets = (state) => [
      state.Next, state.Default,
      ...(state.Catch ?? []).map((c) => c.Next),
      ...(state.Choices ?? []).map((c) => c.Next),
    ].filter(Boolean);
    for (const [name, state] of Object.entries(states)) {
      for (const t of targets(state)) if (!states[t]) problems.push(`${name}: target ${t} does not exist`);
      const terminal = ['Choice', 'Succeed', 'Fail'].includes(state.Type) || state.End === true;
      if (!terminal && !state.Next) problems.push(`${name}: neither Next nor End`);
      if (state.Type === 'Choice' && !(state.Choices ?? []).length) problems.push(`${name}: Choice without Choices`);
      if (state.Type === 'Task' && !state.Resource) problems.push(`${name}: Task without Resource`);
    }
    const seen = new Set();
    const queue = [machine.StartAt];
    while (queue.length) {
      const name = queue.shift();
      if (seen.has(name) || !states[name]) continue;
      seen.add(name);
      queue.push(...targets(states[name]));
    }
    for (const name of names) if (!seen.has(name)) problems.push(`${name}: unreachable from ${machine.StartAt}`);
  });
  return problems;
}

/** IAM action a Step Functions Task resource needs, e.g. ecs:RunTask for arn:aws:states:::ecs:runTask.sync. */
export function actionForTaskResource(resource) {
  const sdk = resource.match(/^arn:aws:states:::aws-sdk:([\w-]+):(\w+)/);
  if (sdk) return `${sdk[1]}:${sdk[2][0].toUpperCase()}${sdk[2].slice(1)}`;
  const opt = resource.match(/^arn:aws:states:::([\w-]+):(\w+)/);
  if (opt) return `${opt[1]}:${opt[2][0].toUpperCase()}${opt[2].slice(1)}`;
  return null;
}

/**
 * The state machine file is valid JSON, structurally sound, uses only
 * placeholders that the templatefile call passes (and passes none that are
 * unused), and the state machine's role allows every Task's action.
 */
export function checkStateMachines(config) {
  const problems = [];
  for (const t of stateMachineTemplates(config)) {
    if (t.error) {
      problems.push(t.error);
      continue;
    }
    const rel = path.basename(t.file);
    if (!fs.existsSync(t.file)) {
      problems.push(`${rel}: file does not exist`);
      continue;
    }
    const text = fs.readFileSync(t.file, 'utf8');
    let asl;
    try {
      asl = JSON.parse(text);
    } catch (e) {
      problems.push(`${rel}: not valid JSON (${e.message})`);
      continue;
    }
    problems.push(...checkAsl(asl).map((p) => `${rel}: ${p}`));
    const placeholders = new Set([...text.matchAll(/(?<!\$)\$\{(\w+)\}/g)].map((m) => m[1]));
    for (const p of placeholders) if (!(p in t.vars)) problems.push(`${rel}: \${${p}} is not passed by templatefile`);
    for (const v of Object.keys(t.vars)) if (!placeholders.has(v)) problems.push(`${rel}: templatefile passes ${v}, which the file does not use`);
    for (const [key, value] of Object.entries(t.vars)) {
      if (!/^(var|local|aws_\w+|module|data)\./.test(value)) problems.push(`${rel}: ${key} = ${value} is not a Terraform reference`);
    }
    const role = t.roleArn.match(/aws_iam_role\.(\w+)\.arn/);
    const granted = new Set(role ? roleStatements(config, role[1]).flatMap((s) => asList(s.actions)) : []);
    walkStates(asl, (machine) => {
      for (const [name, state] of Object.entries(machine.States ?? {})) {
        if (state.Type !== 'Task') continue;
        const action = actionForTaskResource(state.Resource ?? '');
        if (!action) problems.push(`${rel} ${name}: unknown Task resource ${state.Resource}`);
        else if (!granted.has(action)) problems.push(`${rel} ${name}: the state machine role lacks ${action}`);
      }
    });
  }
  return problems;
}
