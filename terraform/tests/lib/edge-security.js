// CloudFront security checks over parsed Terraform: the WAF, HTTPS to viewers and origins, TLS 1.2 and the
// security headers (edge.js routes requests as CloudFront does). A check returns its problems as readable strings.
import { blocks, one, present } from './terraform.js';
import { dynamicBehaviours } from './edge.js';

/** CloudFront: WAF attached (CLOUDFRONT scope, common rule set, rate rule), HTTPS only, TLS 1.2 2021, headers policy. */
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
