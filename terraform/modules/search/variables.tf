variable "domain_name" {
  description = "OpenSearch domain name (3-28 lowercase characters)."
  type        = string
}

variable "instance_type" {
  description = "Data node instance type; t3.small.search keeps the bill low (see docs/cost.md)."
  type        = string
  default     = "t3.small.search"
}

variable "subnet_ids" {
  description = "Private subnets, one data node in each; two or more (one per AZ) turn on zone awareness."
  type        = list(string)
}

variable "security_group_id" {
  description = "Security group of the domain."
  type        = string
}

variable "kms_key_arn" {
  description = "CMK for encryption at rest."
  type        = string
}

variable "logs_kms_key_arn" {
  description = "CMK for the domain's CloudWatch log group."
  type        = string
}

variable "client_role_arns" {
  description = "IAM roles allowed to call the domain (the API and the sync function); fine-grained access control maps them to OpenSearch roles."
  type        = list(string)
}

variable "master_role_arn" {
  description = "IAM role that administers fine-grained access control (an operator role, not a workload)."
  type        = string
}

variable "log_retention_days" {
  description = "Retention of the domain's error logs."
  type        = number
  default     = 30
}
