variable "name" {
  description = "Name of the function and the HTTP API, e.g. tad-prod-api."
  type        = string
}

variable "image_uri" {
  description = "API image (ECR URI with an immutable tag), built by Jib with the Lambda Web Adapter in /opt/extensions."
  type        = string
}

variable "memory_mb" {
  description = "Function memory; 1769 MB buys one full vCPU, which shortens JVM cold starts."
  type        = number
  default     = 1769
}

variable "provisioned_concurrency" {
  description = "Pre-initialised instances on the live alias (0 = none; 1 in prod keeps p95 clear of cold starts)."
  type        = number
  default     = 0
}

variable "table" {
  description = "The directory table: name and arn."
  type = object({
    name = string
    arn  = string
  })
}

variable "search" {
  description = "The OpenSearch domain: endpoint (https://...) and arn."
  type = object({
    endpoint = string
    arn      = string
  })
}

variable "network" {
  description = "Private subnets and the security group of the function."
  type = object({
    subnet_ids        = list(string)
    security_group_id = string
  })
}

variable "kms" {
  description = "Key ARNs: data (table, environment) and logs."
  type = object({
    data_key_arn = string
    logs_key_arn = string
  })
}

variable "secret_parameters" {
  description = "Environment variable name => SSM SecureString parameter name, e.g. { TAD_ADMIN_TOKEN = \"/tad/prod/admin-token\" }."
  type        = map(string)
  default     = {}
}

variable "alarm_topic_arn" {
  description = "SNS topic that receives the SLO alarms."
  type        = string
}

variable "log_retention_days" {
  description = "Retention of the function and access logs."
  type        = number
  default     = 30
}

variable "site_url" {
  description = "The site's public address (https://host, no path): canonical URLs, structured data, the sitemap and robots.txt name pages by it (TAD_SERVE_SITE_URL); behind CloudFront the API only sees its own host name."
  type        = string

  validation {
    condition     = can(regex("^https://[a-z0-9.-]+$", var.site_url))
    error_message = "site_url must be https://host with no path, e.g. https://tattoo.example.org."
  }
}
