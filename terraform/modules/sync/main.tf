# DynamoDB stream -> Lambda (Java 21) -> OpenSearch. A failing batch is split
# in two until the poison record is isolated, retried a bounded number of
# times, then described in the failure queue (SQS, KMS) and skipped, so one
# bad record cannot stall the index.

locals {
  tags = { Service = "sync" }
}

# the denylist's HMAC key: the same secret as the API and the crawler, or the hashes would not match
data "aws_ssm_parameter" "denylist_secret" {
  name            = var.denylist_secret_parameter
  with_decryption = true
}

resource "aws_sqs_queue" "failures" {
  name                              = "${var.name}-failures"
  message_retention_seconds         = 1209600
  kms_master_key_id                 = var.kms.data_key_arn
  kms_data_key_reuse_period_seconds = 3600
  tags                              = local.tags
}

resource "aws_cloudwatch_log_group" "function" {
  name              = "/aws/lambda/${var.name}"
  retention_in_days = var.log_retention_days
  kms_key_id        = var.kms.logs_key_arn
  tags              = local.tags
}

data "aws_iam_policy_document" "assume" {
  statement {
    actions = ["sts:AssumeRole"]

    principals {
      type        = "Service"
      identifiers = ["lambda.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "function" {
  name               = "${var.name}-function"
  assume_role_policy = data.aws_iam_policy_document.assume.json
  tags               = local.tags
}

data "aws_iam_policy_document" "function" {
  statement {
    sid = "ReadStream"
    actions = [
      "dynamodb:DescribeStream",
      "dynamodb:GetRecords",
      "dynamodb:GetShardIterator",
      "dynamodb:ListStreams",
    ]
    resources = [var.stream_arn]
  }

  # the sync re-reads each changed artist (and checks the denylist) rather than trusting the stream payload
  statement {
    sid       = "ReadTable"
    actions   = ["dynamodb:DescribeTable", "dynamodb:GetItem", "dynamodb:Query"]
    resources = [var.table.arn, "${var.table.arn}/index/*"]
  }

  statement {
    sid = "WriteIndex"
    actions = [
      "es:ESHttpDelete",
      "es:ESHttpGet",
      "es:ESHttpHead",
      "es:ESHttpPost",
      "es:ESHttpPut",
    ]
    resources = ["${var.search.arn}/*"]
  }

  statement {
    sid       = "ReportFailedBatches"
    actions   = ["sqs:SendMessage"]
    resources = [aws_sqs_queue.failures.arn]
  }

  statement {
    sid       = "UseDataKey"
    actions   = ["kms:Decrypt", "kms:DescribeKey", "kms:GenerateDataKey"]
    resources = [var.kms.data_key_arn]
  }

  statement {
    sid       = "WriteOwnLogs"
    actions   = ["logs:CreateLogStream", "logs:PutLogEvents"]
    resources = ["${aws_cloudwatch_log_group.function.arn}:*"]
  }

  statement {
    sid = "VpcNetworkInterfaces"
    actions = [
      "ec2:AssignPrivateIpAddresses",
      "ec2:CreateNetworkInterface",
      "ec2:DeleteNetworkInterface",
      "ec2:DescribeNetworkInterfaces",
      "ec2:UnassignPrivateIpAddresses",
    ]
    resources = ["*"]
  }
}

resource "aws_iam_role_policy" "function" {
  name   = "sync-least-privilege"
  role   = aws_iam_role.function.id
  policy = data.aws_iam_policy_document.function.json
}

resource "aws_lambda_function" "this" {
  function_name = var.name
  description   = "DynamoDB stream to OpenSearch sync"
  role          = aws_iam_role.function.arn
  runtime       = "java21"
  handler       = "tad.sync.StreamHandler::handleRequest"
  architectures = ["arm64"]
  memory_size   = 1024
  timeout       = 60
  filename      = var.package.file
  s3_bucket     = var.package.s3_bucket
  s3_key        = var.package.s3_key
  kms_key_arn   = var.kms.data_key_arn
  tags          = local.tags

  environment {
    variables = {
      TAD_OPENSEARCH_URL  = var.search.endpoint
      TAD_DYNAMODB_TABLE  = var.table.name
      TAD_DENYLIST_SECRET = data.aws_ssm_parameter.denylist_secret.value
    }
  }

  vpc_config {
    subnet_ids         = var.network.subnet_ids
    security_group_ids = [var.network.security_group_id]
  }

  logging_config {
    log_format = "Text"
    log_group  = aws_cloudwatch_log_group.function.name
  }

  depends_on = [aws_iam_role_policy.function]
}

resource "aws_lambda_event_source_mapping" "stream" {
  function_name                      = aws_lambda_function.this.arn
  function_response_types            = ["ReportBatchItemFailures"]
  event_source_arn                   = var.stream_arn
  starting_position                  = "TRIM_HORIZON"
  batch_size                         = 100
  maximum_batching_window_in_seconds = 5
  bisect_batch_on_function_error     = true
  maximum_retry_attempts             = 5
  maximum_record_age_in_seconds      = 86400

  destination_config {
    on_failure {
      destination_arn = aws_sqs_queue.failures.arn
    }
  }
}

resource "aws_cloudwatch_metric_alarm" "iterator_age" {
  alarm_name          = "${var.name}-iterator-age"
  alarm_description   = "The search index lags the table by more than 5 minutes"
  namespace           = "AWS/Lambda"
  metric_name         = "IteratorAge"
  dimensions          = { FunctionName = aws_lambda_function.this.function_name }
  statistic           = "Maximum"
  period              = 300
  evaluation_periods  = 2
  comparison_operator = "GreaterThanThreshold"
  threshold           = 300000
  treat_missing_data  = "notBreaching"
  alarm_actions       = [var.alarm_topic_arn]
  ok_actions          = [var.alarm_topic_arn]
  tags                = local.tags
}

resource "aws_cloudwatch_metric_alarm" "failures" {
  alarm_name          = "${var.name}-failed-batches"
  alarm_description   = "Stream records the sync gave up on are waiting in the failure queue"
  namespace           = "AWS/SQS"
  metric_name         = "ApproximateNumberOfMessagesVisible"
  dimensions          = { QueueName = aws_sqs_queue.failures.name }
  statistic           = "Maximum"
  period              = 300
  evaluation_periods  = 1
  comparison_operator = "GreaterThanThreshold"
  threshold           = 0
  treat_missing_data  = "notBreaching"
  alarm_actions       = [var.alarm_topic_arn]
  tags                = local.tags
}
