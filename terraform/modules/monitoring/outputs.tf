output "alarm_topic_arn" {
  description = "SNS topic for all alarms."
  value       = aws_sns_topic.alarms.arn
}

output "overdue_alarm_name" {
  description = "Name of the governance alarm."
  value       = aws_cloudwatch_metric_alarm.overdue_removals.alarm_name
}
