# Every taggable resource gets Project and Environment from default_tags;
# each module overrides Service with its own name (network, data, search,
# media, edge, api, crawl, sync, monitoring, security, build).
locals {
  default_tags = {
    Project     = "tad"
    Environment = var.environment
    Service     = "platform"
  }
}

provider "aws" {
  region = var.region

  default_tags {
    tags = local.default_tags
  }
}

# CloudFront-scoped WAF web ACLs live in us-east-1.
provider "aws" {
  alias  = "us_east_1"
  region = "us-east-1"

  default_tags {
    tags = local.default_tags
  }
}
