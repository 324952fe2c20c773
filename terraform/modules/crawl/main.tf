# The distributed crawl: EventBridge Scheduler (daily) starts a Step Functions
# state machine, which runs `tad crawl --city X --enqueue` per city; the jobs
# go to SQS (with a dead-letter queue) and ECS Fargate tasks running
# `tad worker` consume them, scaled on queue depth from zero to max_workers.

data "aws_caller_identity" "current" {}

data "aws_region" "current" {}

locals {
  tags           = { Service = "crawl" }
  container_name = "worker"
  account_id     = data.aws_caller_identity.current.account_id
  region         = data.aws_region.current.name
  secret_arns    = { for env_name, parameter in var.secret_parameters : env_name => "arn:aws:ssm:${local.region}:${local.account_id}:parameter${parameter}" }
  family_arn     = "arn:aws:ecs:${local.region}:${local.account_id}:task-definition/${var.name}-worker:*"
}

# ---------------------------------------------------------------- queues

resource "aws_sqs_queue" "dead_letters" {
  name                              = "${var.name}-dead-letters"
  message_retention_seconds         = 1209600
  kms_master_key_id                 = var.kms.data_key_arn
  kms_data_key_reuse_period_seconds = 3600
  tags                              = local.tags
}

resource "aws_sqs_queue" "jobs" {
  name                              = "${var.name}-jobs"
  visibility_timeout_seconds        = 300
  message_retention_seconds         = 345600
  receive_wait_time_seconds         = 20
  kms_master_key_id                 = var.kms.data_key_arn
  kms_data_key_reuse_period_seconds = 3600
  tags                              = local.tags

  redrive_policy = jsonencode({
    deadLetterTargetArn = aws_sqs_queue.dead_letters.arn
    maxReceiveCount     = 5
  })
}

# ---------------------------------------------------------------- logs

resource "aws_cloudwatch_log_group" "worker" {
  name              = "/ecs/${var.name}-worker"
  retention_in_days = var.log_retention_days
  kms_key_id        = var.kms.logs_key_arn
  tags              = local.tags
}

resource "aws_cloudwatch_log_group" "state_machine" {
  name              = "/aws/vendedlogs/states/${var.name}"
  retention_in_days = var.log_retention_days
  kms_key_id        = var.kms.logs_key_arn
  tags              = local.tags
}

# ---------------------------------------------------------------- IAM

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

# ---------------------------------------------------------------- ECS

resource "aws_ecs_cluster" "this" {
  name = var.name
  tags = local.tags

  setting {
    name  = "containerInsights"
    value = "disabled"
  }
}

resource "aws_ecs_cluster_capacity_providers" "this" {
  cluster_name       = aws_ecs_cluster.this.name
  capacity_providers = ["FARGATE", "FARGATE_SPOT"]

  default_capacity_provider_strategy {
    capacity_provider = "FARGATE_SPOT"
    weight            = 1
  }
}

resource "aws_ecs_task_definition" "worker" {
  family                   = "${var.name}-worker"
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = 512
  memory                   = 1024
  execution_role_arn       = aws_iam_role.execution.arn
  task_role_arn            = aws_iam_role.task.arn
  tags                     = local.tags

  runtime_platform {
    operating_system_family = "LINUX"
    cpu_architecture        = "ARM64"
  }

  container_definitions = jsonencode([{
    name      = local.container_name
    image     = var.worker_image
    command   = ["worker"]
    essential = true
    environment = [
      { name = "AWS_REGION", value = local.region },
      { name = "TAD_DYNAMODB_ENDPOINT", value = "https://dynamodb.${local.region}.amazonaws.com" },
      { name = "TAD_QUEUE_URL", value = aws_sqs_queue.jobs.url },
      { name = "TAD_MEDIA_BUCKET", value = split(":::", var.media_bucket_arn)[1] },
      { name = "TAD_MAIL_TRANSPORT", value = "ses" },
      { name = "TAD_MAIL_FROM", value = "Tattoo Artist Directory <${var.mail.from_address}>" },
      { name = "TAD_SERVE_SITE_URL", value = var.mail.site_url },
    ]
    secrets = [for env_name, arn in local.secret_arns : { name = env_name, valueFrom = arn }]
    logConfiguration = {
      logDriver = "awslogs"
      options = {
        awslogs-group         = aws_cloudwatch_log_group.worker.name
        awslogs-region        = local.region
        awslogs-stream-prefix = "worker"
      }
    }
  }])
}

resource "aws_ecs_service" "worker" {
  name            = "${var.name}-worker"
  cluster         = aws_ecs_cluster.this.id
  task_definition = aws_ecs_task_definition.worker.arn
  desired_count   = 0
  tags            = local.tags

  capacity_provider_strategy {
    capacity_provider = "FARGATE_SPOT"
    weight            = 1
  }

  network_configuration {
    subnets          = var.network.subnet_ids
    security_groups  = [var.network.security_group_id]
    assign_public_ip = true
  }

  lifecycle {
    ignore_changes = [desired_count]
  }

  depends_on = [aws_ecs_cluster_capacity_providers.this]
}

# ---------------------------------------------------------------- scaling on queue depth

resource "aws_appautoscaling_target" "worker" {
  service_namespace  = "ecs"
  resource_id        = "service/${aws_ecs_cluster.this.name}/${aws_ecs_service.worker.name}"
  scalable_dimension = "ecs:service:DesiredCount"
  min_capacity       = 0
  max_capacity       = var.max_workers
  tags               = local.tags
}

resource "aws_appautoscaling_policy" "scale_out" {
  name               = "${var.name}-scale-out"
  policy_type        = "StepScaling"
  service_namespace  = aws_appautoscaling_target.worker.service_namespace
  resource_id        = aws_appautoscaling_target.worker.resource_id
  scalable_dimension = aws_appautoscaling_target.worker.scalable_dimension

  step_scaling_policy_configuration {
    adjustment_type         = "ExactCapacity"
    cooldown                = 120
    metric_aggregation_type = "Maximum"

    step_adjustment {
      metric_interval_lower_bound = 0
      metric_interval_upper_bound = 100
      scaling_adjustment          = 1
    }

    step_adjustment {
      metric_interval_lower_bound = 100
      metric_interval_upper_bound = 1000
      scaling_adjustment          = max(1, floor(var.max_workers / 2))
    }

    step_adjustment {
      metric_interval_lower_bound = 1000
      scaling_adjustment          = var.max_workers
    }
  }
}

resource "aws_appautoscaling_policy" "scale_in" {
  name               = "${var.name}-scale-in"
  policy_type        = "StepScaling"
  service_namespace  = aws_appautoscaling_target.worker.service_namespace
  resource_id        = aws_appautoscaling_target.worker.resource_id
  scalable_dimension = aws_appautoscaling_target.worker.scalable_dimension

  step_scaling_policy_configuration {
    adjustment_type         = "ExactCapacity"
    cooldown                = 300
    metric_aggregation_type = "Maximum"

    step_adjustment {
      metric_interval_upper_bound = 0
      scaling_adjustment          = 0
    }
  }
}

resource "aws_cloudwatch_metric_alarm" "jobs_waiting" {
  alarm_name          = "${var.name}-jobs-waiting"
  alarm_description   = "Crawl jobs are visible in the queue: scale workers out"
  namespace           = "AWS/SQS"
  metric_name         = "ApproximateNumberOfMessagesVisible"
  dimensions          = { QueueName = aws_sqs_queue.jobs.name }
  statistic           = "Maximum"
  period              = 60
  evaluation_periods  = 1
  comparison_operator = "GreaterThanThreshold"
  threshold           = 0
  alarm_actions       = [aws_appautoscaling_policy.scale_out.arn]
  tags                = local.tags
}

resource "aws_cloudwatch_metric_alarm" "queue_idle" {
  alarm_name          = "${var.name}-queue-idle"
  alarm_description   = "No visible or in-flight crawl jobs for 15 minutes: scale workers to zero"
  comparison_operator = "LessThanThreshold"
  threshold           = 0.5
  evaluation_periods  = 15
  alarm_actions       = [aws_appautoscaling_policy.scale_in.arn]
  tags                = local.tags

  metric_query {
    id          = "backlog"
    expression  = "visible + inflight"
    label       = "Jobs visible or in flight"
    return_data = true
  }

  metric_query {
    id = "visible"

    metric {
      namespace   = "AWS/SQS"
      metric_name = "ApproximateNumberOfMessagesVisible"
      dimensions  = { QueueName = aws_sqs_queue.jobs.name }
      period      = 60
      stat        = "Maximum"
    }
  }

  metric_query {
    id = "inflight"

    metric {
      namespace   = "AWS/SQS"
      metric_name = "ApproximateNumberOfMessagesNotVisible"
      dimensions  = { QueueName = aws_sqs_queue.jobs.name }
      period      = 60
      stat        = "Maximum"
    }
  }
}

resource "aws_cloudwatch_metric_alarm" "dead_letters" {
  alarm_name          = "${var.name}-dead-letters"
  alarm_description   = "Crawl jobs failed 5 times and wait in the dead-letter queue"
  namespace           = "AWS/SQS"
  metric_name         = "ApproximateNumberOfMessagesVisible"
  dimensions          = { QueueName = aws_sqs_queue.dead_letters.name }
  statistic           = "Maximum"
  period              = 300
  evaluation_periods  = 1
  comparison_operator = "GreaterThanThreshold"
  threshold           = 0
  treat_missing_data  = "notBreaching"
  alarm_actions       = [var.alarm_topic_arn]
  tags                = local.tags
}

# ---------------------------------------------------------------- Step Functions

data "aws_iam_policy_document" "states_assume" {
  statement {
    actions = ["sts:AssumeRole"]

    principals {
      type        = "Service"
      identifiers = ["states.amazonaws.com"]
    }

    condition {
      test     = "StringEquals"
      variable = "aws:SourceAccount"
      values   = [local.account_id]
    }
  }
}

resource "aws_iam_role" "state_machine" {
  name               = "${var.name}-state-machine"
  assume_role_policy = data.aws_iam_policy_document.states_assume.json
  tags               = local.tags
}

data "aws_iam_policy_document" "state_machine" {
  statement {
    sid       = "RunEnqueueTasks"
    actions   = ["ecs:RunTask"]
    resources = [local.family_arn]

    condition {
      test     = "ArnEquals"
      variable = "ecs:cluster"
      values   = [aws_ecs_cluster.this.arn]
    }
  }

  statement {
    sid       = "TrackEnqueueTasks"
    actions   = ["ecs:DescribeTasks", "ecs:StopTask"]
    resources = ["arn:aws:ecs:${local.region}:${local.account_id}:task/${aws_ecs_cluster.this.name}/*"]
  }

  statement {
    sid       = "SyncIntegrationRule"
    actions   = ["events:DescribeRule", "events:PutRule", "events:PutTargets"]
    resources = ["arn:aws:events:${local.region}:${local.account_id}:rule/StepFunctionsGetEventsForECSTaskRule"]
  }

  statement {
    sid       = "PassTaskRoles"
    actions   = ["iam:PassRole"]
    resources = [aws_iam_role.execution.arn, aws_iam_role.task.arn]
  }

  statement {
    sid       = "ReadQueueDepth"
    actions   = ["sqs:GetQueueAttributes"]
    resources = [aws_sqs_queue.jobs.arn, aws_sqs_queue.dead_letters.arn]
  }

  statement {
    sid       = "NotifyFailures"
    actions   = ["sns:Publish"]
    resources = [var.alarm_topic_arn]
  }

  statement {
    sid       = "EncryptNotifications"
    actions   = ["kms:Decrypt", "kms:GenerateDataKey"]
    resources = [var.kms.data_key_arn]
  }

  statement {
    sid = "DeliverExecutionLogs"
    actions = [
      "logs:CreateLogDelivery",
      "logs:DeleteLogDelivery",
      "logs:DescribeLogGroups",
      "logs:DescribeResourcePolicies",
      "logs:GetLogDelivery",
      "logs:ListLogDeliveries",
      "logs:PutResourcePolicy",
      "logs:UpdateLogDelivery",
    ]
    resources = ["*"]
  }
}

resource "aws_iam_role_policy" "state_machine" {
  name   = "crawl-state-machine"
  role   = aws_iam_role.state_machine.id
  policy = data.aws_iam_policy_document.state_machine.json
}

resource "aws_sfn_state_machine" "crawl" {
  name     = "${var.name}-daily"
  role_arn = aws_iam_role.state_machine.arn
  tags     = local.tags

  definition = templatefile("${path.module}/state-machine.asl.json", {
    cluster_arn           = aws_ecs_cluster.this.arn
    task_definition_arn   = aws_ecs_task_definition.worker.arn
    container_name        = local.container_name
    queue_url             = aws_sqs_queue.jobs.url
    dead_letter_queue_url = aws_sqs_queue.dead_letters.url
    alarm_topic_arn       = var.alarm_topic_arn
  })

  logging_configuration {
    log_destination        = "${aws_cloudwatch_log_group.state_machine.arn}:*"
    include_execution_data = false
    level                  = "ERROR"
  }

  encryption_configuration {
    type                              = "CUSTOMER_MANAGED_KMS_KEY"
    kms_key_id                        = var.kms.data_key_arn
    kms_data_key_reuse_period_seconds = 300
  }

  depends_on = [aws_iam_role_policy.state_machine]
}

# ---------------------------------------------------------------- schedules

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
