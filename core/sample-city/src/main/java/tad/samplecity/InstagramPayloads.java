package tad.samplecity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The recorded {@code web_profile_info} payloads under {@code samplecity/instagram/}, one per roster artist plus the
 * hostile profile. Image URLs in them carry two placeholders filled in at serve time, because the fixture's port is
 * only known once it listens and because real CDN URLs expire: {@code {{base}}} (the server's base URI) and
 * {@code {{oe}}} (the expiry, hexadecimal epoch seconds, as in Instagram's {@code oe=} parameter).
 */
final class InstagramPayloads {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    static final String BASE_PLACEHOLDER = "{{base}}";
    static final String EXPIRY_PLACEHOLDER = "{{oe}}";

    private final Map<String, String> templates;

    private InstagramPayloads(Map<String, String> templates) {
        this.templates = templates;
    }

    /** Loads the payload of every given handle; a missing file means the roster and the payloads drifted apart. */
    static InstagramPayloads load(Iterable<String> handles) {
        Map<String, String> templates = new HashMap<>();
        for (String handle : handles) {
            String resource = "/samplecity/instagram/" + handle + ".json";
            try (InputStream in = InstagramPayloads.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException(resource + " is missing: every roster artist needs a payload");
                }
                templates.put(handle.toLowerCase(Locale.ROOT), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new InstagramPayloads(templates);
    }

    /**
     * A payload as the web API serves public personal accounts to logged-out clients in 2026: the post count stays,
     * the posts are gone ({@code edges: []}; instaloader issues #2708, #2726).
     */
    static String withoutPosts(String payload) {
        try {
            JsonNode root = MAPPER.readTree(payload);
            JsonNode media = root.path("data").path("user").path("edge_owner_to_timeline_media");
            if (media instanceof ObjectNode object) {
                object.set("edges", MAPPER.createArrayNode());
            }
            return MAPPER.writeValueAsString(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The payload as served: placeholders replaced by this server's base URI and a CDN expiry. */
    Optional<String> render(String handle, URI base, Instant expiresAt) {
        String template = templates.get(handle);
        if (template == null) {
            return Optional.empty();
        }
        return Optional.of(template
                .replace(BASE_PLACEHOLDER, base.toString())
                .replace(EXPIRY_PLACEHOLDER, Long.toHexString(expiresAt.getEpochSecond()).toUpperCase(Locale.ROOT)));
    }
}
