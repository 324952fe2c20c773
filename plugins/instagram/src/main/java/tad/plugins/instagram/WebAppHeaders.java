package tad.plugins.instagram;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The headers Instagram's own web app sends with its API calls. Without {@code X-IG-App-ID} the API answers
 * "useragent mismatch"; the rest make the call look like what it is, a same-origin XHR from the profile page. The
 * User-Agent stays the host's, which names the bot: we do not pretend to be a browser.
 */
final class WebAppHeaders {
    /** The public application id of instagram.com's web client (it is in every page's JavaScript). */
    static final String WEB_APP_ID = "936619743392459";

    private WebAppHeaders() {
    }

    static Map<String, String> forProfile(InstagramConfig config, String handle) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Accept", "*/*");
        headers.put("Accept-Language", "en-GB,en;q=0.9");
        headers.put("X-IG-App-ID", WEB_APP_ID);
        headers.put("X-IG-WWW-Claim", "0");
        headers.put("X-Requested-With", "XMLHttpRequest");
        headers.put("Referer", config.profilePageUrl(handle));
        headers.put("Sec-Fetch-Dest", "empty");
        headers.put("Sec-Fetch-Mode", "cors");
        headers.put("Sec-Fetch-Site", "same-origin");
        return Map.copyOf(headers);
    }
}
