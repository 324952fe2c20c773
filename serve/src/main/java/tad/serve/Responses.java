package tad.serve;

import io.helidon.http.HeaderNames;
import io.helidon.http.Method;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/** Writing JSON, cached reads (strong ETag, 304 on match) and problem documents, the same way everywhere. */
final class Responses {
    static final String JSON = "application/json";
    static final String PROBLEM_JSON = "application/problem+json";
    static final String NO_STORE = "no-store";

    private Responses() {
    }

    /** A cacheable read: the ETag is a hash of the exact bytes, so equal bodies share a tag across servers. */
    static void cached(ServerRequest req, ServerResponse res, String contentType, byte[] body, String cacheControl) {
        String etag = etag(body);
        res.header(HeaderNames.CACHE_CONTROL, cacheControl);
        res.header(HeaderNames.ETAG, etag);
        if (matches(req.headers().first(HeaderNames.IF_NONE_MATCH).orElse(null), etag)) {
            res.status(Status.NOT_MODIFIED_304).send();
            return;
        }
        res.header(HeaderNames.CONTENT_TYPE, contentType);
        send(req, res, body);
    }

    /**
     * Sends a body, or for a HEAD request only the headers a GET would have had, Content-Length included (Helidon
     * would otherwise write the body after a HEAD answer's headers).
     */
    static void send(ServerRequest req, ServerResponse res, byte[] body) {
        if (req.prologue().method() == Method.HEAD) {
            res.header(HeaderNames.CONTENT_LENGTH, Integer.toString(body.length));
            res.send();
            return;
        }
        res.send(body);
    }

    static void cachedJson(ServerRequest req, ServerResponse res, Object value, String cacheControl) {
        cached(req, res, JSON, Json.bytes(value), cacheControl);
    }

    static void json(ServerRequest req, ServerResponse res, Status status, Object value) {
        res.status(status);
        res.header(HeaderNames.CACHE_CONTROL, NO_STORE);
        res.header(HeaderNames.CONTENT_TYPE, JSON);
        send(req, res, Json.bytes(value));
    }

    static void problem(ServerRequest req, ServerResponse res, Problem problem, Map<String, String> headers) {
        res.status(Status.create(problem.status()));
        res.header(HeaderNames.CACHE_CONTROL, NO_STORE);
        res.header(HeaderNames.CONTENT_TYPE, PROBLEM_JSON);
        headers.forEach((name, value) -> res.header(HeaderNames.create(name), value));
        send(req, res, Json.bytes(problem.at(req.path().absolute().rawPath())));
    }

    static String etag(byte[] body) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + HexFormat.of().formatHex(hash, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** If-None-Match uses the weak comparison (RFC 9110 13.1.2): W/ prefixes are ignored, '*' matches anything. */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.equals("*") || (tag.startsWith("W/") ? tag.substring(2) : tag).equals(etag)) {
                return true;
            }
        }
        return false;
    }
}
