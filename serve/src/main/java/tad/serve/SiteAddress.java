package tad.serve;

import tad.core.config.ServeSettings;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;
import java.net.URI;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The site's public address ({@code https://tattoo.example}, no trailing slash) that canonical URLs, Open Graph
 * tags, structured data, the sitemap and robots.txt are written with: {@code serve.site.url} when set, else the
 * address the request came to (Host header; X-Forwarded-Proto only behind our own proxy). A Host that is not a plain
 * host name or address with an optional port is not echoed: {@code http://localhost} stands in.
 */
final class SiteAddress {
    private static final Pattern HOST = Pattern.compile(
            "([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*"
                    + "|\\[[0-9A-Fa-f:.]{2,45}])(:[0-9]{1,5})?");

    private SiteAddress() {
    }

    static String of(ServerRequest req, ServeSettings settings) {
        Optional<URI> configured = settings.siteUrl();
        if (configured.isPresent()) {
            return configured.get().toString();
        }
        String host = req.headers().first(HeaderNames.HOST).orElse("");
        if (!HOST.matcher(host).matches()) {
            host = "localhost";
        }
        String scheme = req.isSecure() ? "https" : "http";
        if (settings.trustForwarded()) {
            String forwarded = req.headers().first(HeaderNames.X_FORWARDED_PROTO).orElse("").strip();
            if (forwarded.equals("https") || forwarded.equals("http")) {
                scheme = forwarded;
            }
        }
        return scheme + "://" + host;
    }
}
