// Encryption checks over parsed Terraform: at rest with KMS keys and in transit, for every data-holding resource.
// A check returns its problems as readable strings (none: passed).
import { blocks, one, present, walkStrings } from './terraform.js';

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
