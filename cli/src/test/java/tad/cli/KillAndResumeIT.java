package tad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tad.core.domain.Artist;
import tad.core.domain.ArtistStatus;
import tad.core.domain.CrawlReport;
import tad.samplecity.SampleCityServer;
import tad.store.dynamodb.DynamoArtistStore;
import tad.store.dynamodb.DynamoConnection;
import tad.store.dynamodb.DynamoCrawlRunStore;

/** Kills a crawl with SIGKILL half-way and runs it again: the run continues, nothing is duplicated or lost. */
class KillAndResumeIT {

    @Test
    void aKilledCrawlResumesWhereItStopped() throws Exception {
        Path data = Files.createTempDirectory("tad-resume-it");
        try (SampleCityServer city = SampleCityServer.start()) {
            Map<String, String> env = SampleCityCrawlIT.baseEnv(data);
            env.putAll(city.crawlEnvironment());
            env.put("TAD_HOST_DELAY_MS", "150");

            Process crawl = start(env, data);
            long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
            while (profileRequests(city) < 8 && crawl.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertThat(crawl.isAlive()).as("the crawl was still running when killed").isTrue();
            crawl.destroyForcibly().waitFor();
            int beforeKill = profileRequests(city);

            Run resumed = Run.tad(env, "crawl", "--city", "leeds");
            assertThat(resumed.code()).as(resumed.err()).isZero();
            assertThat(resumed.out()).contains("resuming unfinished crawl run");

            try (LocalStore local = LocalStore.open(data)) {
                DynamoConnection dynamo = local.dynamo();
                List<CrawlReport> runs = new DynamoCrawlRunStore(dynamo).recentReports(10);
                assertThat(runs).hasSize(1);
                assertThat(runs.get(0).status()).isEqualTo(CrawlReport.Status.COMPLETED);
                DynamoArtistStore store = new DynamoArtistStore(dynamo);
                List<Artist> artists = store.artists(Optional.empty(), 1000).items();
                assertThat(artists).extracting(Artist::instagramHandle).doesNotHaveDuplicates()
                        .hasSize(city.roster().artists().size());
                for (Artist a : artists) {
                    // an artist listed from their studio's site alone has no Instagram images
                    if (a.status() == ArtistStatus.ACTIVE && a.fetchedAt().isPresent()) {
                        assertThat(store.images(a.artistId())).as(a.artistId() + " images").isNotEmpty();
                    }
                }
            }
            int total = profileRequests(city);
            int uniqueProfiles = city.roster().artists().size();
            // the resumed run fetched only what the killed one had not finished (plus at most the profiles in
            // flight at the kill), not everything again
            assertThat(total - beforeKill).isLessThanOrEqualTo(uniqueProfiles - beforeKill + 6);
            assertThat(total).isLessThan(uniqueProfiles + 10);
        }
    }

    /** Business Discovery calls: the default profile source's one request per artist. */
    private static int profileRequests(SampleCityServer city) {
        return city.graph().discoveryCalls();
    }

    private static Process start(Map<String, String> env, Path data) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path jar = TestPaths.root().resolve("cli/target/tad-cli.jar");
        ProcessBuilder pb = new ProcessBuilder(java, "--enable-native-access=ALL-UNNAMED", "-jar", jar.toString(),
                "crawl", "--city", "leeds");
        pb.environment().putAll(env);
        pb.redirectErrorStream(true);
        pb.redirectOutput(new File(data.toFile(), "killed-crawl.log"));
        return pb.start();
    }
}
