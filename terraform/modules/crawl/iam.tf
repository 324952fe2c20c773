# The worker's roles: ECS's execution role (start the task) and the task role
# (what `tad worker` itself may do).

data "aws_iam_policy_document" "ecs_tasks_assume" {
  statement {
    actions = ["sts:AssumeRole"]

    principals {
      type        = "Service"
      identifiers = ["ecs-tasks.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "execution" {
  name               = "${var.name}-execution"
  assume_role_policy = data.aws_iam_policy_document.ecs_tasks_assume.json
  tags               = local.tags
}

# What ECS itself needs to start a task: pull the image, write logs, read the
# task's secrets.
data "aws_iam_policy_document" "execution" {
  statement {
    sid       = "EcrAuth"
    actions   = ["ecr:GetAuthorizationToken"]
    resources = ["*"]
  }

  statement {
    sid       = "PullWorkerImage"
    actions   = ["ecr:BatchCheckLayerAvailability", "ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer"]
    resources = ["arn:aws:ecr:${local.region}:${local.account_id}:repository/*"]
  }

  statement {
    sid       = "WriteWorkerLogs"
    actions   = ["logs:CreateLogStream", "logs:PutLogEvents"]
    resources = ["${aws_cloudwatch_log_group.worker.arn}:*"]
  }

  dynamic "statement" {
    for_each = length(local.secret_arns) > 0 ? [1] : []

    content {
      sid       = "ReadTaskSecrets"
      actions   = ["ssm:GetParameters"]
      resources = values(local.secret_arns)
    }
  }

  statement {
    sid       = "DecryptSecretsAndImages"
    actions   = ["kms:Decrypt"]
    resources = [var.kms.data_key_arn]
  }
}

resource "aws_iam_role_policy" "execution" {
  name   = "worker-execution"
  role   = aws_iam_role.execution.id
  policy = data.aws_iam_policy_document.execution.json
}

resource "aws_iam_role" "task" {
  name               = "${var.name}-task"
  assume_role_policy = data.aws_iam_policy_document.ecs_tasks_assume.json
  tags               = local.tags
}

# What `tad worker` does: read and write the directory (crawl results, the
# denylist check, purges), consume and produce jobs, mirror media, publish the
# overdue removal request metric, send the removal and notice e-mails.
data "aws_iam_policy_document" "task" {
  statement {
    sid = "ReadWriteDirectory"
    actions = [
      "dynamodb:BatchGetItem",
      "dynamodb:BatchWriteItem",
      "dynamodb:ConditionCheckItem",
      "dynamodb:DeleteItem",
      "dynamodb:DescribeTable",
      "dynamodb:GetItem",
      "dynamodb:PutItem",
      "dynamodb:Query",
      "dynamodb:UpdateItem",
    ]
    resources = [var.table.arn, "${var.table.arn}/index/*"]
  }

  # The jobs queue is addressed by its URL (TAD_QUEUE_URL), never looked up;
  # GetQueueAttributes reads its redrive policy when the adapter connects.
  statement {
    sid = "ConsumeAndProduceJobs"
    actions = [
      "sqs:ChangeMessageVisibility",
      "sqs:DeleteMessage",
      "sqs:GetQueueAttributes",
      "sqs:ReceiveMessage",
      "sqs:SendMessage",
    ]
    resources = [aws_sqs_queue.jobs.arn]
  }

  # SqsJobQueue finds the dead-letter queue from the redrive policy
  # (GetQueueUrl) and moves malformed, poison and finally-failed jobs there
  # itself (SendMessage). Only reading it is left to operators.
  statement {
    sid       = "DeadLetterJobs"
    actions   = ["sqs:GetQueueUrl", "sqs:SendMessage"]
    resources = [aws_sqs_queue.dead_letters.arn]
  }

  statement {
    sid       = "MirrorMedia"
    actions   = ["s3:DeleteObject", "s3:GetObject", "s3:PutObject"]
    resources = ["${var.media_bucket_arn}/media/*"]
  }

  statement {
    sid       = "UseDataKey"
    actions   = ["kms:Decrypt", "kms:DescribeKey", "kms:GenerateDataKey"]
    resources = [var.kms.data_key_arn]
  }

  statement {
    sid       = "PublishGovernanceMetric"
    actions   = ["cloudwatch:PutMetricData"]
    resources = ["*"]

    condition {
      test     = "StringEquals"
      variable = "cloudwatch:namespace"
      values   = ["Tad"]
    }
  }

  # SesMailer calls SESv2 SendEmail, and only this role sends: on the domain
  # identity and its configuration set, from the one configured address.
  statement {
    sid       = "SendMail"
    actions   = ["ses:SendEmail"]
    resources = [var.mail.identity_arn, var.mail.configuration_set_arn]

    condition {
      test     = "StringEquals"
      variable = "ses:FromAddress"
      values   = [var.mail.from_address]
    }

    condition {
      test     = "StringEquals"
      variable = "ses:ApiVersion"
      values   = ["2"]
    }
  }
}

resource "aws_iam_role_policy" "task" {
  name   = "worker-least-privilege"
  role   = aws_iam_role.task.id
  policy = data.aws_iam_policy_document.task.json
}
