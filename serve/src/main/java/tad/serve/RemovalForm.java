package tad.serve;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Pattern;
import tad.plugin.InstagramHandles;

/**
 * A validated removal request body: {@code {"instagramHandle" or "artistId", "email", "reason"}}. Every rule failure
 * is a 400 problem naming the field.
 */
record RemovalForm(Optional<String> instagramHandle, Optional<String> artistId, String email, String reason) {
    static final int MAX_HANDLE_INPUT = 200;
    static final int MAX_EMAIL = 254;
    static final int MAX_REASON = 2000;
    private static final Pattern ARTIST_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    /** Deliberately simple: one '@', a dot in the domain, no spaces or controls; the mailbox is not verified. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s\\p{Cntrl}]{1,64}@[^@\\s\\p{Cntrl}]+\\.[^@\\s\\p{Cntrl}.]+");

    static RemovalForm parse(byte[] body) {
        JsonNode json;
        try {
            json = Json.MAPPER.readTree(body);
        } catch (IOException | RuntimeException e) {
            throw ProblemException.invalid("body", "must be a JSON object");
        }
        if (json == null || !json.isObject()) {
            throw ProblemException.invalid("body", "must be a JSON object");
        }
        Optional<String> handleInput = text(json, "instagramHandle", MAX_HANDLE_INPUT);
        Optional<String> artistId = text(json, "artistId", 64);
        String email = text(json, "email", MAX_EMAIL)
                .orElseThrow(() -> ProblemException.invalid("email", "is required"));
        String reason = text(json, "reason", MAX_REASON).orElse("");
        if (handleInput.isEmpty() && artistId.isEmpty()) {
            throw ProblemException.invalid("instagramHandle", "give instagramHandle or artistId");
        }
        Optional<String> handle = handleInput.map(input -> InstagramHandles.normalise(input).orElseThrow(() ->
                ProblemException.invalid("instagramHandle", "must be an Instagram handle (letters, digits, '.', '_', "
                        + "at most 30) or an Instagram profile URL")));
        if (artistId.isPresent() && !ARTIST_ID.matcher(artistId.get()).matches()) {
            throw ProblemException.invalid("artistId", "must be an artist id as shown in the profile URL");
        }
        if (!EMAIL.matcher(email).matches()) {
            throw ProblemException.invalid("email", "must be an email address like name@example.org");
        }
        return new RemovalForm(handle, artistId, email, reason);
    }

    private static Optional<String> text(JsonNode json, String field, int maxLength) {
        JsonNode node = json.get(field);
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        if (!node.isTextual()) {
            throw ProblemException.invalid(field, "must be a string");
        }
        String value = node.textValue().strip();
        if (value.length() > maxLength) {
            throw ProblemException.invalid(field, "at most " + maxLength + " characters");
        }
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }
}
