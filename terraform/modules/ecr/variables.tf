variable "repository_names" {
  description = "Repositories to create, e.g. [\"tad-api\", \"tad-worker\"]."
  type        = list(string)
}

variable "kms_key_arn" {
  description = "CMK that encrypts the images."
  type        = string
}

variable "keep_images" {
  description = "How many images each repository keeps (older ones expire)."
  type        = number
  default     = 30
}
