package tad.samplecity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.awt.image.BufferedImage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The fixture answers each roster artist as the roster says, in Instagram's real shapes, over real HTTP. */
class InstagramServerTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static InstagramServer server;

    @BeforeAll
    static void start() {
        server = InstagramServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void everyRosterArtistIsAnsweredAsInstagramAnswersIn2026() throws Exception {
        for (Roster.Artist artist : Roster.load().artists()) {
            HttpResponse<byte[]> response = profile(server, artist.handle());
            switch (artist.instagram()) {
                case "loginwall" -> {
                    assertThat(response.statusCode()).isEqualTo(302);
                    assertThat(response.headers().firstValue("location")).get().asString()
                            .startsWith(server.baseUri() + "/accounts/login/?next=");
                }
                case "wait-401" -> {
                    assertThat(response.statusCode()).isEqualTo(401);
                    assertThat(json(response).get("require_login").asBoolean()).isTrue();
                    assertThat(json(response).get("message").asText()).startsWith("Please wait a few minutes");
                }
                case "throttled-once" -> {
                    assertThat(response.statusCode()).isEqualTo(429);
                    assertThat(response.headers().firstValue("retry-after")).contains("1");
                    assert2026(artist, profile(server, artist.handle()));
                }
                case "ok", "private", "notfound" -> assert2026(artist, response);
                default -> throw new AssertionError("unknown roster behaviour " + artist.instagram());
            }
        }
    }

    /** Professional accounts refused with the deleted-schema 400; personal ones without posts; no account: null. */
    private static void assert2026(Roster.Artist artist, HttpResponse<byte[]> response) throws Exception {
        switch (artist.accountType()) {
            case BUSINESS, CREATOR -> {
                assertThat(response.statusCode()).as(artist.handle()).isEqualTo(400);
                assertThat(json(response).get("message").asText()).isEqualTo("Asset asset://laser.provider/"
                        + "ig_business_category_subvertical has been deleted. You cannot use this schema");
                assertThat(json(response).get("status").asText()).isEqualTo("fail");
            }
            case PERSONAL -> {
                assertThat(response.statusCode()).as(artist.handle()).isEqualTo(200);
                JsonNode user = json(response).at("/data/user");
                assertThat(user.at("/edge_owner_to_timeline_media/edges")).as(artist.handle()).isEmpty();
                assertThat(user.at("/edge_owner_to_timeline_media/count").asInt()).isPositive();
                assertThat(user.get("is_private").asBoolean()).isEqualTo(artist.instagram().equals("private"));
            }
            case NONE -> assertThat(json(response).at("/data/user").isNull()).isTrue();
        }
    }

    @Test
    void theRecordedPayloadsOfPublicProfilesHaveInstagramsShape() throws Exception {
        for (Roster.Artist artist : Roster.load().artists()) {
            if (artist.instagram().equals("ok") && artist.accountType().professional()) {
                assertPublic(artist, recorded(server, artist.handle()));
            }
        }
    }

    @Test
    void theRosterCoversTheShapesTheSourceMustHandle() throws Exception {
        List<String> typenames = new ArrayList<>();
        int mostPosts = 0;
        for (Roster.Artist artist : Roster.load().artists()) {
            if (artist.instagram().equals("ok")) {
                JsonNode edges = recorded(server, artist.handle()).at("/data/user/edge_owner_to_timeline_media/edges");
                edges.forEach(e -> typenames.add(e.at("/node/__typename").asText()));
                mostPosts = Math.max(mostPosts, edges.size());
            }
        }
        assertThat(typenames).contains("GraphImage", "GraphVideo", "GraphSidecar");
        assertThat(mostPosts).as("one artist exercises the 12-image cap").isGreaterThan(12);
    }

    @Test
    void imagesAreRealJpegsOfTheRecordedSizeWithCdnHeaders() throws Exception {
        JsonNode user = recorded(server, "hx_dotwork").at("/data/user");
        List<JsonNode> media = new ArrayList<>();
        user.at("/edge_owner_to_timeline_media/edges").forEach(e -> {
            JsonNode children = e.at("/node/edge_sidecar_to_children/edges");
            if (children.isArray()) {
                children.forEach(c -> media.add(c.get("node")));
            } else {
                media.add(e.get("node"));
            }
        });
        assertThat(media).hasSize(5);
        for (JsonNode node : media) {
            HttpResponse<byte[]> image = get(URI.create(node.get("display_url").asText()));
            assertThat(image.statusCode()).isEqualTo(200);
            assertThat(image.headers().firstValue("content-type")).contains("image/jpeg");
            assertThat(image.headers().firstValue("cross-origin-resource-policy")).contains("same-origin");
            BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(image.body()));
            assertThat(decoded.getWidth()).isEqualTo(node.at("/dimensions/width").asInt());
            assertThat(decoded.getHeight()).isEqualTo(node.at("/dimensions/height").asInt());
        }
        HttpResponse<byte[]> picture = get(URI.create(user.get("profile_pic_url_hd").asText()));
        assertThat(ImageIO.read(new ByteArrayInputStream(picture.body())).getWidth()).isEqualTo(320);
    }

    @Test
    void everyImageOfEveryPublicProfileIsServedAtItsRecordedSize() throws Exception {
        int served = 0;
        for (Roster.Artist artist : Roster.load().artists()) {
            if (!artist.instagram().equals("ok") || artist.accountType() == InstagramAccount.NONE) {
                continue;
            }
            JsonNode user = recorded(server, artist.handle()).at("/data/user");
            List<JsonNode> nodes = new ArrayList<>();
            user.at("/edge_owner_to_timeline_media/edges").forEach(e -> {
                nodes.add(e.get("node"));
                e.at("/node/edge_sidecar_to_children/edges").forEach(c -> nodes.add(c.get("node")));
            });
            for (JsonNode node : nodes) {
                BufferedImage image = ImageIO.read(new ByteArrayInputStream(
                        get(URI.create(node.get("display_url").asText())).body()));
                assertThat(image).as(artist.handle() + " " + node.get("shortcode").asText()).isNotNull();
                assertThat(image.getWidth()).isEqualTo(node.at("/dimensions/width").asInt());
                assertThat(image.getHeight()).isEqualTo(node.at("/dimensions/height").asInt());
                served++;
            }
            assertThat(get(URI.create(user.get("profile_pic_url_hd").asText())).statusCode()).isEqualTo(200);
        }
        assertThat(served).isGreaterThan(100);
    }

    @Test
    void cdnUrlsExpireLikeInstagramsDo() throws Exception {
        MovableClock clock = new MovableClock();
        try (InstagramServer moving = InstagramServer.start(clock)) {
            String url = recorded(moving, "mara.inkwell").at("/data/user/profile_pic_url_hd").asText();
            assertThat(url).containsPattern("[?&]oe=[0-9A-F]{8}&");
            assertThat(get(URI.create(url)).statusCode()).isEqualTo(200);

            clock.now = clock.now.plus(InstagramServer.URL_LIFETIME).plusSeconds(1);

            HttpResponse<byte[]> expired = get(URI.create(url));
            assertThat(expired.statusCode()).isEqualTo(403);
            assertThat(new String(expired.body())).isEqualTo("URL signature expired");
        }
    }

    @Test
    void unknownHandlesAre404AndCallsWithoutTheAppIdAreRefused() throws Exception {
        HttpResponse<byte[]> unknown = profile(server, "no.such.artist");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(json(unknown).at("/data/user").isNull()).isTrue();

        HttpResponse<byte[]> bare = get(URI.create(server.baseUri() + InstagramServer.PROFILE_PATH
                + "?username=mara.inkwell"));
        assertThat(bare.statusCode()).isEqualTo(400);
        assertThat(new String(bare.body())).contains("useragent mismatch");
    }

    @Test
    void theHostileProfileCarriesMarkupAHugeBioAndAFakeImage() throws Exception {
        JsonNode user = json(profile(server, InstagramServer.HOSTILE_HANDLE)).at("/data/user");
        assertThat(user.get("biography").asText()).startsWith("<script>").hasSizeGreaterThan(20_000);
        assertThat(user.get("external_url").asText()).startsWith("javascript:");
        String fake = user.at("/edge_owner_to_timeline_media/edges/1/node/display_url").asText();
        HttpResponse<byte[]> response = get(URI.create(fake));
        assertThat(response.headers().firstValue("content-type")).contains("image/jpeg");
        assertThat(ImageIO.read(new ByteArrayInputStream(response.body()))).as("not really an image").isNull();
        assertThat(Roster.load().artists()).noneMatch(a -> a.handle().equals(InstagramServer.HOSTILE_HANDLE));
    }

    @Test
    void requestsAreRecordedWithTheirHeaders() throws Exception {
        try (InstagramServer fresh = InstagramServer.start()) {
            profile(fresh, "micro.mae");
            assertThat(fresh.requests()).singleElement().satisfies(r -> {
                assertThat(r.method()).isEqualTo("GET");
                assertThat(r.pathAndQuery()).isEqualTo(InstagramServer.PROFILE_PATH + "?username=micro.mae");
                assertThat(r.headers()).containsEntry("x-ig-app-id", "936619743392459");
            });
            assertThat(fresh.profileRequestCount("micro.mae")).isEqualTo(1);
        }
    }

    private static void assertPublic(Roster.Artist artist, JsonNode root) {
        assertThat(root.get("status").asText()).isEqualTo("ok");
        JsonNode user = root.at("/data/user");
        assertThat(user.get("username").asText()).isEqualTo(artist.handle());
        assertThat(user.get("full_name").asText()).isEqualTo(artist.name());
        assertThat(user.get("is_private").asBoolean()).isFalse();
        assertThat(user.get("profile_pic_url_hd").asText()).startsWith(server.baseUri() + "/cdn/v/t51.2885-19/");
        JsonNode edges = user.at("/edge_owner_to_timeline_media/edges");
        assertThat(edges).as(artist.handle()).isNotEmpty();
        for (JsonNode edge : edges) {
            JsonNode node = edge.get("node");
            assertThat(node.fieldNames()).toIterable().as(artist.handle()).contains("__typename", "shortcode",
                    "display_url", "is_video", "taken_at_timestamp", "edge_media_to_caption", "dimensions", "owner");
            assertThat(node.get("display_url").asText()).doesNotContain("{{");
        }
        assertThat(root.toString()).doesNotContain("{{base}}", "{{oe}}");
    }

    private static HttpResponse<byte[]> profile(InstagramServer target, String handle) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(target.baseUri() + InstagramServer.PROFILE_PATH
                        + "?username=" + handle)).header("X-IG-App-ID", "936619743392459").build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The payload the web API served for the handle before July 2026 (the Graph look-alike derives from it). */
    private static JsonNode recorded(InstagramServer target, String handle) throws Exception {
        return MAPPER.readTree(target.recordedPayload(handle).orElseThrow());
    }

    private static HttpResponse<byte[]> get(URI uri) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static JsonNode json(HttpResponse<byte[]> response) throws Exception {
        return MAPPER.readTree(response.body());
    }

    /** A clock the test moves forward to let CDN URLs expire. */
    private static final class MovableClock extends Clock {
        private volatile Instant now = Instant.now();

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
