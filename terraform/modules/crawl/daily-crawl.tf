# EventBridge Scheduler starts the crawl state machine once a day.

data "aws_iam_policy_document" "scheduler_assume" {
  statement {
    actions = ["sts:AssumeRole"]

    principals {
      type        = "Service"
      identifiers = ["scheduler.amazonaws.com"]
    }

    condition {
      test     = "StringEquals"
      variable = "aws:SourceAccount"
      values   = [local.account_id]
    }
  }
}

resource "aws_iam_role" "scheduler" {
  name               = "${var.name}-scheduler"
  assume_role_policy = data.aws_iam_policy_document.scheduler_assume.json
  tags               = local.tags
}

data "aws_iam_policy_document" "scheduler" {
  statement {
    sid       = "StartDailyCrawl"
    actions   = ["states:StartExecution"]
    resources = [aws_sfn_state_machine.crawl.arn]
  }

  statement {
    sid       = "RunGovernanceCheck"
    actions   = ["ecs:RunTask"]
    resources = [local.family_arn]

    condition {
      test     = "ArnEquals"
      variable = "ecs:cluster"
      values   = [aws_ecs_cluster.this.arn]
    }
  }

  statement {
    sid       = "PassTaskRoles"
    actions   = ["iam:PassRole"]
    resources = [aws_iam_role.execution.arn, aws_iam_role.task.arn]
  }

  statement {
    sid       = "UseDataKey"
    actions   = ["kms:Decrypt", "kms:GenerateDataKey"]
    resources = [var.kms.data_key_arn]
  }
}

resource "aws_iam_role_policy" "scheduler" {
  name   = "crawl-scheduler"
  role   = aws_iam_role.scheduler.id
  policy = data.aws_iam_policy_document.scheduler.json
}

resource "aws_scheduler_schedule" "daily_crawl" {
  name                         = "${var.name}-daily"
  description                  = "Starts the daily crawl (NFR-REL-03: profiles under 48 hours old)"
  schedule_expression          = "cron(0 2 * * ? *)"
  schedule_expression_timezone = "Europe/London"

  flexible_time_window {
    mode                      = "FLEXIBLE"
    maximum_window_in_minutes = 30
  }

  target {
    arn      = aws_sfn_state_machine.crawl.arn
    role_arn = aws_iam_role.scheduler.arn
    input = jsonencode({
      cities = var.cities
      network = {
        subnets        = var.network.subnet_ids
        securityGroups = [var.network.security_group_id]
      }
    })

    retry_policy {
      maximum_retry_attempts = 3
    }
  }
}
