package tad.samplecity;

import com.sun.net.httpserver.HttpExchange;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Conditional requests as a static web server answers them (RFC 9110 section 13): a strong ETag from the body's
 * hash and a fixed Last-Modified on every page, and 304 Not Modified without a body when the request's
 * If-None-Match (or, without one, If-Modified-Since) says the client has this version already.
 */
final class Validation {
    /** The sample sites do not change; a fixed date keeps Last-Modified stable across server restarts. */
    static final String LAST_MODIFIED = "Mon, 07 Dec 2026 09:00:00 GMT";

    private Validation() {
    }

    static String etag(byte[] body) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + HexFormat.of().formatHex(hash, 0, 12) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    /** Sets the validators of {@code body} and says whether the client's copy is current (answer 304 then). */
    static boolean notModified(HttpExchange exchange, byte[] body) {
        String etag = etag(body);
        exchange.getResponseHeaders().set("ETag", etag);
        exchange.getResponseHeaders().set("Last-Modified", LAST_MODIFIED);
        String ifNoneMatch = exchange.getRequestHeaders().getFirst("If-None-Match");
        if (ifNoneMatch != null) {
            for (String candidate : ifNoneMatch.split(",")) {
                String tag = candidate.strip();
                if (tag.equals("*") || tag.equals(etag) || tag.equals("W/" + etag)) {
                    return true;
                }
            }
            return false;
        }
        String ifModifiedSince = exchange.getRequestHeaders().getFirst("If-Modified-Since");
        return ifModifiedSince != null && ifModifiedSince.strip().equals(LAST_MODIFIED);
    }
}
