package tad.plugin;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A response's cache validators (RFC 9110 section 8.8), kept so the next fetch of the same URL can be conditional:
 * an unchanged resource then costs a 304 without a body.
 *
 * @param etag         the ETag header, verbatim (weak validators included)
 * @param lastModified the Last-Modified header, verbatim
 */
public record Validators(Optional<String> etag, Optional<String> lastModified) {

    public static final Validators NONE = new Validators(Optional.empty(), Optional.empty());

    public static Validators of(HttpResponse response) {
        return new Validators(response.header("etag").filter(v -> !v.isBlank()),
                response.header("last-modified").filter(v -> !v.isBlank()));
    }

    public boolean isEmpty() {
        return etag.isEmpty() && lastModified.isEmpty();
    }

    /** {@code If-None-Match} and {@code If-Modified-Since} for the validators there are (none when empty). */
    public Map<String, String> conditionalHeaders() {
        Map<String, String> headers = new LinkedHashMap<>();
        etag.ifPresent(value -> headers.put("If-None-Match", value));
        lastModified.ifPresent(value -> headers.put("If-Modified-Since", value));
        return Map.copyOf(headers);
    }
}
