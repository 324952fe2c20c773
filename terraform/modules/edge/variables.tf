variable "name" {
  description = "Name prefix, e.g. tad-prod."
  type        = string
}

variable "bucket" {
  description = "The web/media bucket: id, arn and regional_domain_name (from the media module)."
  type = object({
    id                   = string
    arn                  = string
    regional_domain_name = string
  })
}

variable "api_domain_name" {
  description = "Host name of the API origin (the HTTP API's execute-api domain, without https://)."
  type        = string
}

variable "aliases" {
  description = "Public host names of the site (e.g. [\"tattoo.example.org\"])."
  type        = list(string)
}

variable "acm_certificate_arn" {
  description = "ACM certificate in us-east-1 covering the aliases."
  type        = string
}

variable "rate_limit_per_5min" {
  description = "Requests one IP may send in 5 minutes before the WAF blocks it."
  type        = number
  default     = 1000
}
