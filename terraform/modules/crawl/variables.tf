variable "name" {
  description = "Name prefix of the crawl resources, e.g. tad-prod-crawl."
  type        = string
}

variable "worker_image" {
  description = "Worker image (ECR URI with an immutable tag); its entrypoint is the tad CLI."
  type        = string
}

variable "cities" {
  description = "Cities the daily crawl enqueues (each becomes `tad crawl --city X --enqueue`)."
  type        = list(string)
}

variable "max_workers" {
  description = "Upper bound of worker tasks when the queue is deep."
  type        = number
  default     = 4
}

variable "table" {
  description = "The directory table: name and arn (the crawler reads and writes it)."
  type = object({
    name = string
    arn  = string
  })
}

variable "media_bucket_arn" {
  description = "Bucket for mirrored media (the worker writes under media/)."
  type        = string
}

variable "network" {
  description = "Public subnets (one per AZ; tasks get public IPs, no NAT) and the worker security group."
  type = object({
    subnet_ids        = list(string)
    security_group_id = string
  })
}

variable "kms" {
  description = "Key ARNs: data (queues, secrets) and logs."
  type = object({
    data_key_arn = string
    logs_key_arn = string
  })
}

variable "secret_parameters" {
  description = "Environment variable name => SSM SecureString parameter name, injected by ECS at task start."
  type        = map(string)
  default     = {}
}

variable "alarm_topic_arn" {
  description = "SNS topic for the DLQ alarm and crawl failure notices."
  type        = string
}

variable "log_retention_days" {
  description = "Retention of the worker and state machine logs."
  type        = number
  default     = 30
}

variable "mail" {
  description = "What the worker needs to send e-mail (removal acknowledgements and decisions, notices to studios): the SES identity and configuration set it may send with, its one sender address, and the public site URL the messages link to."
  type = object({
    identity_arn          = string
    configuration_set_arn = string
    from_address          = string
    site_url              = string
  })
}
