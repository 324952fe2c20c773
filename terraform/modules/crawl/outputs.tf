output "queue_url" {
  description = "URL of the crawl job queue."
  value       = aws_sqs_queue.jobs.url
}

output "dead_letter_queue_url" {
  description = "URL of the crawl dead-letter queue."
  value       = aws_sqs_queue.dead_letters.url
}

output "cluster_arn" {
  description = "ECS cluster of the workers (also runs one-off operator tasks such as `tad removals approve`)."
  value       = aws_ecs_cluster.this.arn
}

output "task_definition_arn" {
  description = "Worker task definition."
  value       = aws_ecs_task_definition.worker.arn
}

output "state_machine_arn" {
  description = "The daily crawl state machine."
  value       = aws_sfn_state_machine.crawl.arn
}
