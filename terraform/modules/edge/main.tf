# CloudFront in front of the private bucket (the web export's assets and
# static pages, mirrored media at /media/*) and the API (/api/*; the pages the
# server writes: the search page at / and each profile at /artists/*, with their
# first view and head, as `./tad serve` writes them; and what search engines
# read first: /robots.txt and the sitemap, which the API makes from the search
# index), HTTPS only with TLS 1.2 (2021 policy), security response headers, and
# a WAF web ACL (scope CLOUDFRONT, so created in us-east-1) with the AWS common
# rule set and a per-IP rate limit.

locals {
  tags          = { Service = "edge" }
  s3_origin_id  = "site-bucket"
  api_origin_id = "api"
  # answered by the API (serve's SeoService), read-only and revalidated by ETag
  seo_paths = ["/robots.txt", "/sitemap.xml", "/sitemaps/*"]
  # the pages serve's WebAppService writes from its bundled web export (TAD_SERVE_WEB_DIR in the API image): the
  # search page (/, and its file name) with the first page of results for the address's query, and each profile
  page_paths = ["/", "/index.html", "/artists/*"]
  # the search page's address parameters (serve's PageSearch, the web app's searchState.ts): the only query strings
  # that change a page, so the only ones in its cache key and sent to the API (CloudFront allows 10 per policy)
  search_parameters = ["q", "city", "near", "radiusKm", "style", "availability", "bbox", "sort", "page", "view"]
}

data "aws_cloudfront_cache_policy" "optimized" {
  name = "Managed-CachingOptimized"
}

data "aws_cloudfront_origin_request_policy" "api" {
  name = "Managed-AllViewerExceptHostHeader"
}

resource "aws_cloudfront_cache_policy" "api" {
  name        = "${var.name}-api"
  comment     = "Honour the API's Cache-Control and ETag; key on the query string"
  min_ttl     = 0
  default_ttl = 0
  max_ttl     = 300

  parameters_in_cache_key_and_forwarded_to_origin {
    enable_accept_encoding_brotli = true
    enable_accept_encoding_gzip   = true

    cookies_config {
      cookie_behavior = "none"
    }

    headers_config {
      header_behavior = "none"
    }

    query_strings_config {
      query_string_behavior = "all"
    }
  }
}

# Pages carry data that a removal must take away at once: the API sends them with "max-age=0, must-revalidate" and an
# ETag, so the edge asks the API again (If-None-Match, a 304 when unchanged) on every request; max_ttl caps what any
# other Cache-Control could make the edge hold at 60 s (docs/architecture.md, "Pages on AWS").
resource "aws_cloudfront_cache_policy" "pages" {
  name        = "${var.name}-pages"
  comment     = "Server-written pages: revalidated by ETag, held 60 s at most, keyed on the search parameters"
  min_ttl     = 0
  default_ttl = 0
  max_ttl     = 60

  parameters_in_cache_key_and_forwarded_to_origin {
    enable_accept_encoding_brotli = true
    enable_accept_encoding_gzip   = true

    cookies_config {
      cookie_behavior = "none"
    }

    headers_config {
      header_behavior = "none"
    }

    query_strings_config {
      query_string_behavior = "whitelist"

      query_strings {
        items = local.search_parameters
      }
    }
  }
}

# What reaches the API for a page: the search parameters, no cookies, no viewer headers (the API names pages by
# TAD_SERVE_SITE_URL, so it needs no Host; API Gateway gets its own host name).
resource "aws_cloudfront_origin_request_policy" "pages" {
  name    = "${var.name}-pages"
  comment = "Search parameters only; no cookies, no viewer headers"

  cookies_config {
    cookie_behavior = "none"
  }

  headers_config {
    header_behavior = "none"
  }

  query_strings_config {
    query_string_behavior = "whitelist"

    query_strings {
      items = local.search_parameters
    }
  }
}

resource "aws_cloudfront_origin_access_control" "bucket" {
  name                              = "${var.name}-bucket"
  description                       = "CloudFront signs its requests to the private bucket"
  origin_access_control_origin_type = "s3"
  signing_behavior                  = "always"
  signing_protocol                  = "sigv4"
}

resource "aws_cloudfront_function" "spa_rewrite" {
  name    = "${var.name}-spa-rewrite"
  runtime = "cloudfront-js-2.0"
  comment = "Static pages of the web export: /x/ and deep links go to an index.html"
  publish = true
  code    = file("${path.module}/spa-rewrite.js")
}

resource "aws_cloudfront_response_headers_policy" "security" {
  name    = "${var.name}-security-headers"
  comment = "HSTS, CSP, nosniff, frame denial, referrer policy"

  security_headers_config {
    strict_transport_security {
      access_control_max_age_sec = 63072000
      include_subdomains         = true
      preload                    = true
      override                   = true
    }

    # the web app's page policy, as ./tad serve sends it (serve's SecurityHeaders.pagePolicy): the static export
    # has inline scripts (Next.js's bootstrap, the paint-first loader) and the map's OpenStreetMap tiles
    content_security_policy {
      content_security_policy = "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob: https://tile.openstreetmap.org https://*.tile.openstreetmap.org; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'"
      override                = false
    }

    content_type_options {
      override = true
    }

    frame_options {
      frame_option = "DENY"
      override     = true
    }

    referrer_policy {
      referrer_policy = "strict-origin-when-cross-origin"
      override        = true
    }
  }
}

resource "aws_wafv2_web_acl" "this" {
  provider = aws.us_east_1

  name        = "${var.name}-edge"
  description = "Managed common rules and a per-IP rate limit in front of CloudFront"
  scope       = "CLOUDFRONT"
  tags        = local.tags

  default_action {
    allow {}
  }

  rule {
    name     = "aws-common-rule-set"
    priority = 10

    override_action {
      none {}
    }

    statement {
      managed_rule_group_statement {
        vendor_name = "AWS"
        name        = "AWSManagedRulesCommonRuleSet"
      }
    }

    visibility_config {
      cloudwatch_metrics_enabled = true
      metric_name                = "${var.name}-common"
      sampled_requests_enabled   = true
    }
  }

  rule {
    name     = "rate-limit-per-ip"
    priority = 20

    action {
      block {}
    }

    statement {
      rate_based_statement {
        limit              = var.rate_limit_per_5min
        aggregate_key_type = "IP"
      }
    }

    visibility_config {
      cloudwatch_metrics_enabled = true
      metric_name                = "${var.name}-rate"
      sampled_requests_enabled   = true
    }
  }

  visibility_config {
    cloudwatch_metrics_enabled = true
    metric_name                = "${var.name}-edge"
    sampled_requests_enabled   = true
  }
}

resource "aws_cloudfront_distribution" "this" {
  # no default_root_object: "/" is a page the API writes (local.page_paths), never the bucket's index.html
  enabled         = true
  comment         = "${var.name} web, media and API"
  aliases         = var.aliases
  http_version    = "http2and3"
  is_ipv6_enabled = true
  price_class     = "PriceClass_100"
  web_acl_id      = aws_wafv2_web_acl.this.arn
  tags            = local.tags

  origin {
    origin_id                = local.s3_origin_id
    domain_name              = var.bucket.regional_domain_name
    origin_path              = "/web"
    origin_access_control_id = aws_cloudfront_origin_access_control.bucket.id
  }

  origin {
    origin_id                = "media-bucket"
    domain_name              = var.bucket.regional_domain_name
    origin_access_control_id = aws_cloudfront_origin_access_control.bucket.id
  }

  origin {
    origin_id   = local.api_origin_id
    domain_name = var.api_domain_name

    custom_origin_config {
      http_port              = 80
      https_port             = 443
      origin_protocol_policy = "https-only"
      origin_ssl_protocols   = ["TLSv1.2"]
    }
  }

  default_cache_behavior {
    target_origin_id           = local.s3_origin_id
    viewer_protocol_policy     = "redirect-to-https"
    allowed_methods            = ["GET", "HEAD", "OPTIONS"]
    cached_methods             = ["GET", "HEAD"]
    compress                   = true
    cache_policy_id            = data.aws_cloudfront_cache_policy.optimized.id
    response_headers_policy_id = aws_cloudfront_response_headers_policy.security.id

    function_association {
      event_type   = "viewer-request"
      function_arn = aws_cloudfront_function.spa_rewrite.arn
    }
  }

  ordered_cache_behavior {
    path_pattern               = "/media/*"
    target_origin_id           = "media-bucket"
    viewer_protocol_policy     = "redirect-to-https"
    allowed_methods            = ["GET", "HEAD"]
    cached_methods             = ["GET", "HEAD"]
    compress                   = true
    cache_policy_id            = data.aws_cloudfront_cache_policy.optimized.id
    response_headers_policy_id = aws_cloudfront_response_headers_policy.security.id
  }

  ordered_cache_behavior {
    path_pattern               = "/api/*"
    target_origin_id           = local.api_origin_id
    viewer_protocol_policy     = "redirect-to-https"
    allowed_methods            = ["DELETE", "GET", "HEAD", "OPTIONS", "PATCH", "POST", "PUT"]
    cached_methods             = ["GET", "HEAD"]
    compress                   = true
    cache_policy_id            = aws_cloudfront_cache_policy.api.id
    origin_request_policy_id   = data.aws_cloudfront_origin_request_policy.api.id
    response_headers_policy_id = aws_cloudfront_response_headers_policy.security.id
  }

  dynamic "ordered_cache_behavior" {
    for_each = local.seo_paths
    content {
      path_pattern               = ordered_cache_behavior.value
      target_origin_id           = local.api_origin_id
      viewer_protocol_policy     = "redirect-to-https"
      allowed_methods            = ["GET", "HEAD"]
      cached_methods             = ["GET", "HEAD"]
      compress                   = true
      cache_policy_id            = aws_cloudfront_cache_policy.api.id
      origin_request_policy_id   = data.aws_cloudfront_origin_request_policy.api.id
      response_headers_policy_id = aws_cloudfront_response_headers_policy.security.id
    }
  }

  # no function here: the API answers /artists/{id} itself (the viewer-request rewrite is for the bucket only)
  dynamic "ordered_cache_behavior" {
    for_each = local.page_paths
    content {
      path_pattern               = ordered_cache_behavior.value
      target_origin_id           = local.api_origin_id
      viewer_protocol_policy     = "redirect-to-https"
      allowed_methods            = ["GET", "HEAD"]
      cached_methods             = ["GET", "HEAD"]
      compress                   = true
      cache_policy_id            = aws_cloudfront_cache_policy.pages.id
      origin_request_policy_id   = aws_cloudfront_origin_request_policy.pages.id
      response_headers_policy_id = aws_cloudfront_response_headers_policy.security.id
    }
  }

  restrictions {
    geo_restriction {
      restriction_type = "none"
    }
  }

  viewer_certificate {
    acm_certificate_arn      = var.acm_certificate_arn
    ssl_support_method       = "sni-only"
    minimum_protocol_version = "TLSv1.2_2021"
  }
}

# Only this distribution may read the bucket.
data "aws_iam_policy_document" "bucket" {
  statement {
    sid       = "CloudFrontReadsObjects"
    actions   = ["s3:GetObject"]
    resources = ["${var.bucket.arn}/web/*", "${var.bucket.arn}/media/*"]

    principals {
      type        = "Service"
      identifiers = ["cloudfront.amazonaws.com"]
    }

    condition {
      test     = "StringEquals"
      variable = "AWS:SourceArn"
      values   = [aws_cloudfront_distribution.this.arn]
    }
  }

  statement {
    sid       = "DenyInsecureTransport"
    effect    = "Deny"
    actions   = ["s3:GetObject", "s3:PutObject", "s3:DeleteObject", "s3:ListBucket"]
    resources = [var.bucket.arn, "${var.bucket.arn}/*"]

    principals {
      type        = "AWS"
      identifiers = ["*"]
    }

    condition {
      test     = "Bool"
      variable = "aws:SecureTransport"
      values   = ["false"]
    }
  }
}

resource "aws_s3_bucket_policy" "bucket" {
  bucket = var.bucket.id
  policy = data.aws_iam_policy_document.bucket.json
}
