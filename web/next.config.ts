import type { NextConfig } from 'next';

// A static export: `next build` writes plain files to out/, served by `./tad serve` and S3 + CloudFront.
// Artist ids are only known at run time, so /artists/{id} is answered by out/artists/index.html (see docs/web.md).
const nextConfig: NextConfig = {
  output: 'export',
  trailingSlash: true,
  images: { unoptimized: true },
  poweredByHeader: false,
  reactStrictMode: true,
  // the CSS is small: inlining it removes render-blocking requests, so the page paints before any script runs
  experimental: { inlineCss: true },
};

export default nextConfig;
