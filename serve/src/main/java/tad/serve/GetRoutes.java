package tad.serve;

import io.helidon.http.Method;
import io.helidon.webserver.http.Handler;
import io.helidon.webserver.http.HttpRoute;

/**
 * A GET route that answers HEAD too, as RFC 9110 (9.3.2) asks of every GET resource: the same status and headers,
 * no body. Helidon SE routes HEAD only where a route names it and writes whatever body a handler sends, so the
 * routes are registered for both methods here and every body goes out through {@link Responses#send}, which leaves
 * it off a HEAD answer while keeping its Content-Length.
 */
final class GetRoutes {
    /** The Allow header of a GET resource, for {@link MethodNotAllowed}. */
    static final String ALLOW = "GET, HEAD";

    private GetRoutes() {
    }

    static HttpRoute of(String path, Handler handler) {
        return HttpRoute.builder().methods(Method.GET, Method.HEAD).path(path).handler(handler).build();
    }
}
