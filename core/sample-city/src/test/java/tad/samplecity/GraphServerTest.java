package tad.samplecity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Graph look-alike answers Business Discovery for every roster artist as Meta would, over real HTTP. */
class GraphServerTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final String FIELDS = "{username,name,biography,website,profile_picture_url,followers_count,"
            + "media_count,media.limit(12){id,caption,media_type,media_url,thumbnail_url,permalink,timestamp,"
            + "children{id,media_type,media_url,thumbnail_url}}}";
    private static InstagramServer instagram;
    private static GraphServer graph;

    @BeforeAll
    static void start() {
        instagram = InstagramServer.start();
        graph = GraphServer.start(instagram);
    }

    @AfterAll
    static void stop() {
        graph.close();
        instagram.close();
    }

    @Test
    void professionalAccountsAreReadAndTheOthersAre110() throws Exception {
        for (Roster.Artist artist : Roster.load().artists()) {
            HttpResponse<byte[]> response = discover(artist.handle(), GraphServer.ACCESS_TOKEN, GraphServer.USER_ID);
            JsonNode root = MAPPER.readTree(response.body());
            if (artist.accountType().professional()) {
                assertThat(response.statusCode()).as(artist.handle()).isEqualTo(200);
                JsonNode account = root.get("business_discovery");
                assertThat(account.get("username").asText()).isEqualTo(artist.handle());
                assertThat(account.get("name").asText()).isEqualTo(artist.name());
                assertThat(account.get("media_count").asInt()).isPositive();
                assertThat(account.at("/media/data").size()).isBetween(1, 12);
                assertThat(account.at("/media/paging/cursors/after").asText()).isNotBlank();
                assertThat(root.get("id").asText()).isEqualTo(GraphServer.USER_ID);
                for (JsonNode post : account.at("/media/data")) {
                    assertThat(post.get("permalink").asText()).matches("https://www\\.instagram\\.com/p/[A-Za-z0-9_-]+/");
                    assertThat(post.get("timestamp").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+0000");
                    assertThat(post.get("media_type").asText()).isIn("IMAGE", "VIDEO", "CAROUSEL_ALBUM");
                }
            } else {
                assertThat(response.statusCode()).as(artist.handle()).isEqualTo(400);
                JsonNode error = root.get("error");
                assertThat(error.get("code").asInt()).isEqualTo(110);
                assertThat(error.get("error_subcode").asInt()).isEqualTo(2207013);
                assertThat(error.get("type").asText()).isEqualTo("OAuthException");
                assertThat(error.get("fbtrace_id").asText()).isNotBlank();
            }
            assertThat(response.headers().firstValue("x-app-usage")).get().asString().contains("call_count");
            assertThat(response.headers().firstValue("x-business-use-case-usage")).get().asString()
                    .contains("estimated_time_to_regain_access");
        }
    }

    @Test
    void carouselsCarryTheirChildrenAndLicensedAudioHasNoMediaUrl() throws Exception {
        JsonNode media = body(discover("hx_dotwork", GraphServer.ACCESS_TOKEN, GraphServer.USER_ID))
                .at("/business_discovery/media/data");
        JsonNode carousel = null;
        for (JsonNode post : media) {
            if (post.get("media_type").asText().equals("CAROUSEL_ALBUM")) {
                carousel = post;
            }
        }
        assertThat(carousel).isNotNull();
        assertThat(carousel.at("/children/data").size()).isGreaterThan(1);
        JsonNode video = null;
        for (JsonNode post : body(discover("newschool.nico", GraphServer.ACCESS_TOKEN, GraphServer.USER_ID))
                .at("/business_discovery/media/data")) {
            if (post.get("media_type").asText().equals("VIDEO")) {
                video = post;
            }
        }
        assertThat(video).isNotNull();
        assertThat(video.has("media_url")).as("a reel with a licensed song").isFalse();
        assertThat(video.get("thumbnail_url").asText()).startsWith(instagram.baseUri() + "/cdn/");
        HttpResponse<byte[]> cover = HTTP.send(HttpRequest.newBuilder(URI.create(video.get("thumbnail_url").asText()))
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(cover.statusCode()).isEqualTo(200);
    }

    @Test
    void aWrongTokenOrUserIdAndThrottlingAreMetasErrors() throws Exception {
        JsonNode expired = body(discover("mara.inkwell", "EAAexpired", GraphServer.USER_ID)).get("error");
        assertThat(expired.get("code").asInt()).isEqualTo(190);
        assertThat(expired.get("error_subcode").asInt()).isEqualTo(463);
        assertThat(body(discover("mara.inkwell", "garbage", GraphServer.USER_ID)).at("/error/code").asInt()).isEqualTo(190);
        JsonNode wrongUser = body(discover("mara.inkwell", GraphServer.ACCESS_TOKEN, "123")).get("error");
        assertThat(wrongUser.get("code").asInt()).isEqualTo(100);
        assertThat(wrongUser.get("error_subcode").asInt()).isEqualTo(33);

        try (InstagramServer web = InstagramServer.start(); GraphServer throttled = GraphServer.start(web)) {
            throttled.throttleAfter(1, 45);
            assertThat(send(throttled, "mara.inkwell").statusCode()).isEqualTo(200);
            HttpResponse<byte[]> limited = send(throttled, "mara.inkwell");
            assertThat(limited.statusCode()).isEqualTo(400);
            assertThat(body(limited).at("/error/code").asInt()).isEqualTo(80002);
            assertThat(limited.headers().firstValue("x-business-use-case-usage")).get().asString()
                    .contains("\"estimated_time_to_regain_access\":45");
            throttled.lift();
            assertThat(send(throttled, "mara.inkwell").statusCode()).isEqualTo(200);
            assertThat(throttled.discoveryCalls()).isEqualTo(3);
        }
    }

    private static HttpResponse<byte[]> send(GraphServer server, String handle) throws Exception {
        return HTTP.send(request(server.baseUri(), handle, GraphServer.USER_ID)
                .header("Authorization", "Bearer " + GraphServer.ACCESS_TOKEN).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static HttpResponse<byte[]> discover(String handle, String token, String userId) throws Exception {
        return HTTP.send(request(graph.baseUri(), handle, userId).header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static HttpRequest.Builder request(URI base, String handle, String userId) {
        String fields = "business_discovery.username(" + handle + ")" + FIELDS;
        return HttpRequest.newBuilder(URI.create(base + "/v26.0/" + userId + "?fields="
                + URLEncoder.encode(fields, StandardCharsets.UTF_8)));
    }

    private static JsonNode body(HttpResponse<byte[]> response) throws Exception {
        return MAPPER.readTree(response.body());
    }
}
