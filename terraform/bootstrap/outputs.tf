output "state_bucket" {
  description = "Pass to terraform init -backend-config=\"bucket=...\"."
  value       = aws_s3_bucket.this["state"].id
}

output "artifact_bucket" {
  description = "Pass to plan/apply as -var artifact_bucket=..."
  value       = aws_s3_bucket.this["artifacts"].id
}
