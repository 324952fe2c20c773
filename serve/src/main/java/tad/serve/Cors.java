package tad.serve;

import io.helidon.http.HeaderNames;
import io.helidon.http.Method;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.Optional;

/**
 * CORS for exactly one configured web origin (the web app when it is hosted elsewhere, e.g. CloudFront + S3). No
 * origin configured means no CORS headers at all: same-origin only.
 */
final class Cors {
    private final Optional<String> allowedOrigin;

    Cors(Optional<String> allowedOrigin) {
        this.allowedOrigin = allowedOrigin;
    }

    /** Adds the CORS headers; returns true when the request was a preflight and has been answered. */
    boolean handle(ServerRequest req, ServerResponse res) {
        Optional<String> origin = req.headers().first(HeaderNames.ORIGIN);
        if (allowedOrigin.isEmpty() || origin.isEmpty() || !origin.get().equals(allowedOrigin.get())
                || !req.path().rawPath().startsWith("/api/")) {
            return false;
        }
        res.header(HeaderNames.ACCESS_CONTROL_ALLOW_ORIGIN, origin.get());
        res.header(HeaderNames.VARY, "Origin");
        boolean preflight = req.prologue().method() == Method.OPTIONS
                && req.headers().contains(HeaderNames.ACCESS_CONTROL_REQUEST_METHOD);
        if (preflight) {
            res.header(HeaderNames.ACCESS_CONTROL_ALLOW_METHODS, "GET, POST");
            res.header(HeaderNames.ACCESS_CONTROL_ALLOW_HEADERS, "Content-Type, If-None-Match");
            res.header(HeaderNames.ACCESS_CONTROL_MAX_AGE, "600");
            res.status(Status.NO_CONTENT_204).send();
        } else {
            res.header(HeaderNames.ACCESS_CONTROL_EXPOSE_HEADERS, "ETag, Retry-After");
        }
        return preflight;
    }
}
