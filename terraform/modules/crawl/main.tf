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
