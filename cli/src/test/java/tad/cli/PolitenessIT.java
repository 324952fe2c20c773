package tad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tad.samplecity.Fixture;
import tad.samplecity.Roster;
import tad.samplecity.SampleCityServer;

/**
 * One clock per host for the whole crawl: the sample city crawled through the real CLI with a 150 ms per-host
 * interval, then every fixture server's own request log is read. No two requests reached the Places API, a studio
 * site, the Graph API, or Instagram's web API and image CDN closer together than the interval, although studios are
 * crawled four at a time and pages, profiles and images are fetched by different plugins and threads.
 */
class PolitenessIT {
    private static final Duration INTERVAL = Duration.ofMillis(150);

    @TempDir
    Path data;

    @Test
    void noFixtureIsAskedTwiceWithinTheHostInterval() {
        try (SampleCityServer city = SampleCityServer.start()) {
            Map<String, String> env = SampleCityCrawlIT.baseEnv(data);
            env.putAll(city.crawlEnvironment());
            env.put("TAD_HOST_DELAY_MS", Long.toString(INTERVAL.toMillis()));
            Run crawl = Run.tad(env, "crawl", "--city", "leeds");
            assertThat(crawl.code()).as(crawl.err()).isZero();

            assertSpaced("Places", city.places().requests());
            assertSpaced("Graph API", city.graph().requests());
            List<Fixture.RecordedRequest> instagram = city.instagram().requests();
            assertThat(instagram).as("images come from the CDN").anyMatch(r -> r.pathAndQuery().startsWith("/cdn/"));
            assertSpaced("Instagram and its CDN", instagram);
            for (Roster.Studio studio : city.roster().studiosWithWebsites()) {
                assertSpaced(studio.key(), city.site(studio.key()).orElseThrow().requests());
            }
        }
    }

    private static void assertSpaced(String host, List<Fixture.RecordedRequest> requests) {
        assertThat(requests).as(host + " was asked at least twice").hasSizeGreaterThan(1);
        List<Fixture.RecordedRequest> inOrder = requests.stream()
                .sorted(Comparator.comparingLong(Fixture.RecordedRequest::receivedAtNanos)).toList();
        for (int i = 1; i < inOrder.size(); i++) {
            Duration gap = Duration.ofNanos(inOrder.get(i).receivedAtNanos() - inOrder.get(i - 1).receivedAtNanos());
            assertThat(gap).as(host + ": gap before " + inOrder.get(i).method() + " " + inOrder.get(i).pathAndQuery())
                    .isGreaterThanOrEqualTo(INTERVAL);
        }
    }
}
