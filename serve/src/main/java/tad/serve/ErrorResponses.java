package tad.serve;

import io.helidon.http.HttpException;
import io.helidon.http.RequestException;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns every failure into a problem document: a client's mistake keeps its 4xx status, our own failure becomes a
 * 500 that says nothing about the cause (the cause goes to the log, never to the response).
 */
final class ErrorResponses {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorResponses.class);

    private ErrorResponses() {
    }

    static void register(HttpRouting.Builder routing) {
        routing.error(ProblemException.class, (req, res, e) -> answer(req, res, e.problem(), e.headers()))
                .error(Exception.class, ErrorResponses::unexpected);
    }

    private static void unexpected(ServerRequest req, ServerResponse res, Exception e) {
        int status = switch (e) {
            case HttpException http -> http.status().code();
            case RequestException request -> request.status().code();
            default -> 500;
        };
        if (status >= 400 && status < 500) {
            answer(req, res, Problem.of(status, "bad-request", "Bad request", "the request could not be read"),
                    Map.of());
            return;
        }
        LOG.error("request failed on {}", RouteTemplates.of(req.path().absolute().rawPath()), e);
        answer(req, res, Problem.of(500, "internal", "Internal error", "the server failed; try again later"),
                Map.of());
    }

    private static void answer(ServerRequest req, ServerResponse res, Problem problem, Map<String, String> headers) {
        if (!res.isSent()) {
            Responses.problem(req, res, problem, headers);
        }
    }
}
