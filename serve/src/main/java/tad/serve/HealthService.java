package tad.serve;

import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import tad.core.search.SearchReader;
import tad.core.store.ArtistStore;

/**
 * {@code /api/health}: liveness (the process answers) and readiness (the store and the index answer). 200 when
 * ready, 503 when a dependency fails, so a load balancer stops routing to this instance.
 */
final class HealthService implements HttpService {
    private final ArtistStore artists;
    private final SearchReader index;

    HealthService(ArtistStore artists, SearchReader index) {
        this.artists = artists;
        this.index = index;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.route(GetRoutes.of("/", this::health)).any("/", MethodNotAllowed.allowing(GetRoutes.ALLOW));
    }

    private void health(ServerRequest req, ServerResponse res) {
        Map<String, String> checks = new LinkedHashMap<>();
        checks.put("store", check(() -> artists.artist("a000000000000000")));
        checks.put("index", check(index::count));
        boolean ready = checks.values().stream().allMatch("UP"::equals);
        Responses.json(req, res, ready ? Status.OK_200 : Status.SERVICE_UNAVAILABLE_503,
                new Health("UP", ready ? "UP" : "DOWN", checks));
    }

    /** A dependency's state; the failure itself goes nowhere near the response (it may describe our internals). */
    private static String check(Supplier<?> probe) {
        try {
            probe.get();
            return "UP";
        } catch (RuntimeException e) {
            return "DOWN";
        }
    }

    record Health(String liveness, String readiness, Map<String, String> checks) {
    }
}
