variable "name" {
  description = "Name prefix for the network resources, e.g. tad-prod."
  type        = string
}

variable "cidr_block" {
  description = "CIDR of the VPC; each subnet gets a /24 from it."
  type        = string
  default     = "10.40.0.0/16"
}

variable "az_count" {
  description = "How many availability zones to span (2 or 3)."
  type        = number
  default     = 2

  validation {
    condition     = var.az_count >= 2 && var.az_count <= 3
    error_message = "Use 2 or 3 availability zones (multi-AZ is required by NFR-REL-04/05)."
  }
}
