// Tag checks over parsed Terraform: every resource says which Service it belongs to. A check returns its problems
// as readable strings (none: passed).
import path from 'node:path';
import { blocks, one } from './terraform.js';

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
