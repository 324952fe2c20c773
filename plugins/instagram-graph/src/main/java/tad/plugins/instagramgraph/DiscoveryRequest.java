package tad.plugins.instagramgraph;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * One Business Discovery call: {@code GET {url}/{version}/{user-id}?fields=business_discovery.username(HANDLE){...}}
 * asking for the profile and its recent media, carousel children inline, so that one artist costs one call.
 *
 * <p>The token travels in the {@code Authorization: Bearer} header, which the Graph API accepts as well as the
 * {@code access_token} query parameter of Meta's examples: a URL ends up in logs, error messages and proxies, a
 * header does not.
 */
final class DiscoveryRequest {
    static final String MEDIA_FIELDS = "id,caption,media_type,media_url,thumbnail_url,permalink,timestamp,"
            + "children{id,media_type,media_url,thumbnail_url}";
    static final String PROFILE_FIELDS = "username,name,biography,website,profile_picture_url,followers_count,"
            + "media_count";

    private DiscoveryRequest() {
    }

    /** The fields expression for one handle; the handle is already validated (letters, digits, '.', '_'). */
    static String fields(String handle, int mediaLimit) {
        return "business_discovery.username(" + handle + "){" + PROFILE_FIELDS + ",media.limit(" + Math.max(1, mediaLimit)
                + "){" + MEDIA_FIELDS + "}}";
    }

    static URI uri(GraphConfig config, String handle) {
        String userId = config.userId().orElseThrow();
        return URI.create(config.url() + "/" + config.apiVersion() + "/" + userId + "?fields="
                + URLEncoder.encode(fields(handle, config.maxImages()), StandardCharsets.UTF_8));
    }

    /** The operator's own account: {@code GET {url}/{version}/{user-id}?fields=id,username}, to check the token. */
    static URI accountUri(GraphConfig config) {
        return URI.create(config.url() + "/" + config.apiVersion() + "/" + config.userId().orElseThrow()
                + "?fields=id%2Cusername");
    }

    static Map<String, String> headers(GraphConfig config) {
        return Map.of("Accept", "application/json", "Authorization", "Bearer " + config.accessToken().orElseThrow());
    }
}
