package tad.serve;

import java.util.Map;

/**
 * Thrown by handlers to answer with a problem document; the routing's error handler writes it. Carries no cause:
 * it describes the client's mistake, never our internals.
 */
final class ProblemException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Problem problem;
    private final transient Map<String, String> headers;

    ProblemException(Problem problem, Map<String, String> headers) {
        super(problem.detail(), null, false, false);
        this.problem = problem;
        this.headers = Map.copyOf(headers);
    }

    ProblemException(Problem problem) {
        this(problem, Map.of());
    }

    static ProblemException invalid(String parameter, String rule) {
        return new ProblemException(Problem.invalidParameter(parameter, rule));
    }

    static ProblemException notFound(String detail) {
        return new ProblemException(Problem.of(404, "not-found", "Not found", detail));
    }

    Problem problem() {
        return problem;
    }

    Map<String, String> headers() {
        return headers;
    }
}
