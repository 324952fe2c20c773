package tad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tad.bootstrap.Bootstrap;
import tad.core.config.RawConfig;
import tad.core.config.TadConfig;
import tad.core.domain.Ids;
import tad.samplecity.SampleCityServer;
import tad.serve.ServeWiring;

/**
 * SRS 3.4/4.7 end to end on the embedded stores: crawl the sample city, file a removal request through the API,
 * approve it through the admin API, and within 60 s the artist is gone from the profile API, search and facets
 * and from every byte under the data directory (the requester's address too, once the decision e-mail is out);
 * a new crawl then makes no request about them.
 */
class GovernanceIT {
    @RegisterExtension
    static final GreenMailExtension SMTP = TestSmtp.server();
    static final String HANDLE = "hydes.hollis";
    static final String NAME = "Hollis Tarn";
    static final String TOKEN = "an-admin-token-for-tests";
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void anApprovedRemovalPurgesEveryTraceWithinAMinuteAndTheCrawlerNeverReturns() throws Exception {
        Path data = Files.createTempDirectory("tad-governance-it");
        try (SampleCityServer city = SampleCityServer.start()) {
            Map<String, String> env = SampleCityCrawlIT.baseEnv(data);
            env.putAll(city.crawlEnvironment());
            env.put("TAD_ADMIN_TOKEN", TOKEN);
            env.putAll(TestSmtp.env(SMTP.getSmtp().getPort()));
            assertThat(Run.tad(env, "crawl", "--city", "leeds").code()).isZero();
            String artistId = Ids.artistId(HANDLE);

            String requestId;
            try (Bootstrap boot = Bootstrap.open(TadConfig.parse(RawConfig.load(Optional.empty(), env, Map.of())));
                 ServeWiring.Running server = ServeWiring.start(boot, 0)) {
                boot.indexFollower().orElseThrow().catchUp();
                String base = "http://127.0.0.1:" + server.port();
                assertThat(get(base + "/api/artists/" + artistId).statusCode()).isEqualTo(200);
                assertThat(ids(get(base + "/api/artists?q=hollis"))).contains(artistId);
                assertThat(get(base + "/sitemap.xml").body()).contains("/artists/" + artistId + "</loc>");
                int watercolourBefore = facet(get(base + "/api/artists?city=Leeds"), "watercolour");

                HttpResponse<String> filed = post(base + "/api/removal-requests", "{\"instagramHandle\":\"@Hydes.Hollis\","
                        + "\"email\":\"hollis@example.org\",\"reason\":\"I am Hollis Tarn and want to be delisted\"}", null);
                assertThat(filed.statusCode()).isEqualTo(202);
                requestId = json.readTree(filed.body()).path("id").asText();
                HttpResponse<String> before = get(base + "/api/admin/removals/" + requestId + "/verify", TOKEN);
                assertThat(before.body()).as("the crawl's page memory names the artist before the purge")
                        .contains("page memory: pages of http://127.0.0.1:");

                assertThat(post(base + "/api/admin/removals/" + requestId + "/approve", "", null).statusCode())
                        .isEqualTo(401);
                HttpResponse<String> wrong = post(base + "/api/admin/removals/" + requestId + "/approve", "", "nope");
                assertThat(wrong.statusCode()).isEqualTo(401);
                assertThat(wrong.body()).doesNotContain(TOKEN).doesNotContain("nope");

                long started = System.nanoTime();
                HttpResponse<String> approved = post(base + "/api/admin/removals/" + requestId + "/approve", "", TOKEN);
                assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
                assertThat(json.readTree(approved.body()).path("changed").asBoolean()).isTrue();
                HttpResponse<String> again = post(base + "/api/admin/removals/" + requestId + "/approve", "", TOKEN);
                assertThat(json.readTree(again.body()).path("changed").asBoolean()).isFalse();

                assertThat(get(base + "/api/artists/" + artistId).statusCode()).isEqualTo(404);
                assertThat(ids(get(base + "/api/artists?q=hollis"))).doesNotContain(artistId);
                assertThat(ids(get(base + "/api/artists?q=tarn"))).doesNotContain(artistId);
                assertThat(get(base + "/sitemap.xml").body()).doesNotContain(artistId); // the purge took it out
                assertThat(facet(get(base + "/api/artists?city=Leeds"), "watercolour")).isEqualTo(watercolourBefore - 1);
                HttpResponse<String> verify = get(base + "/api/admin/removals/" + requestId + "/verify", TOKEN);
                assertThat(json.readTree(verify.body()).path("clean").asBoolean()).as(verify.body()).isTrue();
                assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(60));
            }
            // the acknowledgement and the decision reached the requester; neither names the artist
            assertThat(TestSmtp.await(SMTP, 2)).extracting(m -> m.to() + " " + m.subject()).containsExactlyInAnyOrder(
                    "hollis@example.org We received your removal request " + requestId,
                    "hollis@example.org Removed: your request " + requestId + " was approved");
            assertThat(TestSmtp.await(SMTP, 2).toString()).doesNotContainIgnoringCase(HANDLE).doesNotContain(NAME);
            assertNoFileContains(data, HANDLE);
            assertNoFileContains(data, NAME);
            assertNoFileContains(data, "hollis@example.org");

            // allRequests() joins each fixture server's log, so only the time of a request says which crawl made it
            long recrawlStarted = System.nanoTime();
            Run recrawl = Run.tad(env, "crawl", "--city", "leeds");
            assertThat(recrawl.code()).isZero();
            assertThat(recrawl.out()).contains("skipped denylisted: 1");
            assertThat(city.allRequests()).filteredOn(r -> r.receivedAtNanos() >= recrawlStarted).isNotEmpty()
                    .noneMatch(r -> java.net.URLDecoder.decode(r.pathAndQuery(), java.nio.charset.StandardCharsets.UTF_8)
                            .toLowerCase(Locale.ROOT).contains(HANDLE));
            Run verify = Run.tad(env, "removals", "verify", requestId, "--handle", HANDLE, "--name", NAME);
            assertThat(verify.code()).as(verify.out()).isZero();
            assertThat(verify.out()).contains("no trace of artist " + artistId);
        }
    }

    static void assertNoFileContains(Path data, String text) throws Exception {
        byte[] needle = text.toLowerCase(Locale.ROOT).getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        try (var files = Files.walk(data)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                byte[] lower = new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1)
                        .toLowerCase(Locale.ROOT).getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
                assertThat(CliTest.indexOf(lower, needle)).as(file + " contains '" + text + "'").isNegative();
            }
        }
    }

    private java.util.List<String> ids(HttpResponse<String> response) throws Exception {
        java.util.List<String> ids = new java.util.ArrayList<>();
        json.readTree(response.body()).path("items").forEach(i -> ids.add(i.path("id").asText()));
        return ids;
    }

    private int facet(HttpResponse<String> response, String style) throws Exception {
        JsonNode facets = json.readTree(response.body()).path("facets").path("styles");
        return facets.path(style).asInt(0);
    }

    private HttpResponse<String> get(String url) throws Exception {
        return get(url, null);
    }

    private HttpResponse<String> get(String url, String token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).GET();
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String url, String body, String token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

}
