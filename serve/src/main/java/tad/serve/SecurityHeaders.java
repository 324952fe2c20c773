package tad.serve;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/**
 * The security headers of every response. API and media responses get a policy that allows nothing; the web app's
 * pages get one that allows our own scripts, OpenStreetMap tile images, and Google Maps only when configured.
 * {@code 'unsafe-inline'} scripts are allowed on pages because a Next.js static export inlines its bootstrap
 * scripts and a static export cannot use nonces; scraped text is rendered as text by React, never as HTML.
 */
final class SecurityHeaders {
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'";
    private static final String HSTS = "max-age=31536000; includeSubDomains";

    private final String pagePolicy;
    private final boolean trustForwarded;

    SecurityHeaders(boolean googleMaps, boolean trustForwarded) {
        this.pagePolicy = pagePolicy(googleMaps);
        this.trustForwarded = trustForwarded;
    }

    static String pagePolicy(boolean googleMaps) {
        String google = googleMaps ? " https://maps.googleapis.com https://maps.gstatic.com" : "";
        String googleImages = googleMaps ? " https://maps.gstatic.com https://*.googleapis.com https://*.ggpht.com" : "";
        return "default-src 'self'"
                + "; script-src 'self' 'unsafe-inline'" + google
                + "; style-src 'self' 'unsafe-inline'" + (googleMaps ? " https://fonts.googleapis.com" : "")
                + "; img-src 'self' data: blob: https://tile.openstreetmap.org https://*.tile.openstreetmap.org"
                + googleImages
                + "; font-src 'self'" + (googleMaps ? " https://fonts.gstatic.com" : "")
                + "; connect-src 'self'" + (googleMaps ? " https://maps.googleapis.com" : "")
                + "; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    }

    void apply(ServerRequest req, ServerResponse res) {
        String path = req.path().rawPath();
        boolean page = !(path.startsWith("/api/") || path.startsWith("/media/") || path.equals("/metrics"));
        res.header(HeaderNames.create("Content-Security-Policy"), page ? pagePolicy : API_POLICY);
        res.header(HeaderNames.X_CONTENT_TYPE_OPTIONS, "nosniff");
        res.header(HeaderNames.create("Referrer-Policy"), "strict-origin-when-cross-origin");
        res.header(HeaderNames.create("X-Frame-Options"), "DENY");
        if (overTls(req)) {
            res.header(HeaderNames.STRICT_TRANSPORT_SECURITY, HSTS);
        }
    }

    /** HSTS over plain HTTP is ignored by browsers and would be wrong on a local server; only send it over TLS. */
    private boolean overTls(ServerRequest req) {
        if (req.isSecure()) {
            return true;
        }
        return trustForwarded && req.headers().first(HeaderNames.X_FORWARDED_PROTO)
                .map(proto -> proto.strip().equalsIgnoreCase("https")).orElse(false);
    }
}
