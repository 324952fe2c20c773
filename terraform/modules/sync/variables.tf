variable "name" {
  description = "Function name, e.g. tad-prod-sync."
  type        = string
}

variable "package" {
  description = "Where the shaded sync jar is: an S3 artifact (s3_bucket + s3_key) or, for local applies, a file path (file)."
  type = object({
    s3_bucket = optional(string)
    s3_key    = optional(string)
    file      = optional(string)
  })

  validation {
    condition     = (var.package.file != null) != (var.package.s3_bucket != null && var.package.s3_key != null)
    error_message = "Give either package.file or both package.s3_bucket and package.s3_key."
  }
}

variable "stream_arn" {
  description = "ARN of the table's stream."
  type        = string
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
  description = "Key ARNs: data (stream, DLQ, environment) and logs."
  type = object({
    data_key_arn = string
    logs_key_arn = string
  })
}

variable "alarm_topic_arn" {
  description = "SNS topic for the iterator-age and DLQ alarms."
  type        = string
}

variable "log_retention_days" {
  description = "Retention of the function's logs."
  type        = number
  default     = 30
}

variable "table" {
  description = "The table the sync re-reads changed artists from: name and ARN."
  type = object({
    name = string
    arn  = string
  })
}

variable "denylist_secret_parameter" {
  description = "SSM SecureString parameter holding the denylist HMAC key (TAD_DENYLIST_SECRET)."
  type        = string
}
