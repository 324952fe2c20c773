package tad.plugins.instagramgraph;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Optional;
import tad.plugin.ConfigSection;

/**
 * The plugin's configuration, read from its section ({@code plugin.instagram-graph.*}, environment
 * {@code TAD_PLUGIN_INSTAGRAM_GRAPH_*}). The access token is a secret: {@link #toString()} never shows it, and no
 * message this plugin writes contains it.
 *
 * @param accessToken      a long-lived user access token of the operator's own professional account
 * @param userId           the operator's Instagram professional account id (the node Business Discovery runs on)
 * @param url              the Graph API base URL
 * @param apiVersion       the Graph API version in the path ({@code v26.0})
 * @param perHour          the request budget per hour, spread evenly; 0 = no budget
 * @param maxImages        recent images kept per profile, carousel children counted one by one
 * @param keepVideoCovers  keep a video's cover frame (its {@code thumbnail_url}) instead of skipping the video
 * @param maxWait          the longest the plugin waits when Meta says to wait; longer means the rest is deferred
 * @param transientRetries how often an error Meta marks {@code is_transient} is retried
 */
public record GraphConfig(Optional<String> accessToken, Optional<String> userId, URI url, String apiVersion,
                          int perHour, int maxImages, boolean keepVideoCovers, Duration maxWait,
                          int transientRetries) {
    public static final String DEFAULT_URL = "https://graph.facebook.com";
    /** The newest Graph API version (released 29 July 2026); v25.0 stays available until 29 July 2028. */
    public static final String DEFAULT_API_VERSION = "v26.0";
    /** Below Meta's 200 calls an hour, leaving room for the operator's own use of the same account. */
    public static final int DEFAULT_PER_HOUR = 180;
    public static final int DEFAULT_MAX_IMAGES = 12;
    public static final Duration DEFAULT_MAX_WAIT = Duration.ofMinutes(10);
    public static final int DEFAULT_TRANSIENT_RETRIES = 2;

    public GraphConfig {
        if (perHour < 0) {
            throw new IllegalArgumentException("plugin.instagram-graph.per-hour must be 0 (no budget) or more, got "
                    + perHour);
        }
        if (maxImages < 0 || maxImages > 100) {
            throw new IllegalArgumentException("plugin.instagram-graph.max-images must be between 0 and 100, got "
                    + maxImages);
        }
        if (maxWait.isNegative()) {
            throw new IllegalArgumentException("plugin.instagram-graph.max-wait must not be negative");
        }
        if (transientRetries < 0 || transientRetries > 10) {
            throw new IllegalArgumentException("plugin.instagram-graph.transient-retries must be between 0 and 10");
        }
        if (!apiVersion.matches("v\\d{1,3}\\.\\d{1,2}")) {
            throw new IllegalArgumentException("plugin.instagram-graph.api-version must look like v26.0, got '"
                    + apiVersion + "'");
        }
        if (userId.isPresent() && !userId.get().matches("\\d{1,30}")) {
            throw new IllegalArgumentException("plugin.instagram-graph.user-id must be the numeric id of your "
                    + "Instagram professional account");
        }
    }

    /** Reads the section; throws {@link IllegalArgumentException} naming the key of a malformed value. */
    public static GraphConfig from(ConfigSection section) {
        return new GraphConfig(
                section.string("access-token").map(String::strip),
                section.string("user-id").map(String::strip),
                url(section.string("url", DEFAULT_URL)),
                section.string("api-version", DEFAULT_API_VERSION).strip(),
                section.integer("per-hour", DEFAULT_PER_HOUR),
                section.integer("max-images", DEFAULT_MAX_IMAGES),
                section.bool("keep-video-covers", true),
                section.duration("max-wait", DEFAULT_MAX_WAIT),
                section.integer("transient-retries", DEFAULT_TRANSIENT_RETRIES));
    }

    /** Both settings Business Discovery cannot work without are set. */
    boolean ready() {
        return accessToken.isPresent() && userId.isPresent();
    }

    @Override
    public String toString() {
        return "GraphConfig[accessToken=" + accessToken.map(t -> "******").orElse("(unset)") + ", userId="
                + userId.orElse("(unset)") + ", url=" + url + ", apiVersion=" + apiVersion + ", perHour=" + perHour
                + ", maxImages=" + maxImages + ", keepVideoCovers=" + keepVideoCovers + ", maxWait=" + maxWait
                + ", transientRetries=" + transientRetries + "]";
    }

    private static URI url(String text) {
        String trimmed = text.strip().replaceAll("/+$", "");
        try {
            URI uri = new URI(trimmed);
            if (uri.getHost() == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
                throw new IllegalArgumentException("plugin.instagram-graph.url must be an absolute http(s) URL, got '"
                        + text + "'");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("plugin.instagram-graph.url is not a URL: '" + text + "'", e);
        }
    }
}
