variable "table_name" {
  description = "Name of the single table (the application expects TattooDirectory)."
  type        = string
  default     = "TattooDirectory"
}

variable "kms_key_arn" {
  description = "Customer managed KMS key for server-side encryption."
  type        = string
}

variable "deletion_protection" {
  description = "Refuse to delete the table (true in prod)."
  type        = bool
  default     = true
}
