package tad.plugins.instagram;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import tad.plugin.ConfigSection;

/**
 * The plugin's configuration, read once per call from its {@link ConfigSection}.
 *
 * @param baseUrl         where Instagram's web API lives ({@code base-url}; the host maps TAD_INSTAGRAM_URL to it)
 * @param maxImages       how many recent images to keep per profile, carousel children counted one by one
 * @param perMinute       the global budget of Instagram requests per minute; 0 = only the host's per-host interval
 * @param burst           how many requests may go out back to back before the budget paces them
 * @param keepVideoCovers keep a video's cover frame (marked as such) instead of skipping the video
 */
public record InstagramConfig(URI baseUrl, int maxImages, int perMinute, int burst, boolean keepVideoCovers) {
    public static final String DEFAULT_BASE_URL = "https://www.instagram.com";
    public static final int DEFAULT_MAX_IMAGES = 12;
    /**
     * One request every two seconds on average: well under the rate at which Instagram starts answering logged-out
     * clients with 429s and login walls, and still a daily crawl of a large city in well under an hour.
     */
    public static final int DEFAULT_PER_MINUTE = 30;
    public static final int DEFAULT_BURST = 3;

    public InstagramConfig {
        if (maxImages < 0) {
            throw new IllegalArgumentException("max-images must be 0 or more, got " + maxImages);
        }
        if (perMinute < 0) {
            throw new IllegalArgumentException("per-minute must be 0 (no budget) or more, got " + perMinute);
        }
        if (burst < 1) {
            throw new IllegalArgumentException("burst must be 1 or more, got " + burst);
        }
    }

    public static InstagramConfig defaults() {
        return new InstagramConfig(URI.create(DEFAULT_BASE_URL), DEFAULT_MAX_IMAGES, DEFAULT_PER_MINUTE, DEFAULT_BURST,
                true);
    }

    /** Reads the section; throws {@link IllegalArgumentException} naming the key of a malformed value. */
    public static InstagramConfig from(ConfigSection section) {
        return new InstagramConfig(
                baseUrl(section.string("base-url", DEFAULT_BASE_URL)),
                section.integer("max-images", DEFAULT_MAX_IMAGES),
                section.integer("per-minute", DEFAULT_PER_MINUTE),
                section.integer("burst", DEFAULT_BURST),
                section.bool("keep-video-covers", true));
    }

    /** {@code {base}/api/v1/users/web_profile_info/?username=HANDLE}. */
    public URI profileInfoUri(String handle) {
        return URI.create(baseUrl + "/api/v1/users/web_profile_info/?username="
                + URLEncoder.encode(handle, StandardCharsets.UTF_8));
    }

    /** The profile page a browser would be on when its web app makes the API call. */
    public String profilePageUrl(String handle) {
        return baseUrl + "/" + URLEncoder.encode(handle, StandardCharsets.UTF_8) + "/";
    }

    private static URI baseUrl(String text) {
        String trimmed = text.strip().replaceAll("/+$", "");
        try {
            URI uri = new URI(trimmed);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme();
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                throw new IllegalArgumentException("base-url must be an absolute http(s) URL, got '" + text + "'");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("base-url is not a URL: '" + text + "'", e);
        }
    }
}
