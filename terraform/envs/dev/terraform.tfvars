# Non-secret settings of dev. image_tag and artifact_bucket come from CI
# (-var), secrets from SSM Parameter Store (see docs/deployment.md).
site_domain                = "dev.tattoo-directory.example"
acm_certificate_arn        = "arn:aws:acm:us-east-1:000000000000:certificate/replace-with-dev-certificate-id"
opensearch_master_role_arn = "arn:aws:iam::000000000000:role/tad-operator"
cities                     = ["leeds"]
alarm_emails               = []
