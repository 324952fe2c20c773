variable "name" {
  description = "Name prefix, e.g. tad-prod; names the SES configuration set."
  type        = string
}

variable "domain" {
  description = "The domain mail is sent from (the site's domain), verified in SES with DKIM."
  type        = string
}

variable "from_address" {
  description = "The one sender address (mail.from), e.g. privacy@<domain>; the worker may send from nothing else."
  type        = string

  validation {
    condition     = can(regex("^[^@\\s]+@[^@\\s]+$", var.from_address))
    error_message = "from_address must be a bare address like privacy@example.org."
  }
}
