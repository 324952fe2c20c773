# The whole tad system for one environment. Module order follows the data
# flow: keys and network, then data (table, search, media), then compute
# (api, sync, crawl), then the edge in front of it all.

data "aws_caller_identity" "current" {}

locals {
  name    = "tad-${var.environment}"
  secrets = "/tad/${var.environment}"
}

module "kms_data" {
  source = "../../modules/kms"

  alias              = "${local.name}-data"
  description        = "tad ${var.environment}: table, search, bucket, queues, topics, images"
  service_principals = ["cloudwatch.amazonaws.com", "cloudfront.amazonaws.com"]
}

module "kms_logs" {
  source = "../../modules/kms"

  alias                 = "${local.name}-logs"
  description           = "tad ${var.environment}: CloudWatch log groups"
  allow_cloudwatch_logs = true
}

module "network" {
  source = "../../modules/network"

  name       = local.name
  cidr_block = "10.40.0.0/16"
  az_count   = 2
}

module "monitoring" {
  source = "../../modules/monitoring"

  name         = local.name
  kms_key_arn  = module.kms_data.key_arn
  alarm_emails = var.alarm_emails
}

module "table" {
  source = "../../modules/table"

  kms_key_arn         = module.kms_data.key_arn
  deletion_protection = false
}

module "search" {
  source = "../../modules/search"

  # One node in dev (no zone awareness): half the price; prod has one per AZ.
  domain_name        = "${local.name}-search"
  instance_type      = "t3.small.search"
  subnet_ids         = slice(module.network.private_subnet_ids, 0, 1)
  security_group_id  = module.network.search_security_group_id
  kms_key_arn        = module.kms_data.key_arn
  logs_kms_key_arn   = module.kms_logs.key_arn
  client_role_arns   = [module.api.role_arn, module.sync.role_arn]
  master_role_arn    = var.opensearch_master_role_arn
  log_retention_days = 14
}

module "media" {
  source = "../../modules/media"

  bucket_name = "${local.name}-site-${data.aws_caller_identity.current.account_id}"
  kms_key_arn = module.kms_data.key_arn
}

module "ecr" {
  source = "../../modules/ecr"

  repository_names = ["tad-api", "tad-worker"]
  kms_key_arn      = module.kms_data.key_arn
}

module "api" {
  source = "../../modules/api"

  name                    = "${local.name}-api"
  image_uri               = "${module.ecr.repository_urls["tad-api"]}:${var.image_tag}"
  provisioned_concurrency = 0
  table                   = { name = module.table.table_name, arn = module.table.table_arn }
  search                  = { endpoint = module.search.endpoint, arn = module.search.domain_arn }
  site_url                = "https://${var.site_domain}"
  alarm_topic_arn         = module.monitoring.alarm_topic_arn
  log_retention_days      = 14

  network = {
    subnet_ids        = module.network.private_subnet_ids
    security_group_id = module.network.lambda_security_group_id
  }

  kms = {
    data_key_arn = module.kms_data.key_arn
    logs_key_arn = module.kms_logs.key_arn
  }

  secret_parameters = {
    TAD_ADMIN_TOKEN     = "${local.secrets}/admin-token"
    TAD_DENYLIST_SECRET = "${local.secrets}/denylist-secret"
  }
}

module "sync" {
  source = "../../modules/sync"

  name                      = "${local.name}-sync"
  package                   = { s3_bucket = var.artifact_bucket, s3_key = "sync/${var.image_tag}/tad-sync.jar" }
  stream_arn                = module.table.stream_arn
  table                     = { name = module.table.table_name, arn = module.table.table_arn }
  denylist_secret_parameter = "${local.secrets}/denylist-secret"
  search                    = { endpoint = module.search.endpoint, arn = module.search.domain_arn }
  alarm_topic_arn           = module.monitoring.alarm_topic_arn
  log_retention_days        = 14

  network = {
    subnet_ids        = module.network.private_subnet_ids
    security_group_id = module.network.lambda_security_group_id
  }

  kms = {
    data_key_arn = module.kms_data.key_arn
    logs_key_arn = module.kms_logs.key_arn
  }
}

module "mail" {
  source = "../../modules/mail"

  name         = local.name
  domain       = var.site_domain
  from_address = "privacy@${var.site_domain}"
}

module "crawl" {
  source = "../../modules/crawl"

  name               = "${local.name}-crawl"
  worker_image       = "${module.ecr.repository_urls["tad-worker"]}:${var.image_tag}"
  cities             = var.cities
  max_workers        = 2
  table              = { name = module.table.table_name, arn = module.table.table_arn }
  media_bucket_arn   = module.media.bucket_arn
  alarm_topic_arn    = module.monitoring.alarm_topic_arn
  log_retention_days = 14

  network = {
    subnet_ids        = module.network.public_subnet_ids
    security_group_id = module.network.worker_security_group_id
  }

  kms = {
    data_key_arn = module.kms_data.key_arn
    logs_key_arn = module.kms_logs.key_arn
  }

  secret_parameters = {
    TAD_GOOGLE_API_KEY  = "${local.secrets}/google-api-key"
    TAD_DENYLIST_SECRET = "${local.secrets}/denylist-secret"
  }

  mail = {
    identity_arn          = module.mail.identity_arn
    configuration_set_arn = module.mail.configuration_set_arn
    from_address          = module.mail.from_address
    site_url              = "https://${var.site_domain}"
  }
}

module "edge" {
  source = "../../modules/edge"

  providers = {
    aws           = aws
    aws.us_east_1 = aws.us_east_1
  }

  name                = local.name
  api_domain_name     = module.api.api_domain_name
  aliases             = [var.site_domain]
  acm_certificate_arn = var.acm_certificate_arn
  rate_limit_per_5min = 1000

  bucket = {
    id                   = module.media.bucket_id
    arn                  = module.media.bucket_arn
    regional_domain_name = module.media.bucket_regional_domain_name
  }
}
