variable "alias" {
  description = "Alias name without the alias/ prefix, e.g. tad-prod-data."
  type        = string
}

variable "description" {
  description = "What the key protects."
  type        = string
}

variable "service_principals" {
  description = "AWS service principals (e.g. cloudwatch.amazonaws.com) allowed to use the key on behalf of this account."
  type        = list(string)
  default     = []
}

variable "allow_cloudwatch_logs" {
  description = "Let CloudWatch Logs in this region encrypt log groups of this account with the key."
  type        = bool
  default     = false
}

variable "deletion_window_in_days" {
  description = "Waiting period before a scheduled key deletion completes."
  type        = number
  default     = 30
}
