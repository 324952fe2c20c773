output "vpc_id" {
  description = "ID of the VPC."
  value       = aws_vpc.this.id
}

output "private_subnet_ids" {
  description = "Private subnets, one per AZ (Lambda, OpenSearch)."
  value       = aws_subnet.private[*].id
}

output "public_subnet_ids" {
  description = "Public subnets, one per AZ (crawler tasks with public IPs, no NAT)."
  value       = aws_subnet.public[*].id
}

output "lambda_security_group_id" {
  description = "Security group of the API and sync functions."
  value       = aws_security_group.lambda.id
}

output "search_security_group_id" {
  description = "Security group of the OpenSearch domain."
  value       = aws_security_group.search.id
}

output "worker_security_group_id" {
  description = "Security group of the crawler tasks."
  value       = aws_security_group.worker.id
}
