package tad.cli.styles;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import tad.plugin.ArtistProfile;
import tad.plugin.RemoteImage;

/**
 * One input line of {@code tad styles infer} or {@code tad styles eval}:
 * {@code {"bio": "...", "captions": ["...", ...], "styles": [...]}}. Every field is optional; unknown fields are
 * ignored, so a labelled file can be piped through {@code infer} unchanged. {@code styles} (the gold labels) only
 * matters to {@code eval}.
 */
record ProfileLine(String bio, List<String> captions, Optional<Set<String>> gold) {

    /** A line that is not the expected JSON object; the message names the problem, not the line number. */
    static final class Malformed extends Exception {
        Malformed(String message) {
            super(message);
        }
    }

    static ProfileLine parse(ObjectMapper json, String line) throws Malformed {
        if (line.isBlank()) {
            throw new Malformed("empty line");
        }
        JsonNode node;
        try {
            node = json.readTree(line);
        } catch (JsonProcessingException e) {
            throw new Malformed("not JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw new Malformed("expected a JSON object like {\"bio\": \"...\", \"captions\": [\"...\"]}");
        }
        JsonNode bio = node.path("bio");
        if (!bio.isMissingNode() && !bio.isNull() && !bio.isTextual()) {
            throw new Malformed("\"bio\" must be a string");
        }
        return new ProfileLine(bio.asText(""), strings(node, "captions"),
                node.has("styles") ? Optional.of(new TreeSet<>(strings(node, "styles"))) : Optional.empty());
    }

    private static List<String> strings(JsonNode node, String field) throws Malformed {
        JsonNode array = node.path(field);
        if (array.isMissingNode() || array.isNull()) {
            return List.of();
        }
        if (!array.isArray()) {
            throw new Malformed("\"" + field + "\" must be an array of strings");
        }
        List<String> values = new ArrayList<>();
        for (JsonNode item : array) {
            if (!item.isTextual()) {
                throw new Malformed("\"" + field + "\" must be an array of strings");
            }
            values.add(item.asText());
        }
        return values;
    }

    /** The profile an enricher expects: an anonymous account whose recent posts carry these captions. */
    ArtistProfile toProfile() {
        List<RemoteImage> posts = IntStream.range(0, captions.size())
                .mapToObj(i -> new RemoteImage("line-post-" + (i + 1), "about:blank", false, Optional.empty(),
                        captions.get(i)))
                .toList();
        return new ArtistProfile("stdin", Optional.empty(), bio, Optional.empty(), Optional.empty(), false, posts);
    }
}
