# E-mail on AWS: the sending domain as an SES identity (DKIM-signed), and a
# configuration set that refuses to deliver without TLS and keeps bounced and
# complaining addresses from being written to again. Who may send is granted
# where the sender is: the crawl module's worker task role, and only that
# role, may call ses:SendEmail on this identity from the one sender address.

locals {
  tags = { Service = "mail" }
}

resource "aws_sesv2_configuration_set" "this" {
  configuration_set_name = var.name
  tags                   = local.tags

  delivery_options {
    tls_policy = "REQUIRE"
  }

  reputation_options {
    reputation_metrics_enabled = true
  }

  sending_options {
    sending_enabled = true
  }

  suppression_options {
    suppressed_reasons = ["BOUNCE", "COMPLAINT"]
  }
}

# Easy DKIM: publish the three CNAME records of the dkim_records output in the
# domain's DNS; SES verifies the identity once they resolve.
resource "aws_sesv2_email_identity" "domain" {
  email_identity         = var.domain
  configuration_set_name = aws_sesv2_configuration_set.this.configuration_set_name
  tags                   = local.tags

  dkim_signing_attributes {
    next_signing_key_length = "RSA_2048_BIT"
  }
}
