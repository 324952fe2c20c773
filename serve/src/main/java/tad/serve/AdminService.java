package tad.serve;

import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tad.core.governance.RemovalDecisions;
import tad.core.removal.RemovalRequest;
import tad.core.removal.RemovalRequestStore;

/**
 * {@code /api/admin/removals/...}: review of removal requests by an operator with the bearer token
 * (TAD_ADMIN_TOKEN). Without a configured token the admin API is off and says so; a wrong or missing token gets a
 * bare 401 with nothing about why.
 */
final class AdminService implements HttpService {
    private final Optional<Admin> admin;
    private final RemovalRequestStore requests;

    AdminService(Optional<Admin> admin, RemovalRequestStore requests) {
        this.admin = admin;
        this.requests = requests;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.any(this::authorise)
                .route(GetRoutes.of("/removals", this::list))
                .route(GetRoutes.of("/removals/{id}", this::show))
                .post("/removals/{id}/approve", this::approve)
                .post("/removals/{id}/reject", this::reject)
                .route(GetRoutes.of("/removals/{id}/verify", this::verify));
    }

    private void authorise(ServerRequest req, ServerResponse res) {
        res.header(HeaderNames.CACHE_CONTROL, Responses.NO_STORE);
        Admin configured = admin.orElseThrow(() -> new ProblemException(Problem.of(404, "admin-off",
                "Admin API is off", "no admin token is configured (TAD_ADMIN_TOKEN)")));
        String given = req.headers().first(HeaderNames.AUTHORIZATION).orElse("");
        boolean ok = given.startsWith("Bearer ") && sameSecret(given.substring(7).strip(), configured.token().value());
        if (!ok) {
            throw new ProblemException(Problem.of(401, "unauthorized", "Unauthorized", "authentication required"),
                    Map.of("WWW-Authenticate", "Bearer"));
        }
        res.next();
    }

    /** Constant time whatever the inputs: digests first, so even the lengths do not leak. */
    private static boolean sameSecret(String given, String expected) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] a = sha.digest(given.getBytes(StandardCharsets.UTF_8));
            byte[] b = sha.digest(expected.getBytes(StandardCharsets.UTF_8));
            return MessageDigest.isEqual(a, b);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private void list(ServerRequest req, ServerResponse res) {
        Responses.json(req, res, Status.OK_200, requests.pending(500).stream().map(View::of).toList());
    }

    private void show(ServerRequest req, ServerResponse res) {
        Responses.json(req, res, Status.OK_200, View.of(request(req)));
    }

    private void approve(ServerRequest req, ServerResponse res) {
        RemovalDecisions.Outcome outcome = decide(() -> admin.get().decisions().approve(id(req), ""));
        Responses.json(req, res, Status.OK_200, new Decided(View.of(outcome.request()), outcome.changed()));
    }

    private void reject(ServerRequest req, ServerResponse res) {
        RemovalDecisions.Outcome outcome = decide(() -> admin.get().decisions().reject(id(req), "rejected by an operator"));
        Responses.json(req, res, Status.OK_200, new Decided(View.of(outcome.request()), outcome.changed()));
    }

    private void verify(ServerRequest req, ServerResponse res) {
        RemovalRequest r = request(req);
        String artistId = r.artistId().or(() -> r.instagramHandle().map(tad.core.domain.Ids::artistId)).orElse("");
        List<String> traces = admin.get().traces().traces(artistId, r.instagramHandle().stream().toList(),
                admin.get().rawDataDir());
        Responses.json(req, res, Status.OK_200, new Traces(r.id(), traces.isEmpty(), traces));
    }

    private RemovalRequest request(ServerRequest req) {
        return requests.get(id(req)).orElseThrow(() -> notFound(id(req)));
    }

    private static String id(ServerRequest req) {
        return req.path().pathParameters().get("id");
    }

    private static RemovalDecisions.Outcome decide(java.util.function.Supplier<RemovalDecisions.Outcome> action) {
        try {
            return action.get();
        } catch (RemovalDecisions.UnknownRequestException e) {
            throw notFound("");
        }
    }

    private static ProblemException notFound(String id) {
        return new ProblemException(Problem.of(404, "not-found", "Not found", "no removal request with that id"));
    }

    /** A request as the admin API shows it: the email only while the request is pending. */
    record View(String id, String status, String createdAt, String instagramHandle, String artistId, String email,
                String reason) {
        static View of(RemovalRequest r) {
            return new View(r.id(), r.status().name().toLowerCase(java.util.Locale.ROOT), r.createdAt().toString(),
                    r.instagramHandle().orElse(null), r.artistId().orElse(null), r.email().orElse(null), r.reason());
        }
    }

    record Decided(View request, boolean changed) {
    }

    record Traces(String id, boolean clean, List<String> traces) {
    }
}
