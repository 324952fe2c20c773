package tad.plugins.instagram;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import tad.plugin.ArtistProfile;
import tad.plugin.Failure;
import tad.plugin.ProfileResult;
import tad.plugin.RemoteImage;

/**
 * Reads a {@code web_profile_info} body ({@code {"data":{"user":{...}},"status":"ok"}}) into a profile or a
 * classified failure. Never throws: a body of the wrong shape is an UNEXPECTED_FORMAT failure naming the field.
 * Text fields are returned exactly as Instagram sent them; they are untrusted and the web layer escapes them.
 */
final class WebProfileInfoParser {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final int MAX_MESSAGE = 120;

    private final MediaFlattener flattener;

    WebProfileInfoParser(InstagramConfig config) {
        this.flattener = new MediaFlattener(config.maxImages(), config.keepVideoCovers());
    }

    ProfileResult parse(String handle, byte[] body) {
        JsonNode root;
        try {
            root = MAPPER.readTree(body);
        } catch (JacksonException e) {
            return ProfileResult.failed(Failure.Reason.UNEXPECTED_FORMAT, "response is not valid JSON");
        } catch (IOException e) {
            return ProfileResult.failed(Failure.Reason.UNEXPECTED_FORMAT, "response could not be read as JSON");
        }
        if (root == null || !root.isObject()) {
            return ProfileResult.failed(Failure.Reason.UNEXPECTED_FORMAT, "response is not a JSON object");
        }
        try {
            return read(handle, JsonField.root(root));
        } catch (JsonField.FormatException e) {
            return ProfileResult.failed(Failure.Reason.UNEXPECTED_FORMAT, e.getMessage());
        }
    }

    private ProfileResult read(String handle, JsonField root) throws JsonField.FormatException {
        if (root.optionalText("status").filter("fail"::equals).isPresent()) {
            return refusal(root);
        }
        JsonField data = root.required("data");
        Optional<JsonField> maybeUser = data.optional("user");
        if (maybeUser.isEmpty()) {
            return ProfileResult.failed(Failure.Reason.NOT_FOUND, "data.user is null: no such profile");
        }
        JsonField user = maybeUser.get();
        if (user.requiredBoolean("is_private")) {
            return ProfileResult.failed(Failure.Reason.PRIVATE, "the profile is private");
        }
        String biography = user.requiredText("biography");
        List<JsonField> edges = user.required("edge_owner_to_timeline_media").requiredArray("edges");
        List<RemoteImage> images = flattener.flatten(edges);
        Optional<String> picture = user.optionalText("profile_pic_url_hd").or(() -> user.optionalText("profile_pic_url"));
        return ProfileResult.found(new ArtistProfile(
                handle,
                user.optionalText("full_name"),
                biography,
                picture,
                user.optionalText("external_url"),
                user.optionalBoolean("is_verified", false),
                List.copyOf(images)));
    }

    /** {@code {"message":"...","require_login":true,"status":"fail"}}: Instagram refused, with a 200. */
    private static ProfileResult refusal(JsonField root) {
        String message = root.optionalText("message").map(WebProfileInfoParser::shorten).orElse("no message");
        if (root.optionalBoolean("require_login", false) && message.startsWith("Please wait")) {
            return ProfileResult.failed(Failure.Reason.THROTTLED, "Instagram asks logged-out clients to wait: "
                    + message);
        }
        if (root.optionalBoolean("require_login", false)) {
            return ProfileResult.failed(Failure.Reason.LOGIN_WALL, "Instagram asked for a login: " + message);
        }
        return ProfileResult.failed(Failure.Reason.HTTP_ERROR, "Instagram answered status fail: " + message);
    }

    private static String shorten(String text) {
        String oneLine = text.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= MAX_MESSAGE ? oneLine : oneLine.substring(0, MAX_MESSAGE) + "...";
    }
}
