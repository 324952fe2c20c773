package tad.serve;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** {@code /api/openapi.json}: the hand-written OpenAPI 3 document, kept true by {@code OpenApiDocumentTest}. */
final class OpenApiService implements HttpService {
    static final String RESOURCE = "/tad/serve/openapi.json";
    private final byte[] document;

    OpenApiService() {
        try (InputStream in = OpenApiService.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the build");
            }
            document = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void routing(HttpRules rules) {
        rules.route(GetRoutes.of("/", this::document)).any("/", MethodNotAllowed.allowing(GetRoutes.ALLOW));
    }

    private void document(ServerRequest req, ServerResponse res) {
        Responses.cached(req, res, Responses.JSON, document, "public, max-age=3600");
    }
}
