package tad.serve;

import io.helidon.webserver.http.Handler;
import java.util.Map;

/** The handler registered after a route's methods: any other method gets 405 with the Allow header. */
final class MethodNotAllowed {
    private MethodNotAllowed() {
    }

    static Handler allowing(String allowed) {
        return (req, res) -> {
            throw new ProblemException(Problem.of(405, "method-not-allowed", "Method not allowed",
                    req.prologue().method().text() + " is not supported here; use " + allowed), Map.of("Allow", allowed));
        };
    }
}
