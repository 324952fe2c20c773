package tad.serve;

import static org.assertj.core.api.Assertions.assertThat;

import io.helidon.webclient.http1.Http1Client;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * HEAD on every GET route (RFC 9110 9.3.2): pages, the API, media, the sitemap and robots.txt, the metrics, and the
 * problems they answer — the same status and headers as the GET, and no body. Run in memory and on a real port.
 */
abstract class HeadCases extends ApiContract {
    /** Headers that differ between any two answers (the date) or are the connection's own. */
    private static final List<String> PER_ANSWER = List.of("date", "connection", "keep-alive");

    HeadCases(Http1Client client) {
        super(client);
    }

    private static List<String> paths() {
        return List.of("/", "/?style=blackwork", "/artists/" + TestWorld.ANN.artistId(),
                "/artists/" + TestWorld.DENIED.artistId(), "/404.html", "/no/such/page",
                "/api/artists?q=ann", "/api/artists/" + TestWorld.ANN.artistId(), "/api/artists/a0000000000000ff",
                "/api/artists?style=no-such-style", "/api/styles", "/api/health", "/api/openapi.json",
                "/media/" + TestWorld.ANN_THUMB.value(), "/robots.txt", "/sitemap.xml", "/api/nothing-here");
    }

    @Test
    void headAnswersEveryGetRouteWithItsStatusAndHeadersAndNoBody() {
        for (String path : paths()) {
            Reply get = get(path);
            Reply head = head(path);

            assertThat(head.status()).as(path).isEqualTo(get.status());
            assertThat(head.body()).as(path).isEmpty();
            assertThat(comparable(head.headers())).as(path).isEqualTo(comparable(get.headers()));
            assertThat(head.header("Content-Length")).as(path)
                    .isEqualTo(Integer.toString(get.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length));
        }
    }

    @Test
    void headOfTheMetricsHasTheirTypeAndNoBody() {
        Reply head = head("/metrics");

        assertThat(head.status()).isEqualTo(200);
        assertThat(head.header("Content-Type")).isEqualTo("text/plain; version=0.0.4; charset=utf-8");
        assertThat(head.body()).isEmpty();
    }

    @Test
    void otherMethodsAreStillRefusedNamingGetAndHead() {
        Reply put = method("PUT", "/api/styles");

        assertThat(put.status()).isEqualTo(405);
        assertThat(put.header("Allow")).isEqualTo("GET, HEAD");
    }

    private static Map<String, String> comparable(Map<String, String> headers) {
        Map<String, String> kept = new TreeMap<>(headers);
        PER_ANSWER.forEach(kept::remove);
        return kept;
    }
}
