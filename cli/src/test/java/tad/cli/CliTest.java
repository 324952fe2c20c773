package tad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
    @TempDir
    Path data;

    private Map<String, String> env(String... pairs) {
        Map<String, String> env = new HashMap<>();
        env.put("TAD_DATA_DIR", data.toString());
        env.put("TAD_DATA_SERVER", "in-process");
        for (int i = 0; i < pairs.length; i += 2) {
            env.put(pairs[i], pairs[i + 1]);
        }
        return env;
    }

    @Test
    void helpListsEveryVerbAndEveryVerbHasHelp() {
        Run help = Run.tad(env(), "--help");
        assertThat(help.code()).isZero();
        for (String verb : new String[] {"config", "denylist", "crawl", "crawls", "plugins", "styles", "sample-city",
                "index", "removals", "serve", "demo", "worker"}) {
            assertThat(help.out()).contains(verb);
            Run verbHelp = Run.tad(env(), verb, "--help");
            assertThat(verbHelp.code()).as(verb + " --help").isZero();
            assertThat(verbHelp.out()).contains("Usage: tad " + verb);
        }
    }

    @Test
    void versionNamesTheProgramAndJava() {
        Run version = Run.tad(env(), "--version");
        assertThat(version.code()).isZero();
        assertThat(version.out()).startsWith("tad ").contains("Java ");
    }

    @Test
    void usageErrorsExitWithTwoAndFailuresWithOneOnASingleLine() {
        Run unknownVerb = Run.tad(env(), "frobnicate");
        assertThat(unknownVerb.code()).isEqualTo(2);

        Run unknownCity = Run.tad(env(), "crawl", "--city", "leds");
        assertThat(unknownCity.code()).isEqualTo(2);
        assertThat(unknownCity.err()).contains("unknown city 'leds'").contains("did you mean: Leeds");

        Run badBox = Run.tad(env(), "crawl", "--bbox", "1,2,three,4");
        assertThat(badBox.code()).isEqualTo(2);
        assertThat(badBox.err()).contains("'three' is not a number");

        // the plugin itself says what it lacks: core knows no plugin's settings
        Run noKey = Run.tad(env("TAD_PLUGINS_DIR", TestPaths.pluginsDir().toString(), "TAD_PROFILE_SOURCE", "none"),
                "crawl", "--city", "leeds");
        assertThat(noKey.code()).isEqualTo(1);
        assertThat(noKey.err().strip().lines()).hasSize(1);
        assertThat(noKey.err()).startsWith("tad: error: google-places: no API key; set TAD_GOOGLE_API_KEY")
                .doesNotContain("Exception");
    }

    @Test
    void stylesEvalRefusesAMissingFileAndAnUnnamedOrUnknownSplitOnOneLine() throws IOException {
        Path sets = Files.createDirectory(data.resolve("labelled"));
        Files.writeString(sets.resolve("splits.txt"), "a.jsonl = tuning (notes)\nb.jsonl = tunning\n");
        String line = "{\"bio\": \"blackwork\", \"styles\": [\"blackwork\"]}\n";
        for (String name : new String[] {"a.jsonl", "b.jsonl", "c.jsonl"}) {
            Files.writeString(sets.resolve(name), line);
        }

        Run missing = Run.tad(env(), "styles", "eval", sets.resolve("nope.jsonl").toString());
        Run unknown = Run.tad(env(), "styles", "eval", sets.resolve("b.jsonl").toString());
        Run unnamed = Run.tad(env(), "styles", "eval", sets.resolve("a.jsonl").toString(),
                sets.resolve("c.jsonl").toString());

        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("nope.jsonl: no such file");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("unknown split 'tunning' for b.jsonl");
        assertThat(unnamed.code()).isEqualTo(2);
        assertThat(unnamed.err()).contains("c.jsonl has no split in " + sets.resolve("splits.txt"));
        for (Run run : new Run[] {missing, unknown, unnamed}) {
            assertThat(run.err().lines()).as(run.err()).hasSize(1);
            assertThat(run.out()).isEmpty(); // nothing scored before the refusal
        }
    }

    @Test
    void serveSchedulesAreCheckedBeforeAnythingStarts() {
        Run badEvery = Run.tad(env(), "serve", "--crawl", "leeds", "--every", "24");
        assertThat(badEvery.code()).isEqualTo(2);
        assertThat(badEvery.err().strip()).isEqualTo("tad: --every: '24' is not a duration; use a whole number and a "
                + "unit: 30m (minutes), 24h (hours) or 1d (days)");

        Run everyAlone = Run.tad(env(), "serve", "--every", "1d");
        assertThat(everyAlone.code()).isEqualTo(2);
        assertThat(everyAlone.err()).contains("--every needs --crawl CITY[,CITY...]");

        Run misspelt = Run.tad(env(), "serve", "--crawl", "york,leds", "--every", "24h");
        assertThat(misspelt.code()).isEqualTo(2);
        assertThat(misspelt.err()).contains("unknown city 'leds'").contains("did you mean: Leeds");
        Run unknownCity = Run.tad(env(), "serve", "--crawl", "atlantis");
        assertThat(unknownCity.code()).isEqualTo(2);
        assertThat(unknownCity.err()).contains("unknown city 'atlantis'; --crawl takes the cities of the bundled "
                + "gazetteer");
        try (Stream<Path> files = Files.list(data)) {
            assertThat(files).as("nothing was opened").isEmpty();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void badConfigurationIsOneLineNamingTheKey() {
        Run bad = Run.tad(env("TAD_HOST_DELAY_MS", "soon"), "config");
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.err()).contains("host.delay.ms must be a whole number, got 'soon'").doesNotContain("\tat ");
    }

    @Test
    void configShowsOriginsAndMasksSecrets() {
        Run config = Run.tad(env("TAD_GOOGLE_API_KEY", "AIzaSuperSecretValue", "TAD_HOST_DELAY_MS", "250",
                        "TAD_PLUGIN_INSTAGRAM_GRAPH_ACCESS_TOKEN", "EAAGraphSecretValue"),
                "config", "--places-url", "http://127.0.0.1:9999");
        assertThat(config.code()).isZero();
        assertThat(config.out()).doesNotContain("AIzaSuperSecretValue").doesNotContain("EAAGraphSecretValue")
                .contains("plugin.instagram-graph.access-token = ****** (set)")
                .contains("profile.source = instagram-graph  (default, TAD_PROFILE_SOURCE)")
                .contains("google.api.key = ****** (set)")
                .contains("host.delay.ms = 250  (environment, TAD_HOST_DELAY_MS)")
                .contains("places.url = http://127.0.0.1:9999  (flag, TAD_PLACES_URL)")
                .contains("data.dir = " + data + "  (environment, TAD_DATA_DIR)")
                .contains("instagram.url = https://www.instagram.com  (default, TAD_INSTAGRAM_URL)");
    }

    @Test
    void denylistKeepsOnlyKeyedHashesAndSurvivesARestart() throws IOException {
        Run add = Run.tad(env(), "denylist", "add", "https://www.instagram.com/Some.Artist/?hl=en");
        assertThat(add.code()).as(add.err()).isZero();
        Run again = Run.tad(env(), "denylist", "add", "@some.artist");
        assertThat(again.code()).isZero();

        Run list = Run.tad(env(), "denylist", "list");
        assertThat(list.code()).isZero();
        assertThat(list.out()).contains("2 entries").doesNotContainIgnoringCase("some.artist");
        assertThat(list.out().lines().filter(l -> l.matches("[0-9a-f]{64} .*"))).hasSize(2);
        assertThat(rawDataContains("some.artist")).isFalse();
        assertThat(rawDataContains("Some.Artist")).isFalse();

        Run notAHandle = Run.tad(env(), "denylist", "add", "https://www.instagram.com/p/Cx1abc/");
        assertThat(notAHandle.code()).isEqualTo(2);

        Run remove = Run.tad(env(), "denylist", "remove", "some.artist");
        assertThat(remove.out()).contains("removed");
        assertThat(Run.tad(env(), "denylist", "list").out()).contains("0 entries");
    }

    private boolean rawDataContains(String text) throws IOException {
        byte[] needle = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        try (Stream<Path> files = Files.walk(data)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                if (indexOf(Files.readAllBytes(file), needle) >= 0) {
                    return true;
                }
            }
        }
        return false;
    }

    static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
