# Remote state in the bucket made by terraform/bootstrap (versioned, SSE-KMS,
# public access blocked). use_lockfile takes an S3 conditional-write lock
# (Terraform >= 1.10), so no DynamoDB lock table is needed. The bucket name
# carries the account id: pass it at init time (see docs/deployment.md):
#   terraform init -backend-config="bucket=tad-tfstate-<account-id>"
terraform {
  backend "s3" {
    key          = "tad/dev/terraform.tfstate"
    region       = "eu-west-2"
    encrypt      = true
    kms_key_id   = "alias/tad-tfstate"
    use_lockfile = true
  }
}
