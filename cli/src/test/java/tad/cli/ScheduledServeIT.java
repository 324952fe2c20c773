package tad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tad.samplecity.SampleCityServer;

/**
 * `tad serve --crawl leeds --every 1d` as its own process: the background crawl starts with the server; while it
 * runs, a `tad crawl` of the city is refused and a second `serve --crawl leeds` skips it; SIGTERM stops it as
 * INTERRUPTED and the server cleanly; the next start resumes and completes it, the artists are found
 * through the API while it serves, and `tad crawls` lists the run as completed.
 */
class ScheduledServeIT {
    private static final Duration DEADLINE = Duration.ofMinutes(8);
    private static final Pattern SERVING = Pattern.compile("tad: serving on http://localhost:(\\d+)/");

    @TempDir
    Path data;

    @Test
    void theServingProcessCrawlsOnItsScheduleStopsTheCrawlOnSigtermAndResumesItNextTime() throws Exception {
        try (SampleCityServer city = SampleCityServer.start()) {
            Map<String, String> env = SampleCityCrawlIT.baseEnv(data);
            env.putAll(city.crawlEnvironment());
            // slow enough that the first crawl is still fetching profiles while the others try (one profile in 5 s)
            env.put("TAD_HOST_DELAY_MS", "150");
            env.put("TAD_PLUGIN_INSTAGRAM_GRAPH_PER_HOUR", "720");

            Process first = serve(env, "first");
            awaitUntil(() -> city.graph().discoveryCalls() >= 2, "the background crawl fetching profiles");
            // a crawl of the same city from another process is refused while the scheduled one holds the city
            Run beside = Run.tad(env, "crawl", "--city", "leeds");
            assertThat(beside.code()).as(beside.out()).isEqualTo(1);
            assertThat(beside.err()).startsWith("tad: error: a crawl of Leeds is already running");
            // and a second serving process with the same schedule skips it, and serves
            Process other = serve(env, "other");
            awaitUntil(() -> output("other.out").contains("tad: scheduled crawl of Leeds skipped: a crawl of Leeds is "
                    + "already running"), "the second schedule skipping Leeds");
            other.destroy();
            assertThat(other.waitFor(DEADLINE.toSeconds(), TimeUnit.SECONDS)).isTrue();
            assertThat(first.isAlive()).isTrue();
            assertThat(city.graph().discoveryCalls()).as("the first crawl was still running")
                    .isLessThan(city.roster().artists().size());
            first.destroy(); // SIGTERM
            assertThat(first.waitFor(DEADLINE.toSeconds(), TimeUnit.SECONDS)).as("serve stopped on SIGTERM").isTrue();
            assertThat(output("first.out")).contains("tad: scheduled crawl of Leeds interrupted");
            assertThat(output("first.err")).as("stderr of serve").isEmpty();
            Run afterStop = Run.tad(env, "crawls");
            assertThat(afterStop.out()).contains("INTERRUPTED").doesNotContain("COMPLETED").doesNotContain("RUNNING");

            env.put("TAD_HOST_DELAY_MS", "0");
            env.put("TAD_PLUGIN_INSTAGRAM_GRAPH_PER_HOUR", "0");
            Process second = serve(env, "second");
            awaitUntil(() -> output("second.out").contains("tad: scheduled crawl of Leeds completed"),
                    "the resumed background crawl completing");
            int port = port("second.out");
            awaitUntil(() -> searchTotal(port) > 0, "the crawled artists found through /api/artists");
            second.destroy();
            assertThat(second.waitFor(DEADLINE.toSeconds(), TimeUnit.SECONDS)).isTrue();
            assertThat(output("second.err")).as("stderr of serve").isEmpty();

            Run crawls = Run.tad(env, "crawls");
            assertThat(crawls.code()).isZero();
            // one run: the interrupted one, resumed and completed
            assertThat(crawls.out().lines().filter(l -> l.contains("Leeds"))).hasSize(1)
                    .allSatisfy(line -> assertThat(line).contains("COMPLETED"));
        }
    }

    private Process serve(Map<String, String> env, String name) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path jar = TestPaths.root().resolve("cli/target/tad-cli.jar");
        // the flags ./tad passes (ScheduledServeIT does not build the web app that ./tad serve would)
        ProcessBuilder pb = new ProcessBuilder(java, "--enable-native-access=ALL-UNNAMED", "-jar", jar.toString(),
                "serve", "--port", "0", "--crawl", "leeds", "--every", "1d");
        pb.environment().putAll(env);
        pb.redirectOutput(new File(data.toFile(), name + ".out"));
        pb.redirectError(new File(data.toFile(), name + ".err"));
        Process p = pb.start();
        awaitUntil(() -> SERVING.matcher(output(name + ".out")).find() || !p.isAlive(), "serve listening");
        assertThat(p.isAlive()).as(output(name + ".err")).isTrue();
        return p;
    }

    private int port(String file) {
        Matcher m = SERVING.matcher(output(file));
        assertThat(m.find()).isTrue();
        return Integer.parseInt(m.group(1));
    }

    /** Artists in Leeds the running server finds, or -1 while it does not answer. */
    private static int searchTotal(int port) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/api/artists?city=Leeds&size=1")).build(),
                    HttpResponse.BodyHandlers.ofString());
            Matcher total = Pattern.compile("\"total\":\\s*(\\d+)").matcher(response.body());
            return response.statusCode() == 200 && total.find() ? Integer.parseInt(total.group(1)) : -1;
        } catch (java.io.IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private String output(String file) {
        try {
            Path path = data.resolve(file);
            return Files.exists(path) ? Files.readString(path, StandardCharsets.UTF_8) : "";
        } catch (java.io.IOException e) {
            return "";
        }
    }

    private static void awaitUntil(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("waited " + DEADLINE + " for " + what);
            }
            Thread.sleep(200);
        }
    }
}
