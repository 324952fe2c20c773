package tad.serve;

import static org.assertj.core.api.Assertions.assertThat;

import io.helidon.webserver.WebServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tad.core.config.ServeSettings;
import tad.core.denylist.Denylist;
import tad.core.denylist.DenylistKey;
import tad.core.domain.Artist;
import tad.core.domain.ArtistStatus;
import tad.core.queue.MutableClock;
import tad.core.store.Fixtures;
import tad.search.lucene.LuceneSearchIndex;
import tad.store.dynamodb.DynamoArtistStore;
import tad.store.dynamodb.DynamoConnection;
import tad.store.dynamodb.DynamoDenylistStore;
import tad.store.dynamodb.DynamoRemovalRequestStore;

/**
 * {@code /metrics} on a real port over a store (DynamoDB Local) whose served profiles have known ages: the
 * gauges count them by time since their last fetch, leave out artists who are not served, and are recounted at
 * most once a minute, in the background (a scrape shows the last finished count).
 */
class ProfileAgeMetricsTest {
    private static final Instant NOW = Instant.parse("2026-12-07T09:00:00Z");

    private static Artist fetched(String handle, Optional<Instant> at) {
        return Fixtures.withFetchedAt(Fixtures.artist(handle, Set.of("blackwork"), "Leeds", Set.of()), at);
    }

    @Test
    void servedProfilesAreCountedByAgeAndRecountedAtMostOnceAMinute() throws Exception {
        MutableClock clock = new MutableClock(NOW);
        try (DynamoConnection dynamo = DynamoConnection.inMemory("ProfileAges")) {
            DynamoArtistStore store = new DynamoArtistStore(dynamo);
            List<Artist> artists = List.of(
                    fetched("fresh.one", Optional.of(NOW.minus(Duration.ofHours(1)))),
                    fetched("fresh.two", Optional.of(NOW.minus(Duration.ofHours(23)))),
                    fetched("day.old", Optional.of(NOW.minus(Duration.ofHours(30)))),
                    fetched("three.days", Optional.of(NOW.minus(Duration.ofDays(3)))),
                    fetched("a.month", Optional.of(NOW.minus(Duration.ofDays(30)))),
                    fetched("site.only", Optional.empty()),
                    Fixtures.withStatus(fetched("gone.stale", Optional.of(NOW.minus(Duration.ofDays(40)))),
                            ArtistStatus.STALE));
            artists.forEach(a -> store.upsertArtist(a, List.of()));
            byte[] secret = new byte[32];
            new SecureRandom().nextBytes(secret);
            Dependencies deps = new Dependencies(store,
                    new LuceneSearchIndex(Files.createTempDirectory("tad-ages-index")),
                    new Denylist(new DynamoDenylistStore(dynamo), new DenylistKey(secret), clock),
                    new DynamoRemovalRequestStore(dynamo), Optional.empty(), ServeSettings.defaults(), clock);
            WebServer server = ServeApp.start(0, deps);
            try {
                String metrics = scrapeUntil(server, "tad_served_profiles_counted_at_seconds " + NOW.getEpochSecond());
                assertThat(metrics).contains("# TYPE tad_served_profiles gauge\n",
                        "tad_served_profiles{age=\"under_24h\"} 2\n",
                        "tad_served_profiles{age=\"24h_to_48h\"} 1\n",
                        "tad_served_profiles{age=\"2d_to_7d\"} 1\n",
                        "tad_served_profiles{age=\"over_7d\"} 1\n",
                        "tad_served_profiles{age=\"never_fetched\"} 1\n",
                        "tad_served_profiles_older_than_48h 2\n",
                        "tad_served_profiles_counted_at_seconds " + NOW.getEpochSecond() + "\n");

                store.upsertArtist(fetched("new.arrival", Optional.of(NOW)), List.of());
                clock.advance(Duration.ofSeconds(59));
                assertThat(get(server, "/metrics")).as("counted a moment ago: not counted again")
                        .contains("tad_served_profiles{age=\"under_24h\"} 2\n");
                clock.advance(Duration.ofSeconds(1));
                assertThat(scrapeUntil(server, "tad_served_profiles{age=\"under_24h\"} 3\n")).contains("tad_served_profiles{age=\"under_24h\"} 3\n",
                        "tad_served_profiles_counted_at_seconds " + NOW.plusSeconds(60).getEpochSecond() + "\n");
            } finally {
                server.stop();
            }
        }
    }

    /** Scrapes until the background count shows {@code wanted}; a deadline, not a speed check. */
    private static String scrapeUntil(WebServer server, String wanted) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        String metrics = get(server, "/metrics");
        while (!metrics.contains(wanted) && System.nanoTime() < deadline) {
            Thread.sleep(50);
            metrics = get(server, "/metrics");
        }
        return metrics;
    }

    private static String get(WebServer server, String path) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + server.port() + path)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("content-type")).hasValue("text/plain; version=0.0.4; charset=utf-8");
        return response.body();
    }
}
