output "api_endpoint" {
  description = "Default endpoint of the HTTP API (https://...)."
  value       = aws_apigatewayv2_api.this.api_endpoint
}

output "api_domain_name" {
  description = "Host name of the HTTP API, for the CloudFront origin."
  value       = replace(aws_apigatewayv2_api.this.api_endpoint, "https://", "")
}

output "role_arn" {
  description = "Execution role of the function (mapped to a read-only OpenSearch role)."
  value       = aws_iam_role.function.arn
}

output "function_name" {
  description = "Name of the function."
  value       = aws_lambda_function.this.function_name
}
