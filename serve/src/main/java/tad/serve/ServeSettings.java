package tad.serve;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import tad.core.config.ConfigException;
import tad.core.config.RawConfig;

/**
 * The server's own settings (the {@code serve.*} keys), read once from the raw configuration at the entry point.
 *
 * @param webDir          the web app's static build (Next.js export), or empty to serve the API only
 * @param corsOrigin      the one browser origin allowed to call the API cross-origin, or empty for none
 * @param googleMaps      whether the Content-Security-Policy admits the Google Maps JavaScript API's domains
 * @param trustForwarded  whether X-Forwarded-For/-Proto come from our own proxy (CloudFront, a load balancer)
 * @param removalsPerHour removal requests one client may file per hour (token bucket refill)
 * @param removalsBurst   removal requests one client may file at once (token bucket size)
 * @param maxBodyBytes    largest request body accepted
 * @param readTimeout     how long a connection may stall while sending a request
 * @param shutdownGrace   how long a stopping server lets requests in flight finish
 * @param siteUrl         the public address of the site ({@code https://tattoo.example}), for canonical URLs, Open
 *                        Graph tags, structured data, the sitemap and robots.txt; empty: the address the request came
 *                        to (the demo and tests; behind a CDN it must be set, as the origin sees its own host name)
 */
public record ServeSettings(Optional<Path> webDir, Optional<String> corsOrigin, boolean googleMaps,
                            boolean trustForwarded, int removalsPerHour, int removalsBurst, int maxBodyBytes,
                            Duration readTimeout, Duration shutdownGrace, Optional<URI> siteUrl) {

    /** Without a configured site address (the request's own is used). */
    public ServeSettings(Optional<Path> webDir, Optional<String> corsOrigin, boolean googleMaps,
                         boolean trustForwarded, int removalsPerHour, int removalsBurst, int maxBodyBytes,
                         Duration readTimeout, Duration shutdownGrace) {
        this(webDir, corsOrigin, googleMaps, trustForwarded, removalsPerHour, removalsBurst, maxBodyBytes,
                readTimeout, shutdownGrace, Optional.empty());
    }

    /** Settings for tests and embedding: no web app, no CORS, generous but finite limits. */
    public static ServeSettings defaults() {
        return new ServeSettings(Optional.empty(), Optional.empty(), false, false, 10, 5, 8192,
                Duration.ofSeconds(10), Duration.ofSeconds(5));
    }

    /** Reads the serve.* keys; a key the defaults file does not (yet) list falls back to {@link #defaults()}. */
    public static ServeSettings from(RawConfig raw) {
        ServeSettings d = defaults();
        return new ServeSettings(
                raw.get("serve.web.dir").map(Path::of),
                raw.get("serve.cors.origin"),
                raw.get("serve.csp.google-maps").map(Boolean::parseBoolean).orElse(d.googleMaps()),
                raw.get("serve.trust.forwarded").map(Boolean::parseBoolean).orElse(d.trustForwarded()),
                integer(raw, "serve.removals.per.hour", d.removalsPerHour(), 1, 10_000),
                integer(raw, "serve.removals.burst", d.removalsBurst(), 1, 1_000),
                integer(raw, "serve.max.body.bytes", d.maxBodyBytes(), 256, 1 << 20),
                Duration.ofMillis(integer(raw, "serve.read.timeout.ms", (int) d.readTimeout().toMillis(), 100, 600_000)),
                Duration.ofMillis(integer(raw, "serve.shutdown.grace.ms", (int) d.shutdownGrace().toMillis(), 0, 600_000)),
                raw.get("serve.site.url").filter(text -> !text.isBlank()).map(ServeSettings::parseSiteUrl));
    }

    /** An absolute http(s) address with a host and no path beyond "/", query or fragment. */
    static URI parseSiteUrl(String text) {
        try {
            URI uri = new URI(text.strip());
            boolean bare = uri.getRawPath() == null || uri.getRawPath().isEmpty() || uri.getRawPath().equals("/");
            if (("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null && bare
                    && uri.getRawQuery() == null && uri.getRawFragment() == null && uri.getRawUserInfo() == null) {
                return URI.create(uri.getScheme() + "://" + uri.getRawAuthority());
            }
        } catch (URISyntaxException e) {
            // answered below
        }
        throw new ConfigException("serve.site.url must be the site's address such as https://tattoo.example "
                + "(http or https, no path), got '" + text + "'");
    }

    public ServeSettings withWebDir(Path dir) {
        return new ServeSettings(Optional.of(dir), corsOrigin, googleMaps, trustForwarded, removalsPerHour,
                removalsBurst, maxBodyBytes, readTimeout, shutdownGrace, siteUrl);
    }

    public ServeSettings withSiteUrl(URI url) {
        return new ServeSettings(webDir, corsOrigin, googleMaps, trustForwarded, removalsPerHour, removalsBurst,
                maxBodyBytes, readTimeout, shutdownGrace, Optional.of(url));
    }

    public ServeSettings withCorsOrigin(String origin) {
        return new ServeSettings(webDir, Optional.of(origin), googleMaps, trustForwarded, removalsPerHour,
                removalsBurst, maxBodyBytes, readTimeout, shutdownGrace, siteUrl);
    }

    public ServeSettings withRemovalLimit(int perHour, int burst) {
        return new ServeSettings(webDir, corsOrigin, googleMaps, trustForwarded, perHour, burst, maxBodyBytes,
                readTimeout, shutdownGrace, siteUrl);
    }

    private static int integer(RawConfig raw, String key, int fallback, int min, int max) {
        Optional<String> text = raw.get(key);
        if (text.isEmpty()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(text.get());
            if (value < min || value > max) {
                throw new ConfigException(key + " must be between " + min + " and " + max + ", got " + value);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new ConfigException(key + " must be a whole number, got '" + text.get() + "'");
        }
    }
}
