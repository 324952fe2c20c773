variable "environment" {
  description = "Environment name, used in resource names and the Environment tag."
  type        = string
  default     = "dev"
}

variable "region" {
  description = "Region of everything except the WAF web ACL."
  type        = string
  default     = "eu-west-2"
}

variable "image_tag" {
  description = "Tag of the API and worker images and key prefix of the sync jar: the commit SHA, set by CI."
  type        = string
}

variable "artifact_bucket" {
  description = "Bucket (from terraform/bootstrap) holding the sync function jar."
  type        = string
}

variable "site_domain" {
  description = "Public host name of the site."
  type        = string
}

variable "acm_certificate_arn" {
  description = "ACM certificate in us-east-1 for site_domain."
  type        = string
}

variable "opensearch_master_role_arn" {
  description = "Operator IAM role that administers OpenSearch fine-grained access control."
  type        = string
}

variable "cities" {
  description = "Cities crawled daily."
  type        = list(string)
  default     = ["leeds"]
}

variable "alarm_emails" {
  description = "Who receives alarms."
  type        = list(string)
  default     = []
}
