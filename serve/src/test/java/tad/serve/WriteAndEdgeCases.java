package tad.serve;

import static org.assertj.core.api.Assertions.assertThat;

import io.helidon.webclient.http1.Http1Client;
import java.nio.charset.StandardCharsets;
import tad.core.removal.RemovalRequest;
import tad.core.removal.RemovalStatus;
import org.junit.jupiter.api.Test;

/**
 * The removal-request endpoint and what every response shares: problems for unknown routes and methods, security
 * and CORS headers, media, the web app, metrics. Run in memory and on a real port.
 */
abstract class WriteAndEdgeCases extends ApiContract {
    private static final String VALID = """
            {"instagramHandle": "https://www.instagram.com/Some.Artist/", "email": "me@example.org",
             "reason": "I stopped tattooing"}""";

    WriteAndEdgeCases(Http1Client client) {
        super(client);
    }

    @Test
    void aRemovalRequestIsStoredAsPending() {
        Reply reply = postJson("/api/removal-requests", VALID);

        assertThat(reply.status()).as(reply.body()).isEqualTo(202);
        String id = reply.json().path("id").asText();
        RemovalRequest stored = TestWorld.get().deps.removals().get(id).orElseThrow();
        assertThat(stored.status()).isEqualTo(RemovalStatus.PENDING);
        assertThat(stored.instagramHandle()).contains("some.artist");
        assertThat(stored.email()).contains("me@example.org");
    }

    @Test
    void aRemovalRequestByArtistIdIsAccepted() {
        Reply reply = postJson("/api/removal-requests",
                "{\"artistId\":\"" + TestWorld.ANN.artistId() + "\",\"email\":\"x@y.org\"}");

        assertThat(reply.status()).isEqualTo(202);
    }

    @Test
    void invalidRemovalRequestsAreProblemsNamingTheField() {
        assertProblem(postJson("/api/removal-requests", "{\"instagramHandle\":\"ok_handle\",\"email\":\"nope\"}"),
                400, "email");
        assertProblem(postJson("/api/removal-requests", "{\"instagramHandle\":\"no spaces!\",\"email\":\"a@b.org\"}"),
                400, "instagramHandle");
        assertProblem(postJson("/api/removal-requests", "{\"email\":\"a@b.org\"}"), 400, "instagramHandle");
        assertProblem(postJson("/api/removal-requests", "{\"artistId\":\"../../x\",\"email\":\"a@b.org\"}"),
                400, "artistId");
        assertProblem(postJson("/api/removal-requests", "{\"instagramHandle\":\"ok\"}"), 400, "email");
        assertProblem(postJson("/api/removal-requests", "{\"instagramHandle\":7,\"email\":\"a@b.org\"}"),
                400, "instagramHandle");
        assertProblem(postJson("/api/removal-requests", "{\"instagramHandle\":\"ok\",\"email\":\"a@b.org\","
                + "\"reason\":\"" + "r".repeat(2001) + "\"}"), 400, "reason");
        assertProblem(postJson("/api/removal-requests", "{\"instagramHandle\": "), 400, "body");
        assertProblem(postJson("/api/removal-requests", "[1,2]"), 400, "body");
    }

    @Test
    void removalRequestsMustBeSmallJson() {
        assertProblem(post("/api/removal-requests", VALID.getBytes(StandardCharsets.UTF_8),
                "Content-Type", "text/plain"), 415, null);
        String huge = "{\"reason\":\"" + "x".repeat(9000) + "\"}";
        assertProblem(postJson("/api/removal-requests", huge), 413, null);
    }

    @Test
    void removalRequestsAreRateLimitedPerClient() {
        String address = newClientAddress();
        for (int i = 0; i < 3; i++) {
            assertThat(postJson("/api/removal-requests", VALID, "X-Forwarded-For", address).status()).isEqualTo(202);
        }
        Reply limited = postJson("/api/removal-requests", VALID, "X-Forwarded-For", address);

        assertProblem(limited, 429, null);
        assertThat(Long.parseLong(limited.header("Retry-After"))).isPositive();
        assertThat(postJson("/api/removal-requests", VALID).status()).isEqualTo(202);
    }

    @Test
    void unknownRoutesAre404AndWrongMethods405WithAllow() {
        assertProblem(get("/api/nothing-here"), 404, null);
        Reply wrong = method("DELETE", "/api/artists");
        assertProblem(wrong, 405, null);
        assertThat(wrong.header("Allow")).isEqualTo("GET, HEAD");
        assertThat(get("/api/removal-requests").header("Allow")).isEqualTo("POST");
        assertThat(method("PUT", "/api/artists/" + TestWorld.ANN.artistId()).status()).isEqualTo(405);
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() {
        for (Reply reply : new Reply[] {get("/api/styles"), get("/api/nothing"), get("/")}) {
            assertThat(reply.header("Content-Security-Policy")).contains("frame-ancestors 'none'");
            assertThat(reply.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(reply.header("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
            assertThat(reply.header("Strict-Transport-Security")).isNull();
        }
        assertThat(get("/").header("Content-Security-Policy")).contains("https://tile.openstreetmap.org")
                .doesNotContain("googleapis");
        assertThat(get("/api/styles", "X-Forwarded-Proto", "https").header("Strict-Transport-Security"))
                .startsWith("max-age=");
    }

    @Test
    void corsIsOnlyForTheConfiguredOrigin() {
        assertThat(get("/api/styles", "Origin", TestWorld.WEB_ORIGIN).header("Access-Control-Allow-Origin"))
                .isEqualTo(TestWorld.WEB_ORIGIN);
        assertThat(get("/api/styles", "Origin", "https://evil.example").header("Access-Control-Allow-Origin"))
                .isNull();
        Reply preflight = send("OPTIONS", "/api/removal-requests", "Origin", TestWorld.WEB_ORIGIN,
                "Access-Control-Request-Method", "POST");
        assertThat(preflight.status()).isEqualTo(204);
        assertThat(preflight.header("Access-Control-Allow-Methods")).contains("POST");
    }

    @Test
    void mediaIsServedWithItsTypeAndALongCacheButNeverForADenylistedArtist() {
        Reply image = get("/media/" + TestWorld.ANN_THUMB.value());

        assertThat(image.status()).isEqualTo(200);
        assertThat(image.header("Content-Type")).isEqualTo("image/webp");
        assertThat(image.header("Cache-Control")).contains("immutable");
        assertProblem(get("/media/" + TestWorld.DENIED_THUMB.value()), 404, null);
        for (String traversal : new String[] {"/media/artists/../../secret.txt", "/media/artists/%2e%2e/x/thumb.webp",
                "/media/..%2f..%2fsecret.txt"}) {
            Reply reply = get(traversal);
            assertThat(reply.status()).as(traversal).isEqualTo(404);
            assertThat(reply.body()).doesNotContain("outside the web root");
        }
        assertProblem(get("/media/artists/a1/img1/thumb.exe"), 404, null);
    }

    @Test
    void theWebAppIsServedWithDeepLinksAnsweredByTheArtistPage() {
        assertThat(get("/").body()).contains(SearchFirstView.SLOT_OPEN);
        Reply deepLink = get("/artists/" + TestWorld.ANN.artistId());
        assertThat(deepLink.status()).isEqualTo(200);
        assertThat(deepLink.body()).contains(ProfileFirstView.SLOT_OPEN);
        assertThat(deepLink.header("Content-Type")).startsWith("text/html");
        Reply asset = get("/_next/static/chunks/app-1a2b.js");
        assertThat(asset.header("Cache-Control")).contains("immutable");
        assertThat(asset.header("Content-Type")).startsWith("text/javascript");
        Reply missing = get("/no/such/page");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.body()).contains("not found");
        assertThat(get("/../secret.txt").body()).doesNotContain("outside the web root");
        assertThat(get("/%2e%2e/secret.txt").body()).doesNotContain("outside the web root");
    }

    @Test
    void precompressedAssetsAreServedToClientsThatAcceptThem() {
        Reply gzip = get("/_next/static/chunks/app-1a2b.js", "Accept-Encoding", "br, gzip;q=0.8");
        assertThat(gzip.status()).isEqualTo(200);
        assertThat(gzip.header("Content-Encoding")).isEqualTo("gzip");
        assertThat(gzip.header("Vary")).contains("Accept-Encoding");
        assertThat(gzip.header("Content-Type")).startsWith("text/javascript");
        Reply refused = get("/_next/static/chunks/app-1a2b.js", "Accept-Encoding", "gzip;q=0");
        assertThat(refused.header("Content-Encoding")).isNull();
        assertThat(refused.body()).isEqualTo("console.log('app')");
        Reply plain = get("/_next/static/chunks/app-1a2b.js");
        assertThat(plain.header("Content-Encoding")).isNull();
        assertThat(plain.body()).isEqualTo("console.log('app')");
    }

    @Test
    void metricsExposeLatencyHistogramsPerRoute() throws InterruptedException {
        get("/api/artists?q=ann");
        get("/api/artists/" + TestWorld.ANN.artistId());

        // a request is counted once its response has gone out, so the client can ask a moment before that
        String metrics = get("/metrics").body();
        for (int i = 0; i < 100 && !metrics.contains("route=\"/api/artists/{id}\""); i++) {
            Thread.sleep(20);
            metrics = get("/metrics").body();
        }
        assertThat(metrics).contains("# TYPE tad_http_request_duration_seconds histogram");
        assertThat(metrics).contains("route=\"/api/artists\"").contains("route=\"/api/artists/{id}\"");
        assertThat(metrics).contains("le=\"0.01\"").contains("le=\"+Inf\"");
        assertThat(metrics).doesNotContain(TestWorld.ANN.artistId());
    }

    private Reply send(String method, String path, String... headers) {
        io.helidon.webclient.http1.Http1ClientRequest request = client.method(io.helidon.http.Method.create(method))
                .uri(path);
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(io.helidon.http.HeaderNames.create(headers[i]), headers[i + 1]);
        }
        try (var response = request.request()) {
            java.util.Map<String, String> map = new java.util.LinkedHashMap<>();
            response.headers().forEach(h -> map.put(h.name().toLowerCase(java.util.Locale.ROOT), h.get()));
            return new Reply(response.status().code(), map, "");
        }
    }
}
