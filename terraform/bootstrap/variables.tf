variable "environment" {
  description = "Which account this is (dev or prod); only used for tags."
  type        = string
}

variable "region" {
  description = "Region of the state and artifact buckets."
  type        = string
  default     = "eu-west-2"
}
