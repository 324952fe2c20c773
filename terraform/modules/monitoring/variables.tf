variable "name" {
  description = "Name prefix, e.g. tad-prod."
  type        = string
}

variable "kms_key_arn" {
  description = "CMK that encrypts the alarm topic (its policy must let cloudwatch.amazonaws.com use it)."
  type        = string
}

variable "alarm_emails" {
  description = "Addresses subscribed to the alarm topic (each must confirm)."
  type        = list(string)
  default     = []
}

variable "overdue_after_days" {
  description = "Age in days after which a pending removal request counts as overdue (documentation of the metric; the publisher uses the same value)."
  type        = number
  default     = 3
}
