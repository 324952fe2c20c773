# The alarm topic every module publishes to, and the governance alarm: a
# removal request pending for more than three days (srs.md 4.7).
#
# Metric contract (published hourly by the worker task `tad removals overdue
# --publish-metric`, see docs/architecture.md):
#   namespace Tad, name OverdueRemovalRequests, no dimensions (one AWS account
#   per environment), unit Count, value = pending requests older than
#   overdue_after_days.

locals {
  tags = { Service = "monitoring" }
}

resource "aws_sns_topic" "alarms" {
  name              = "${var.name}-alarms"
  kms_master_key_id = var.kms_key_arn
  tags              = local.tags
}

resource "aws_sns_topic_subscription" "email" {
  for_each = toset(var.alarm_emails)

  topic_arn = aws_sns_topic.alarms.arn
  protocol  = "email"
  endpoint  = each.key
}

resource "aws_cloudwatch_metric_alarm" "overdue_removals" {
  alarm_name          = "${var.name}-overdue-removal-requests"
  alarm_description   = "A removal request has been pending for more than ${var.overdue_after_days} days (or the hourly check stopped reporting)"
  namespace           = "Tad"
  metric_name         = "OverdueRemovalRequests"
  statistic           = "Maximum"
  period              = 3600
  evaluation_periods  = 2
  datapoints_to_alarm = 2
  comparison_operator = "GreaterThanThreshold"
  threshold           = 0
  treat_missing_data  = "breaching"
  alarm_actions       = [aws_sns_topic.alarms.arn]
  ok_actions          = [aws_sns_topic.alarms.arn]
  tags                = local.tags
}
