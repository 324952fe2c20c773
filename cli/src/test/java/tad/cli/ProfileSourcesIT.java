package tad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tad.core.domain.Artist;
import tad.core.domain.ArtistStatus;
import tad.core.domain.CrawlReport;
import tad.plugin.Failure;
import tad.samplecity.Fixture;
import tad.samplecity.InstagramServer;
import tad.samplecity.Roster;
import tad.samplecity.SampleCityServer;
import tad.store.dynamodb.DynamoArtistStore;
import tad.store.dynamodb.DynamoConnection;
import tad.store.dynamodb.DynamoCrawlRunStore;

/**
 * The profile sources through the real CLI against the sample city: the Graph API hitting its rate limit, a token
 * refused before and during a crawl, and the logged-out web source as Instagram answers it in 2026.
 */
class ProfileSourcesIT {
    private static final Pattern HANDLE = Pattern.compile("business_discovery\\.username\\(([^)]+)\\)");

    @Test
    void aThrottledCrawlDefersTheRestARefusedTokenTouchesNothingAndTheNextRunsCompleteStalestFirst() throws Exception {
        Path data = Files.createTempDirectory("tad-graph-it");
        try (SampleCityServer city = SampleCityServer.start()) {
            Map<String, String> env = SampleCityCrawlIT.baseEnv(data);
            env.putAll(city.crawlEnvironment());
            Set<String> professional = city.roster().artists().stream().filter(a -> a.accountType().professional())
                    .map(Roster.Artist::handle).collect(Collectors.toSet());

            // 1. Meta throttles after 10 artists for 55 minutes: longer than max-wait, so the rest are deferred
            city.graph().throttleAfter(10, 55);
            Run throttled = Run.tad(env, "crawl", "--city", "leeds");
            assertThat(throttled.code()).as(throttled.err()).isZero();
            assertThat(throttled.out()).contains("completed").contains("deferred: 21");
            // 10 answered, then throttled: at most the calls already in flight (crawl.concurrency 4) go out
            assertThat(city.graph().discoveryCalls()).isBetween(11, 14);
            Set<String> deferred = handles(data, a -> a.lastFailure().map(Failure::reason)
                    .filter(Failure.Reason.DEFERRED::equals).isPresent());
            assertThat(deferred).hasSize(21);
            city.graph().lift();

            // 2. an expired token: one line, exit 1, before any request about an artist; nothing stored changes
            List<Artist> before = artists(data);
            Map<String, String> expired = new java.util.HashMap<>(env);
            expired.put("TAD_PLUGIN_INSTAGRAM_GRAPH_ACCESS_TOKEN", "EAAexpiredTokenOfTheOperator");
            int callsBefore = city.graph().discoveryCalls();
            int placesBefore = city.places().requests().size();
            Run refused = Run.tad(expired, "crawl", "--city", "leeds");
            assertThat(refused.code()).isEqualTo(1);
            assertThat(refused.err().lines().filter(l -> l.startsWith("tad: error:"))).singleElement().asString()
                    .startsWith("tad: error: instagram-graph: Meta refused the Instagram Graph API access token")
                    .contains("error 190/463: it has expired").contains("TAD_PLUGIN_INSTAGRAM_GRAPH_ACCESS_TOKEN")
                    .doesNotContain("EAAexpiredTokenOfTheOperator");
            assertThat(city.graph().discoveryCalls()).isEqualTo(callsBefore);
            assertThat(city.places().requests()).hasSize(placesBefore);
            assertThat(refused.err()).doesNotContain("\tat ");
            assertThat(artists(data)).containsExactlyInAnyOrderElementsOf(before);

            // 3. the token lapses after 3 artists of the next run: stopped at once, saved as interrupted, nobody
            //    marked stale, and the 3 it asked about were the stalest: artists the throttled run deferred
            city.graph().expireTokenAfter(3);
            int askedBefore = discoveryHandles(city).size();
            Run lapsed = Run.tad(env, "crawl", "--city", "leeds");
            assertThat(lapsed.code()).isEqualTo(1);
            assertThat(lapsed.err()).contains("saved as interrupted").doesNotContain("\tat ");
            List<String> asked = discoveryHandles(city);
            assertThat(asked.subList(askedBefore, askedBefore + 3)).as("never-fetched artists first")
                    .allMatch(deferred::contains);
            assertThat(runs(data)).extracting(CrawlReport::status)
                    .containsExactly(CrawlReport.Status.INTERRUPTED, CrawlReport.Status.COMPLETED);
            Set<String> servedBefore = before.stream().filter(a -> a.status().served()).map(Artist::instagramHandle)
                    .collect(Collectors.toSet());
            assertThat(handles(data, a -> a.status().served())).containsAll(servedBefore);
            assertThat(artists(data)).noneMatch(a -> a.status() == ArtistStatus.STALE);
            city.graph().lift();

            // 4. the next run continues the interrupted one and completes what the first deferred
            Run completed = Run.tad(env, "crawl", "--city", "leeds");
            assertThat(completed.code()).as(completed.err()).isZero();
            assertThat(completed.out()).contains("resuming unfinished crawl run");
            assertThat(handles(data, a -> a.status().served() && a.fetchedAt().isPresent())).containsAll(professional);
            assertThat(handles(data, a -> a.lastFailure().map(Failure::reason)
                    .filter(Failure.Reason.DEFERRED::equals).isPresent())).isEmpty();
            assertThat(runs(data).get(0).profileAges().under24h()).isEqualTo(professional.size());
            Run crawls = Run.tad(env, "crawls");
            assertThat(crawls.out()).contains("COMPLETED").contains(professional.size() + "/0/0/0");
            assertThat(city.instagram().requests()).noneMatch(r -> r.pathAndQuery()
                    .startsWith(InstagramServer.PROFILE_PATH));
        }
    }

    @Test
    void theLoggedOutSourceIsRefusedForProfessionalAccountsAndListsNoStaleLink() throws Exception {
        Path data = Files.createTempDirectory("tad-web-it");
        try (SampleCityServer city = SampleCityServer.start()) {
            Map<String, String> env = SampleCityCrawlIT.baseEnv(data);
            env.putAll(city.crawlEnvironment());
            env.put("TAD_PROFILE_SOURCE", "instagram");

            Run crawl = Run.tad(env, "crawl", "--city", "leeds");

            assertThat(crawl.code()).as(crawl.err()).isZero();
            // (not_found also counts studio pages that 404, so the stale link is checked on the artist below)
            assertThat(crawl.out()).contains("source_refused: 26");
            Artist stale = artist(data, "nyx.geometry");
            assertThat(stale.lastFailure()).map(Failure::reason).contains(Failure.Reason.NOT_FOUND);
            assertThat(stale.status().served()).as("a link to a handle that does not exist is not listed").isFalse();
            Artist personal = artist(data, "orrin.gale.ink");
            assertThat(personal.status()).isEqualTo(ArtistStatus.ACTIVE);
            assertThat(personal.bio()).isNotBlank();
            assertThat(artist(data, "mara.inkwell").lastFailure()).map(Failure::reason)
                    .contains(Failure.Reason.SOURCE_REFUSED);
            assertThat(city.graph().requests()).as("the Graph API is not used").isEmpty();
        }
    }

    private static Artist artist(Path data, String handle) {
        return artists(data).stream().filter(a -> a.instagramHandle().equals(handle)).findFirst().orElseThrow();
    }

    private static Set<String> handles(Path data, java.util.function.Predicate<Artist> which) {
        return artists(data).stream().filter(which).map(Artist::instagramHandle).collect(Collectors.toSet());
    }

    private static List<Artist> artists(Path data) {
        try (LocalStore local = LocalStore.open(data)) {
            DynamoConnection dynamo = local.dynamo();
            return new DynamoArtistStore(dynamo).artists(Optional.empty(), 1000).items();
        }
    }

    private static List<CrawlReport> runs(Path data) {
        try (LocalStore local = LocalStore.open(data)) {
            DynamoConnection dynamo = local.dynamo();
            return new DynamoCrawlRunStore(dynamo).recentReports(10);
        }
    }


    /** The handles Business Discovery was asked about, in the order the calls arrived. */
    private static List<String> discoveryHandles(SampleCityServer city) {
        return city.graph().requests().stream().map(Fixture.RecordedRequest::pathAndQuery)
                .map(q -> java.net.URLDecoder.decode(q, java.nio.charset.StandardCharsets.UTF_8))
                .map(HANDLE::matcher).filter(Matcher::find).map(m -> m.group(1)).toList();
    }
}
