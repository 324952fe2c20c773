package tad.core.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * The server's own settings (the {@code serve.*} keys), parsed with the rest of {@link TadConfig}.
 *
 * @param port            where `tad serve` and the API container listen (0: any free port)
 * @param webDir          the web app's static build (Next.js export), or empty to serve the API only
 * @param corsOrigin      the one browser origin allowed to call the API cross-origin, or empty for none
 * @param googleMaps      whether the Content-Security-Policy admits the Google Maps JavaScript API's domains
 * @param trustForwarded  whether X-Forwarded-For/-Proto come from our own proxy (CloudFront, a load balancer)
 * @param removalsPerHour removal requests one client may file per hour (token bucket refill)
 * @param removalsBurst   removal requests one client may file at once (token bucket size)
 * @param maxBodyBytes    largest request body accepted
 * @param idleTimeout     how long a connection may go without traffic, in the middle of a request or between two,
 *                        before the server closes it (a stalled client must not hold a connection forever; behind a
 *                        load balancer it must exceed the balancer's own idle timeout, 60 s on an ALB)
 * @param shutdownGrace   how long a stopping server lets requests in flight finish
 * @param siteUrl         the public address of the site ({@code https://tattoo.example}), for canonical URLs, Open
 *                        Graph tags, structured data, the sitemap and robots.txt; empty: the address the request came
 *                        to (the demo and tests; behind a CDN it must be set, as the origin sees its own host name)
 * @param profileAgesEvery how often {@code /metrics} recounts the served profiles' ages (a read of every artist);
 *                        zero: never (no age gauges)
 * @param headerTimeout   how long a client may take from the end of a request line to the end of its headers before
 *                        the server answers 408 and closes the connection (a client stalled half-way through its
 *                        headers must not hold a connection for ever; the idle timeout does not cover it)
 */
public record ServeSettings(int port, Optional<Path> webDir, Optional<String> corsOrigin, boolean googleMaps,
                            boolean trustForwarded, int removalsPerHour, int removalsBurst, int maxBodyBytes,
                            Duration idleTimeout, Duration shutdownGrace, Optional<URI> siteUrl,
                            Duration profileAgesEvery, Duration headerTimeout) {
    static final Duration PROFILE_AGES_EVERY = Duration.ofMinutes(1);
    static final Duration HEADER_TIMEOUT = Duration.ofSeconds(20);

    /** With the default recount of the profile ages and the default header timeout. */
    public ServeSettings(int port, Optional<Path> webDir, Optional<String> corsOrigin, boolean googleMaps,
                         boolean trustForwarded, int removalsPerHour, int removalsBurst, int maxBodyBytes,
                         Duration idleTimeout, Duration shutdownGrace, Optional<URI> siteUrl) {
        this(port, webDir, corsOrigin, googleMaps, trustForwarded, removalsPerHour, removalsBurst, maxBodyBytes,
                idleTimeout, shutdownGrace, siteUrl, PROFILE_AGES_EVERY, HEADER_TIMEOUT);
    }

    /** Without a port (tests and embedding start the server on a port of their own). */
    public ServeSettings(Optional<Path> webDir, Optional<String> corsOrigin, boolean googleMaps,
                         boolean trustForwarded, int removalsPerHour, int removalsBurst, int maxBodyBytes,
                         Duration idleTimeout, Duration shutdownGrace, Optional<URI> siteUrl) {
        this(8080, webDir, corsOrigin, googleMaps, trustForwarded, removalsPerHour, removalsBurst, maxBodyBytes,
                idleTimeout, shutdownGrace, siteUrl);
    }

    /** Without a configured site address (the request's own is used). */
    public ServeSettings(Optional<Path> webDir, Optional<String> corsOrigin, boolean googleMaps,
                         boolean trustForwarded, int removalsPerHour, int removalsBurst, int maxBodyBytes,
                         Duration idleTimeout, Duration shutdownGrace) {
        this(webDir, corsOrigin, googleMaps, trustForwarded, removalsPerHour, removalsBurst, maxBodyBytes,
                idleTimeout, shutdownGrace, Optional.empty());
    }

    /** Settings for tests and embedding: no web app, no CORS, generous but finite limits. */
    public static ServeSettings defaults() {
        return new ServeSettings(Optional.empty(), Optional.empty(), false, false, 10, 5, 8192,
                Duration.ofSeconds(10), Duration.ofSeconds(5));
    }

    /** Reads the serve.* keys (all in the defaults file). */
    static ServeSettings from(ConfigValues v) {
        return new ServeSettings(
                v.integer("serve.port", 0, 65535),
                v.optional("serve.web.dir").map(Path::of),
                v.optional("serve.cors.origin"),
                v.bool("serve.csp.google-maps"),
                v.bool("serve.trust.forwarded"),
                v.integer("serve.removals.per.hour", 1, 10_000),
                v.integer("serve.removals.burst", 1, 1_000),
                v.integer("serve.max.body.bytes", 256, 1 << 20),
                v.millis("serve.idle.timeout.ms", 100, 3_600_000),
                v.millis("serve.shutdown.grace.ms", 0, 600_000),
                v.optional("serve.site.url").map(ServeSettings::parseSiteUrl),
                v.millis("serve.metrics.profile-ages.ms", 0, 86_400_000),
                v.millis("serve.header.timeout.ms", 100, 600_000));
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
        return new ServeSettings(port, Optional.of(dir), corsOrigin, googleMaps, trustForwarded, removalsPerHour,
                removalsBurst, maxBodyBytes, idleTimeout, shutdownGrace, siteUrl, profileAgesEvery, headerTimeout);
    }

    public ServeSettings withSiteUrl(URI url) {
        return new ServeSettings(port, webDir, corsOrigin, googleMaps, trustForwarded, removalsPerHour, removalsBurst,
                maxBodyBytes, idleTimeout, shutdownGrace, Optional.of(url), profileAgesEvery, headerTimeout);
    }

    public ServeSettings withCorsOrigin(String origin) {
        return new ServeSettings(port, webDir, Optional.of(origin), googleMaps, trustForwarded, removalsPerHour,
                removalsBurst, maxBodyBytes, idleTimeout, shutdownGrace, siteUrl, profileAgesEvery, headerTimeout);
    }

    public ServeSettings withProfileAgesEvery(Duration every) {
        return new ServeSettings(port, webDir, corsOrigin, googleMaps, trustForwarded, removalsPerHour, removalsBurst,
                maxBodyBytes, idleTimeout, shutdownGrace, siteUrl, every, headerTimeout);
    }

    public ServeSettings withRemovalLimit(int perHour, int burst) {
        return new ServeSettings(port, webDir, corsOrigin, googleMaps, trustForwarded, perHour, burst, maxBodyBytes,
                idleTimeout, shutdownGrace, siteUrl, profileAgesEvery, headerTimeout);
    }

    public ServeSettings withIdleTimeout(Duration timeout) {
        return new ServeSettings(port, webDir, corsOrigin, googleMaps, trustForwarded, removalsPerHour, removalsBurst,
                maxBodyBytes, timeout, shutdownGrace, siteUrl, profileAgesEvery, headerTimeout);
    }

    public ServeSettings withHeaderTimeout(Duration timeout) {
        return new ServeSettings(port, webDir, corsOrigin, googleMaps, trustForwarded, removalsPerHour, removalsBurst,
                maxBodyBytes, idleTimeout, shutdownGrace, siteUrl, profileAgesEvery, timeout);
    }
}
