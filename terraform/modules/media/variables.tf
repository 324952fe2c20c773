variable "bucket_name" {
  description = "Globally unique bucket name for the web export (web/) and mirrored media (media/)."
  type        = string
}

variable "kms_key_arn" {
  description = "CMK for SSE-KMS."
  type        = string
}

variable "noncurrent_version_days" {
  description = "Days to keep overwritten or deleted object versions (a purge must not linger: keep it short)."
  type        = number
  default     = 7
}
