package tad.plugins.instagramgraph;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import tad.plugin.ArtistProfile;
import tad.plugin.Failure;
import tad.plugin.ProfileResult;

/**
 * Reads a successful Business Discovery body, {@code {"business_discovery":{"username","name","biography",
 * "website","profile_picture_url","followers_count","media_count","media":{"data":[...],"paging":{...}},"id"},
 * "id":"<your user id>"}}, into a profile. Text is returned exactly as Meta sent it: untrusted, escaped by the web
 * layer. Business Discovery has no "verified" field, so profiles from it are never marked verified.
 */
final class DiscoveryParser {
    private final MediaReader media;

    DiscoveryParser(GraphConfig config) {
        this.media = new MediaReader(config.maxImages(), config.keepVideoCovers());
    }

    ProfileResult parse(String handle, JsonNode root) {
        JsonNode account = root.get("business_discovery");
        if (account == null || !account.isObject()) {
            return ProfileResult.failed(Failure.Reason.UNEXPECTED_FORMAT, "business_discovery missing from the answer");
        }
        JsonNode username = account.get("username");
        if (username != null && !username.asText("").equalsIgnoreCase(handle)) {
            // Meta answered about someone else: never store one artist's profile under another's handle
            return ProfileResult.failed(Failure.Reason.UNEXPECTED_FORMAT,
                    "business_discovery.username is not the handle asked for");
        }
        return ProfileResult.found(new ArtistProfile(
                handle,
                MediaReader.text(account, "name"),
                MediaReader.text(account, "biography").orElse(""),
                MediaReader.text(account, "profile_picture_url"),
                MediaReader.text(account, "website"),
                false,
                List.copyOf(media.read(account.get("media")))));
    }
}
