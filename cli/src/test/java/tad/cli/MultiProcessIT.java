package tad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import tad.core.domain.Ids;
import tad.samplecity.SampleCityServer;

/**
 * Issue 16: the embedded default shared by many {@code tad} processes on one data directory, each a separate OS
 * process of the built jar. {@code serve} runs while a crawl, a removal approval (checked through the API and on the
 * data directory's raw bytes within 60 s), a denylist addition and a second area's crawl run beside it; then kill -9
 * of an approval half-way, of serve, of a crawl in progress and of the local data server, each followed by commands
 * that just work.
 */
class MultiProcessIT {
    private static final String REMOVED = "caspian_colour";
    private static final String REMOVED_NAME = "Caspian Lowe";
    private static final String DENIED = "anime.ash.ink";
    private static final String KILLED_APPROVAL = "sigil.sophie";
    private static final String KILLED_APPROVAL_NAME = "Sophie Varga";
    /** Two studios of the sample city's north-west (Hyde's Hall, Kirkstall Kin): a second, small area. */
    private static final String SECOND_AREA = "-1.62,53.812,-1.56,53.822";
    private static final Duration DEADLINE = Duration.ofSeconds(60);
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void manyProcessesShareOneDataDirectoryAndSurviveKills() throws Exception {
        Path data = Files.createTempDirectory("tad-multi-process-it");
        Path logs = Files.createTempDirectory("tad-multi-process-logs");
        try (SampleCityServer city = SampleCityServer.start()) {
            Map<String, String> env = SampleCityCrawlIT.baseEnv(data);
            // the default: the data server is a background process of its own
            env.remove("TAD_DATA_SERVER");
            env.putAll(city.crawlEnvironment());
            try (TadProcesses tad = new TadProcesses(env, logs, TadProcesses.Via.JAR)) {
                TadProcesses.Running serve = tad.start("serve", "--port", "0");
                String base = serve.awaitServing(Duration.ofMinutes(2));

                TadProcesses.Running crawl = tad.run("crawl", "--city", "leeds");
                assertThat(crawl.code()).as(crawl.toString()).isZero();
                String removedId = Ids.artistId(REMOVED);
                await("serve searches what the crawl stored", () -> ids(base + "/api/artists?q=caspian")
                        .contains(removedId));
                // counted over every area: the second area's crawl, running meanwhile, may move artists between them
                int watercolourBefore = facet(base + "/api/artists", "watercolour");

                TadProcesses.Running second = tad.start("crawl", "--bbox", SECOND_AREA, "--label", "Headingley");
                String requestId = fileRemoval(base, REMOVED, REMOVED_NAME);
                TadProcesses.Running approve = tad.run("removals", "approve", requestId);
                assertThat(approve.code()).as(approve.toString()).isZero();
                // approve returned: the artist is already out of the API, search and facets
                assertThat(status(base + "/api/artists/" + removedId)).isEqualTo(404);
                assertThat(ids(base + "/api/artists?q=caspian")).doesNotContain(removedId);
                assertThat(facet(base + "/api/artists", "watercolour")).isEqualTo(watercolourBefore - 1);
                await("no byte of the handle or the name under the data directory",
                        () -> fileContaining(data, REMOVED).isEmpty() && fileContaining(data, REMOVED_NAME).isEmpty());

                TadProcesses.Running deny = tad.run("denylist", "add", "@" + DENIED);
                assertThat(deny.code()).as(deny.toString()).isZero();
                assertThat(status(base + "/api/artists/" + Ids.artistId(DENIED))).isEqualTo(404);
                assertThat(ids(base + "/api/artists?q=ash")).doesNotContain(Ids.artistId(DENIED));

                assertThat(second.await(Duration.ofMinutes(5))).as(second.toString()).isZero();
                assertThat(second.out()).contains("completed");
                assertThat(tad.allErrors()).as("no process saw a lock or failed because another ran")
                        .doesNotContainIgnoringCase("locked").doesNotContain("LockObtainFailed")
                        .doesNotContain("Exception").doesNotContain("\tat ");

                killAnApprovalHalfWay(tad, base, data);

                // kill -9 of serve: a new one answers on the same data
                serve.kill9();
                serve = tad.start("serve", "--port", "0");
                String again = serve.awaitServing(Duration.ofMinutes(2));
                assertThat(ids(again + "/api/artists?city=Leeds")).isNotEmpty();

                killACrawlInProgress(tad, city, env);

                // kill -9 of the data server: the next command and the running serve go on
                long dataServer = dataServerPid(data);
                ProcessHandle.of(dataServer).orElseThrow().destroyForcibly();
                await("the data server is gone", () -> ProcessHandle.of(dataServer).map(p -> !p.isAlive())
                        .orElse(true));
                TadProcesses.Running status = tad.run("index", "status");
                assertThat(status.code()).as(status.toString()).isZero();
                assertThat(status.out()).contains("documents: ");
                String someone = ids(again + "/api/artists?city=Leeds").get(0);
                await("serve reads the store again", () -> status(again + "/api/artists/" + someone) == 200);

                // a clean stop of everything, then a clean start
                serve.process.destroy();
                serve.await(DEADLINE);
                long restarted = dataServerPid(data);
                ProcessHandle.of(restarted).orElseThrow().destroy();
                await("the data server stopped on SIGTERM", () -> ProcessHandle.of(restarted).map(p -> !p.isAlive())
                        .orElse(true));
                assertThat(data.resolve("data-server/server.properties")).as("a clean stop leaves no address")
                        .doesNotExist();
                serve = tad.start("serve", "--port", "0");
                String last = serve.awaitServing(Duration.ofMinutes(2));
                assertThat(ids(last + "/api/artists?city=Leeds")).contains(someone).doesNotContain(removedId);
                serve.process.destroy();
                serve.await(DEADLINE);
                ProcessHandle.of(dataServerPid(data)).ifPresent(ProcessHandle::destroy);
            }
        }
    }

    /**
     * kill -9 of an approval once it has denylisted the artist (the profile answers 404) and before it has ended, if
     * it is still running by then: the same approval run again finishes the job — the artist stays out, and no byte
     * of their handle or name remains under the data directory.
     */
    private void killAnApprovalHalfWay(TadProcesses tad, String base, Path data) throws Exception {
        String artistId = Ids.artistId(KILLED_APPROVAL);
        assertThat(status(base + "/api/artists/" + artistId)).isEqualTo(200);
        assertThat(ids(base + "/api/artists?q=sophie")).contains(artistId);
        String requestId = fileRemoval(base, KILLED_APPROVAL, KILLED_APPROVAL_NAME);
        TadProcesses.Running approval = tad.start("removals", "approve", requestId);
        await("the approval denylisted the artist or ended", () -> !approval.process.isAlive()
                || status(base + "/api/artists/" + artistId) == 404);
        approval.kill9();
        TadProcesses.Running again = tad.run("removals", "approve", requestId);
        assertThat(again.code()).as(again.toString()).isZero();
        assertThat(again.out()).containsAnyOf("approved: denylisted and purged", "already approved");
        assertThat(status(base + "/api/artists/" + artistId)).isEqualTo(404);
        assertThat(ids(base + "/api/artists?q=sophie")).doesNotContain(artistId);
        await("no byte of the killed approval's handle or name under the data directory",
                () -> fileContaining(data, KILLED_APPROVAL).isEmpty()
                        && fileContaining(data, KILLED_APPROVAL_NAME).isEmpty());
    }

    /** kill -9 of a crawl half-way: `tad crawls` shows it interrupted, and the next crawl resumes it. */
    private void killACrawlInProgress(TadProcesses tad, SampleCityServer city, Map<String, String> env)
            throws Exception {
        int before = city.graph().discoveryCalls();
        try (TadProcesses slow = new TadProcesses(withDelay(env), Files.createTempDirectory("tad-killed-crawl"),
                TadProcesses.Via.JAR)) {
            TadProcesses.Running crawl = slow.start("crawl", "--city", "leeds");
            await("the crawl fetched profiles", () -> city.graph().discoveryCalls() >= before + 5
                    || !crawl.process.isAlive());
            assertThat(crawl.process.isAlive()).as("the crawl was still running when killed: " + crawl).isTrue();
            crawl.kill9();
        }
        TadProcesses.Running runs = tad.run("crawls");
        assertThat(runs.code()).as(runs.toString()).isZero();
        assertThat(runs.out().lines().filter(l -> l.contains("leeds") || l.contains("Leeds")).findFirst())
                .hasValueSatisfying(newest -> assertThat(newest).contains("INTERRUPTED"));
        TadProcesses.Running resumed = tad.run("crawl", "--city", "leeds");
        assertThat(resumed.code()).as(resumed.toString()).isZero();
        assertThat(resumed.out()).contains("resuming unfinished crawl run");
    }

    private static Map<String, String> withDelay(Map<String, String> env) {
        Map<String, String> slow = new java.util.HashMap<>(env);
        slow.put("TAD_HOST_DELAY_MS", "150");
        return slow;
    }

    private String fileRemoval(String base, String handle, String name) throws Exception {
        HttpResponse<String> filed = http.send(HttpRequest.newBuilder(URI.create(base + "/api/removal-requests"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        "{\"instagramHandle\":\"@" + handle + "\",\"email\":\"requester@example.org\","
                                + "\"reason\":\"I am " + name + " and want to be delisted\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(202);
        return json.readTree(filed.body()).path("id").asText();
    }

    private static long dataServerPid(Path data) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(data.resolve("data-server/server.properties"))) {
            p.load(in);
        }
        return Long.parseLong(p.getProperty("pid"));
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + DEADLINE.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as(what + " within " + DEADLINE).isLessThan(end);
            Thread.sleep(200);
        }
    }

    private int status(String url) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private List<String> ids(String url) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                    HttpResponse.BodyHandlers.ofString());
            List<String> ids = new ArrayList<>();
            if (response.statusCode() == 200) {
                json.readTree(response.body()).path("items").forEach(i -> ids.add(i.path("id").asText()));
            }
            return ids;
        } catch (IOException e) {
            return List.of();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        }
    }

    private int facet(String url, String style) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
        JsonNode facets = json.readTree(response.body()).path("facets").path("styles");
        return facets.path(style).asInt(0);
    }

    /** A file under the folder whose bytes contain the text, case-insensitively. */
    private static Optional<Path> fileContaining(Path folder, String text) {
        byte[] needle = text.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.ISO_8859_1);
        try (var files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                byte[] lower;
                try {
                    lower = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT)
                            .getBytes(StandardCharsets.ISO_8859_1);
                } catch (java.nio.file.NoSuchFileException gone) {
                    continue;  // deleted by the writer between listing and reading
                }
                if (CliTest.indexOf(lower, needle) >= 0) {
                    return Optional.of(file);
                }
            }
            return Optional.empty();
        } catch (java.io.UncheckedIOException | IOException e) {
            // a file vanished while walking (the index writer deletes old segments): look again
            return Optional.of(folder);
        }
    }
}
