output "distribution_id" {
  description = "ID of the distribution (for cache invalidations after a web deploy)."
  value       = aws_cloudfront_distribution.this.id
}

output "distribution_domain_name" {
  description = "cloudfront.net name to point the DNS aliases at."
  value       = aws_cloudfront_distribution.this.domain_name
}

output "distribution_arn" {
  description = "ARN of the distribution."
  value       = aws_cloudfront_distribution.this.arn
}

output "web_acl_arn" {
  description = "ARN of the WAF web ACL attached to the distribution."
  value       = aws_wafv2_web_acl.this.arn
}
