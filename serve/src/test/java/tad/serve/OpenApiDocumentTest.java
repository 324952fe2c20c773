package tad.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.helidon.webserver.testing.junit5.DirectClient;
import io.helidon.webserver.testing.junit5.RoutingTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Keeps /api/openapi.json true: every documented operation is routed (not an unknown route, not 405), every other
 * method on a documented path is 405, and the routes the server answers are exactly the documented ones.
 */
@RoutingTest
class OpenApiDocumentTest extends ApiContract {
    private static final List<String> METHODS = List.of("GET", "POST", "PUT", "DELETE", "PATCH");
    /** A concrete value for each path template, so that a route can be called. */
    private static final Map<String, String> EXAMPLES = Map.of(
            "/api/artists/{id}", "/api/artists/" + TestWorld.ANN.artistId(),
            "/media/{key}", "/media/" + TestWorld.ANN_THUMB.value(),
            "/sitemaps/{file}", "/sitemaps/pages.xml");
    /** Every API route the server registers (ServeApp.routing); the web app at "/" is not part of the API. */
    private static final Set<String> REGISTERED = Set.of("GET /api/artists", "GET /api/artists/{id}",
            "GET /api/styles", "GET /api/health", "POST /api/removal-requests", "GET /api/openapi.json",
            "GET /metrics", "GET /media/{key}", "GET /robots.txt", "GET /sitemap.xml", "GET /sitemaps/{file}");

    OpenApiDocumentTest(DirectClient client) {
        super(client);
    }

    @Test
    void theDocumentIsServedAndIsOpenApi3() {
        Reply reply = get("/api/openapi.json");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().path("openapi").asText()).startsWith("3.");
    }

    @Test
    void documentedOperationsAreExactlyTheRegisteredRoutes() {
        assertThat(documentedOperations()).isEqualTo(new TreeSet<>(REGISTERED));
    }

    @Test
    void everyDocumentedOperationIsRoutedAndOtherMethodsAre405() {
        for (String path : documentedPaths()) {
            String url = EXAMPLES.getOrDefault(path, path);
            for (String method : METHODS) {
                boolean documented = documentedOperations().contains(method + " " + path);
                Reply reply = method.equals("POST") ? postJson(url, "{}") : method(method, url);
                String type = reply.status() >= 400 ? reply.json().path("type").asText() : "";
                if (documented) {
                    assertThat(reply.status()).as(method + " " + url).isNotEqualTo(405);
                    assertThat(type).as(method + " " + url).doesNotEndWith("/unknown-route");
                } else {
                    assertThat(reply.status()).as(method + " " + url).isEqualTo(405);
                }
            }
        }
    }

    private Set<String> documentedOperations() {
        Set<String> operations = new TreeSet<>();
        JsonNode paths = document().path("paths");
        paths.fieldNames().forEachRemaining(path -> paths.path(path).fieldNames().forEachRemaining(
                method -> operations.add(method.toUpperCase(Locale.ROOT) + " " + path)));
        return operations;
    }

    private List<String> documentedPaths() {
        List<String> paths = new ArrayList<>();
        document().path("paths").fieldNames().forEachRemaining(paths::add);
        return paths;
    }

    private JsonNode document() {
        return get("/api/openapi.json").json();
    }
}
