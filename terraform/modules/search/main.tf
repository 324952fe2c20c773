# OpenSearch in the VPC, one data node per given subnet (zone awareness when
# there are two or more: prod gives one subnet per AZ), encrypted at
# rest with a CMK, node-to-node encryption, HTTPS only with TLS 1.2+ and
# fine-grained access control with IAM roles (no internal users).

data "aws_caller_identity" "current" {}

data "aws_region" "current" {}

locals {
  tags       = { Service = "search" }
  domain_arn = "arn:aws:es:${data.aws_region.current.name}:${data.aws_caller_identity.current.account_id}:domain/${var.domain_name}"
}

resource "aws_cloudwatch_log_group" "errors" {
  name              = "/aws/opensearch/${var.domain_name}/errors"
  retention_in_days = var.log_retention_days
  kms_key_id        = var.logs_kms_key_arn
  tags              = local.tags
}

data "aws_iam_policy_document" "log_delivery" {
  statement {
    sid       = "OpenSearchWritesErrorLogs"
    actions   = ["logs:CreateLogStream", "logs:PutLogEvents"]
    resources = ["${aws_cloudwatch_log_group.errors.arn}:*"]

    principals {
      type        = "Service"
      identifiers = ["es.amazonaws.com"]
    }

    condition {
      test     = "StringEquals"
      variable = "aws:SourceAccount"
      values   = [data.aws_caller_identity.current.account_id]
    }
  }
}

resource "aws_cloudwatch_log_resource_policy" "this" {
  policy_name     = "${var.domain_name}-opensearch-logs"
  policy_document = data.aws_iam_policy_document.log_delivery.json
}

data "aws_iam_policy_document" "access" {
  statement {
    sid = "WorkloadRolesUseTheDomain"
    actions = [
      "es:ESHttpDelete",
      "es:ESHttpGet",
      "es:ESHttpHead",
      "es:ESHttpPost",
      "es:ESHttpPut",
    ]
    resources = ["${local.domain_arn}/*"]

    principals {
      type        = "AWS"
      identifiers = concat(var.client_role_arns, [var.master_role_arn])
    }
  }
}

resource "aws_opensearch_domain" "this" {
  domain_name     = var.domain_name
  engine_version  = "OpenSearch_2.17"
  access_policies = data.aws_iam_policy_document.access.json

  cluster_config {
    instance_type          = var.instance_type
    instance_count         = length(var.subnet_ids)
    zone_awareness_enabled = length(var.subnet_ids) > 1

    dynamic "zone_awareness_config" {
      for_each = length(var.subnet_ids) > 1 ? [1] : []

      content {
        availability_zone_count = length(var.subnet_ids)
      }
    }
  }

  ebs_options {
    ebs_enabled = true
    volume_type = "gp3"
    volume_size = 10
  }

  vpc_options {
    subnet_ids         = var.subnet_ids
    security_group_ids = [var.security_group_id]
  }

  encrypt_at_rest {
    enabled    = true
    kms_key_id = var.kms_key_arn
  }

  node_to_node_encryption {
    enabled = true
  }

  domain_endpoint_options {
    enforce_https       = true
    tls_security_policy = "Policy-Min-TLS-1-2-2019-07"
  }

  advanced_security_options {
    enabled                        = true
    anonymous_auth_enabled         = false
    internal_user_database_enabled = false

    master_user_options {
      master_user_arn = var.master_role_arn
    }
  }

  log_publishing_options {
    log_type                 = "ES_APPLICATION_LOGS"
    cloudwatch_log_group_arn = aws_cloudwatch_log_group.errors.arn
  }

  tags = local.tags

  depends_on = [aws_cloudwatch_log_resource_policy.this]
}
