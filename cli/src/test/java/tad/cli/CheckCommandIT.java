package tad.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tad.samplecity.SiteServer;

/**
 * `tad check URL` on recorded studio sites served over real HTTP, through the real CLI and plugin jar: the JSON
 * document is compared with the expected one in {@code src/test/resources/check/} (the server's address written
 * as {@code {{base}}}), and the site's request log shows that a dry run asks for nothing twice and writes nothing.
 */
class CheckCommandIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path data;

    private Map<String, String> env() {
        Map<String, String> env = SampleCityCrawlIT.baseEnv(data);
        env.put("TAD_PLUGINS_ENABLED", "studio-website");
        return env;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "de-friends-langenfeld     | Friends Tattoo Langenfeld | Langenfeld",
            "fr-shop221                | Shop 221                  | Sainte-Geneviève-des-Bois",
            "sitemap-american-skin-art | American Skin Art         | North Tonawanda",
            "extensionless-artist-pages| Kiln Street Tattoo        | Leeds"})
    void printsWhatACrawlWouldRecord(String site, String name, String city) throws Exception {
        try (SiteServer server = SiteServer.startFromDirectory(sites().resolve(site))) {
            String base = server.baseUri().toString();
            Run run = Run.tad(env(), "check", base + "/", "--name", name, "--city", city, "--json");
            assertThat(run.code()).as(run.err()).isZero();
            JsonNode actual = JSON.readTree(run.out().replace(base, "{{base}}"));
            if (Boolean.getBoolean("tad.check.record")) {
                // -Dtad.check.record=true rewrites the expected documents; review the diff before committing it
                Files.writeString(expectedFile(site), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(actual)
                        + "\n");
            }
            JsonNode expected = JSON.readTree(Files.readString(expectedFile(site)));
            assertThat(actual).as(run.out()).isEqualTo(expected);
            List<String> requested = new ArrayList<>();
            server.requests().forEach(request -> requested.add(request.pathAndQuery()));
            assertThat(requested).doesNotHaveDuplicates();
        }
        try (var files = Files.list(data)) {
            // its log lines go where every command's do (data/logs, docs/operations.md)
            assertThat(files.filter(f -> !f.getFileName().toString().equals("logs")))
                    .as("a dry run writes nothing: no store, no index, no crawl storage left").isEmpty();
        }
    }

    @Test
    void aScriptBuiltRosterIsRenderedWhenTheRendererIsOn() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/chromium")), "no Chromium to render with");
        Path site = TestPaths.root().resolve("plugins/studio-website/src/test/resources/js-sites/js-react-roster");
        Map<String, String> env = env();
        env.put("TAD_RENDER_ENABLED", "true");
        try (SiteServer server = SiteServer.startFromDirectory(site)) {
            String base = server.baseUri().toString();
            Run run = Run.tad(env, "check", base + "/", "--name", "Berserk Tattoos", "--json");
            assertThat(run.code()).as(run.err()).isZero();
            JsonNode actual = JSON.readTree(run.out().replace(base, "{{base}}"));
            if (Boolean.getBoolean("tad.check.record")) {
                Files.writeString(expectedFile("js-react-roster"), JSON.writerWithDefaultPrettyPrinter()
                        .writeValueAsString(actual) + "\n");
            }
            assertThat(actual).as(run.out()).isEqualTo(JSON.readTree(Files.readString(expectedFile("js-react-roster"))));
            assertThat(server.requests()).extracting(r -> r.pathAndQuery()).noneMatch(p -> p.startsWith("/api/visit"));
        }
    }

    @Test
    void textOutputListsArtistsTheStudioAccountAndEveryPageWithItsReason() {
        try (SiteServer server = SiteServer.startFromDirectory(sites().resolve("extensionless-artist-pages"))) {
            Run run = Run.tad(env(), "check", server.baseUri() + "/", "--name", "Kiln Street Tattoo");
            assertThat(run.code()).as(run.err()).isZero();
            assertThat(run.out()).contains("studio account:  @kilnstreettattoo")
                    .containsPattern("Wren Ashby\\s+@wren\\.ashby\\.ink\\s+" + server.baseUri() + "/wren-ashby")
                    .containsPattern("fetched\\s+" + server.baseUri() + "/the-crew\\s+\\(HTTP 200 text/html\\)")
                    .containsPattern("skipped\\s+" + server.baseUri() + "/aftercare\\s+\\(roster pages read");
        }
    }

    @Test
    void aUrlThatIsNotAWebAddressIsAUsageError() {
        Run run = Run.tad(env(), "check", "ftp://studio.example/");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("URL must be an http(s) address");
    }

    static Path sites() {
        return TestPaths.root().resolve("plugins/studio-website/src/test/resources/sites");
    }

    private static Path expectedFile(String site) {
        return TestPaths.root().resolve("cli/src/test/resources/check/" + site + ".json");
    }
}
