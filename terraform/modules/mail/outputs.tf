output "identity_arn" {
  description = "ARN of the SES domain identity: the resource of the sender's ses:SendEmail grant."
  value       = aws_sesv2_email_identity.domain.arn
}

output "configuration_set_arn" {
  description = "ARN of the configuration set the identity sends with by default (also a resource of the grant)."
  value       = aws_sesv2_configuration_set.this.arn
}

output "from_address" {
  description = "The sender address, passed to the worker as TAD_MAIL_FROM and to its grant's ses:FromAddress condition."
  value       = var.from_address
}

output "dkim_records" {
  description = "CNAME records to publish in the domain's DNS for Easy DKIM (name => value)."
  value = {
    for token in aws_sesv2_email_identity.domain.dkim_signing_attributes[0].tokens :
    "${token}._domainkey.${var.domain}" => "${token}.dkim.amazonses.com"
  }
}
