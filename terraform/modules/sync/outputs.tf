output "role_arn" {
  description = "Execution role of the function (mapped to a writing OpenSearch role)."
  value       = aws_iam_role.function.arn
}

output "function_name" {
  description = "Name of the function."
  value       = aws_lambda_function.this.function_name
}

output "failure_queue_url" {
  description = "Queue holding descriptions of stream batches the sync gave up on."
  value       = aws_sqs_queue.failures.url
}
