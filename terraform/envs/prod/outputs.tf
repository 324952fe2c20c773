output "site_url" {
  description = "Public URL of the site (CloudFront)."
  value       = "https://${var.site_domain}"
}

output "cloudfront_domain_name" {
  description = "Point the site_domain DNS record (alias/CNAME) here."
  value       = module.edge.distribution_domain_name
}

output "cloudfront_distribution_id" {
  description = "For cache invalidation after a web deploy."
  value       = module.edge.distribution_id
}

output "api_endpoint" {
  description = "HTTP API endpoint (the smoke test calls /api/health through CloudFront and here)."
  value       = module.api.api_endpoint
}

output "opensearch_endpoint" {
  description = "Endpoint of the search domain (inside the VPC), for mapping roles (docs/deployment.md)."
  value       = module.search.endpoint
}

output "site_bucket" {
  description = "Bucket for the web export (web/) and media (media/)."
  value       = module.media.bucket_id
}

output "ecr_repository_urls" {
  description = "Where CI pushes the images."
  value       = module.ecr.repository_urls
}

output "crawl_state_machine_arn" {
  description = "Start a crawl by hand: aws stepfunctions start-execution --state-machine-arn ..."
  value       = module.crawl.state_machine_arn
}

output "crawl_cluster_arn" {
  description = "Cluster for one-off operator tasks (tad removals approve ID)."
  value       = module.crawl.cluster_arn
}

output "crawl_task_definition_arn" {
  description = "Worker task definition for one-off operator tasks."
  value       = module.crawl.task_definition_arn
}

output "crawl_network" {
  description = "Network settings for starting the crawl or one-off worker tasks by hand (docs/deployment.md)."
  value = {
    subnets        = module.network.public_subnet_ids
    securityGroups = [module.network.worker_security_group_id]
  }
}

output "mail_dkim_records" {
  description = "CNAME records to publish in the site domain's DNS so SES can verify and DKIM-sign its mail."
  value       = module.mail.dkim_records
}
