# Run once per AWS account (dev and prod are separate accounts) with local
# state: the bucket that holds the Terraform state of envs/<env>, its KMS key
# (alias/tad-tfstate), the bucket CI uploads the sync function jar to, and the
# service-linked role OpenSearch needs before it can create a VPC domain.
# See docs/deployment.md.

provider "aws" {
  region = var.region

  default_tags {
    tags = {
      Project     = "tad"
      Environment = var.environment
      Service     = "terraform"
    }
  }
}

data "aws_caller_identity" "current" {}

locals {
  buckets = {
    state     = "tad-tfstate-${data.aws_caller_identity.current.account_id}"
    artifacts = "tad-artifacts-${data.aws_caller_identity.current.account_id}"
  }
}

resource "aws_kms_key" "state" {
  description         = "tad Terraform state and build artifacts"
  enable_key_rotation = true
  tags                = { Service = "terraform" }
}

resource "aws_kms_alias" "state" {
  name          = "alias/tad-tfstate"
  target_key_id = aws_kms_key.state.key_id
}

resource "aws_s3_bucket" "this" {
  for_each = local.buckets

  bucket = each.value
  tags   = { Service = "terraform" }
}

resource "aws_s3_bucket_public_access_block" "this" {
  for_each = aws_s3_bucket.this

  bucket                  = each.value.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket_versioning" "this" {
  for_each = aws_s3_bucket.this

  bucket = each.value.id

  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket_server_side_encryption_configuration" "this" {
  for_each = aws_s3_bucket.this

  bucket = each.value.id

  rule {
    bucket_key_enabled = true

    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = aws_kms_key.state.arn
    }
  }
}

resource "aws_iam_service_linked_role" "opensearch" {
  aws_service_name = "opensearchservice.amazonaws.com"
  description      = "Lets OpenSearch Service manage the network interfaces of VPC domains"
  tags             = { Service = "terraform" }
}
