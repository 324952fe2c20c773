package tad.samplecity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PlacesServerTest {
    private static final String KEY = "test-key";
    private static final String MASK = "places.id,places.displayName,places.location,places.websiteUri,nextPageToken";
    private static final String LEEDS = rectangle(53.70, -1.80, 53.95, -1.29);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Roster roster = Roster.load();
    private final PlacesServer server = PlacesServer.start(roster, KEY,
            studioKey -> Optional.of(URI.create("http://127.0.0.1:1/" + studioKey + "/")));
    private final HttpClient client = HttpClient.newHttpClient();

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aQueryOverTheWholeCityStopsAtSixtyPlacesInThreePages() throws Exception {
        List<JsonNode> pages = new ArrayList<>();
        String token = null;
        do {
            JsonNode page = JSON.readTree(post(KEY, MASK, body(LEEDS, token)).body());
            pages.add(page);
            token = page.path("nextPageToken").asText(null);
        } while (token != null);

        assertThat(pages).hasSize(3);
        assertThat(pages).allSatisfy(p -> assertThat(p.path("places")).hasSize(20));
        Set<String> ids = new HashSet<>();
        pages.forEach(p -> p.path("places").forEach(place -> ids.add(place.path("id").asText())));
        assertThat(ids).hasSize(60);
        assertThat(roster.studios()).hasSizeGreaterThan(60);
    }

    @Test
    void returnsOnlyPlacesInsideTheRectangleAndOnlyTheMaskedFields() throws Exception {
        // Kirkstall Kin sits alone to the north-west of the centre
        HttpResponse<String> response = post(KEY, "places.id,places.displayName",
                body(rectangle(53.815, -1.61, 53.825, -1.595), null));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode place = JSON.readTree(response.body()).path("places").get(0);
        assertThat(JSON.readTree(response.body()).path("places")).hasSize(1);
        assertThat(place.path("id").asText()).isEqualTo("SAMPLE_KIRKSTALL_KIN");
        assertThat(place.path("displayName").path("text").asText()).isEqualTo("Kirkstall Kin Tattoo");
        assertThat(place.path("displayName").path("languageCode").asText()).isEqualTo("en");
        assertThat(iterable(place.fieldNames())).containsExactlyInAnyOrder("id", "displayName");
    }

    @Test
    void givesWebsitesOnlyToStudiosThatHaveOne() throws Exception {
        String all = "places.id,places.websiteUri,places.formattedAddress,places.location,places.types,"
                + "places.businessStatus,places.internationalPhoneNumber";
        JsonNode places = JSON.readTree(post(KEY, all, body(LEEDS, null)).body()).path("places");
        for (JsonNode place : places) {
            Roster.Studio studio = roster.studios().stream()
                    .filter(s -> s.placeId().equals(place.path("id").asText())).findFirst().orElseThrow();
            assertThat(place.has("websiteUri")).as(studio.key()).isEqualTo(studio.website());
            if (studio.website()) {
                assertThat(place.path("websiteUri").asText()).isEqualTo("http://127.0.0.1:1/" + studio.key() + "/");
            }
            assertThat(place.path("location").path("latitude").asDouble()).isEqualTo(studio.lat());
            assertThat(place.path("businessStatus").asText()).isEqualTo("OPERATIONAL");
            assertThat(place.path("types").get(0).asText()).isEqualTo("body_art_service");
            assertThat(place.path("internationalPhoneNumber").asText()).startsWith("+44 113 496 0");
            assertThat(place.path("formattedAddress").asText()).endsWith(", UK");
        }
        assertThat(places.findValuesAsText("websiteUri")).isNotEmpty();
    }

    @Test
    void anEmptyAreaAnswersAnEmptyObjectLikeGoogle() throws Exception {
        HttpResponse<String> response = post(KEY, MASK, body(rectangle(51.0, -1.0, 51.1, -0.9), null));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(response.body()).size()).isZero();
    }

    @Test
    void refusesMissingOrWrongKeysAndMissingFieldMasksWithGooglesErrorShape() throws Exception {
        assertError(post(null, MASK, body(LEEDS, null)), 403, "PERMISSION_DENIED");
        assertError(post("wrong", MASK, body(LEEDS, null)), 400, "INVALID_ARGUMENT");
        assertError(post(KEY, null, body(LEEDS, null)), 400, "INVALID_ARGUMENT");
        assertError(post(KEY, "places.nonsense", body(LEEDS, null)), 400, "INVALID_ARGUMENT");
        assertError(post(KEY, MASK, "{\"textQuery\":"), 400, "INVALID_ARGUMENT");
    }

    @Test
    void aPageTokenOnlyWorksWithTheRequestThatIssuedIt() throws Exception {
        String token = JSON.readTree(post(KEY, MASK, body(LEEDS, null)).body()).path("nextPageToken").asText();
        assertThat(post(KEY, MASK, body(LEEDS, token)).statusCode()).isEqualTo(200);
        assertError(post(KEY, MASK, body(rectangle(53.7, -1.8, 53.9, -1.3), token)), 400, "INVALID_ARGUMENT");
        assertError(post(KEY, MASK, body(LEEDS, "made-up")), 400, "INVALID_ARGUMENT");
    }

    @Test
    void injectedFaultsReplaceTheNextAnswersInOrder() throws Exception {
        server.injectFaults(PlacesFault.throttled(2), PlacesFault.serverError(), PlacesFault.malformedJson());

        HttpResponse<String> throttled = post(KEY, MASK, body(LEEDS, null));
        assertError(throttled, 429, "RESOURCE_EXHAUSTED");
        assertThat(throttled.headers().firstValue("retry-after")).hasValue("2");
        assertError(post(KEY, MASK, body(LEEDS, null)), 500, "INTERNAL");
        HttpResponse<String> malformed = post(KEY, MASK, body(LEEDS, null));
        assertThat(malformed.statusCode()).isEqualTo(200);
        assertThat(malformed.body()).startsWith("{\"places\"").doesNotEndWith("}");
        assertThat(post(KEY, MASK, body(LEEDS, null)).statusCode()).isEqualTo(200);
    }

    @Test
    void recordsEveryRequestWithItsHeaders() throws Exception {
        post(KEY, MASK, body(LEEDS, null));
        client.send(HttpRequest.newBuilder(server.baseUri().resolve("/v1/places:other")).GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(server.requests()).hasSize(2);
        Fixture.RecordedRequest first = server.requests().get(0);
        assertThat(first.method()).isEqualTo("POST");
        assertThat(first.pathAndQuery()).isEqualTo("/v1/places:searchText");
        assertThat(first.headers()).containsEntry("x-goog-fieldmask", MASK);
        assertThat(server.searchRequests()).isEqualTo(1);
        assertThat(server.baseUri().getHost()).isEqualTo("127.0.0.1");
    }

    private HttpResponse<String> post(String key, String mask, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.baseUri().resolve("/v1/places:searchText"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (key != null) {
            request.header("X-Goog-Api-Key", key);
        }
        if (mask != null) {
            request.header("X-Goog-FieldMask", mask);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertError(HttpResponse<String> response, int code, String status) throws IOException {
        assertThat(response.statusCode()).isEqualTo(code);
        JsonNode error = JSON.readTree(response.body()).path("error");
        assertThat(error.path("code").asInt()).isEqualTo(code);
        assertThat(error.path("status").asText()).isEqualTo(status);
        assertThat(error.path("message").asText()).isNotBlank();
    }

    private static String body(String rectangle, String pageToken) throws IOException {
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("textQuery", "tattoo studio");
        body.put("includedType", "body_art_service");
        body.put("pageSize", 20);
        if (pageToken != null) {
            body.put("pageToken", pageToken);
        }
        body.put("locationRestriction", JSON.readTree(rectangle));
        return JSON.writeValueAsString(body);
    }

    private static String rectangle(double south, double west, double north, double east) {
        return "{\"rectangle\":{\"low\":{\"latitude\":" + south + ",\"longitude\":" + west + "},"
                + "\"high\":{\"latitude\":" + north + ",\"longitude\":" + east + "}}}";
    }

    private static <T> List<T> iterable(java.util.Iterator<T> iterator) {
        List<T> list = new ArrayList<>();
        iterator.forEachRemaining(list::add);
        return list;
    }
}
