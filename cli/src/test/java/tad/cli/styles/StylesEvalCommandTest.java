package tad.cli.styles;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class StylesEvalCommandTest {

    private static final String LABELLED = """
            {"bio": "blackwork #blackwork", "styles": ["blackwork"]}
            {"bio": "dotwork #neotrad", "styles": ["dotwork", "neo-traditional"]}

            {"bio": "realism", "captions": [], "styles": []}
            """;

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String stdin, String... args) {
        StylesEvalCommand command = new StylesEvalCommand(KeywordEnricher::new, OfflinePluginContext::create,
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        return new CommandLine(command).setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
    }

    @Test
    void reportsMicroAndPerStyleFiguresNextToTheLiteralRule() throws IOException {
        Path file = Files.writeString(dir.resolve("dev.jsonl"), LABELLED);

        int exit = run("", file.toString());

        assertThat(exit).isZero();
        // inference: tp=2 (blackwork, dotwork) fp=1 (realism) fn=1 (neo-traditional): P=R=F1=0.667, 3 gold labels
        // literal rule: predicts "blackwork" (right) and "neotrad" (never a slug): P=0.5 R=0.333 F1=0.4
        assertThat(out.toString()).contains("3 labelled profiles")
                .containsPattern("MICRO +0\\.667 +0\\.667 +0\\.667 +3 +0\\.500 +0\\.333 +0\\.400")
                .containsPattern("blackwork +1\\.000 +1\\.000 +1\\.000 +1 +1\\.000 +1\\.000 +1\\.000")
                .containsPattern("neo-traditional +- +0\\.000 +0\\.000 +1 +- +0\\.000 +0\\.000")
                .containsPattern("realism +0\\.000 +- +0\\.000 +0 ")
                .contains(file + ":2 missed=[neo-traditional] extra=[]")
                .contains(file + ":4 missed=[] extra=[realism]")
                .contains("targets (issue 18): precision >= 0.90, micro-F1 >= 0.85 (0.90 on the author's sets): "
                        + "BELOW TARGET");
    }

    @Test
    void reportsEachFileUnderTheSplitItsManifestNames() throws IOException {
        Files.writeString(dir.resolve("splits.txt"), "# file = split\ndev.jsonl = tuning\ntest.jsonl = held-out\n");
        Path dev = Files.writeString(dir.resolve("dev.jsonl"), LABELLED);
        Path test = Files.writeString(dir.resolve("test.jsonl"), "{\"bio\": \"blackwork\", \"styles\": [\"blackwork\"]}\n");
        Path adHoc = Files.createDirectory(dir.resolve("ad-hoc")); // no splits.txt beside it
        Path other = Files.writeString(adHoc.resolve("other.jsonl"), "{\"bio\": \"dotwork\", \"styles\": []}\n");

        assertThat(run("", "--min-f1", "0.9", dev.toString(), test.toString(), other.toString())).isEqualTo(1);

        assertThat(out.toString()).contains("== " + dev + " (split: tuning): 3 labelled profiles",
                        "== " + test + " (split: held-out): 1 labelled profiles",
                        "== " + other + " (split: unnamed split): 1 labelled profiles")
                .containsPattern("(?s)held-out.*MICRO +1\\.000 +1\\.000 +1\\.000 +1 [^\n]*\ntargets [^\n]*: met\n");
        assertThat(err.toString()).contains(dev + " (tuning) micro-F1 0.667 is below --min-f1 0.900")
                .doesNotContain(test + " (held-out)");
    }

    @Test
    void readsStdinWhenNoFileIsGiven() {
        assertThat(run(LABELLED)).isZero();
        assertThat(out.toString()).contains("3 labelled profiles", "-:2 missed=[neo-traditional]");
    }

    @Test
    void minF1GatesTheExitCode() throws IOException {
        Path file = Files.writeString(dir.resolve("dev.jsonl"), LABELLED);

        assertThat(run("", "--min-f1", "0.6", file.toString())).isZero();
        assertThat(run("", "--min-f1", "0.85", file.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("micro-F1 0.667 is below --min-f1 0.850");
    }

    @Test
    void stopsAtABadOrUnlabelledLineNamingIt() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.jsonl"), "{\"bio\": \"x\", \"styles\": []}\n{oops\n");
        Path unlabelled = Files.writeString(dir.resolve("unlabelled.jsonl"), "{\"bio\": \"blackwork\"}\n");

        assertThat(run("", bad.toString())).isEqualTo(1);
        assertThat(err.toString()).contains(bad + ":2: not JSON");
        assertThat(run("", unlabelled.toString())).isEqualTo(1);
        assertThat(err.toString()).contains(unlabelled + ":1: no \"styles\" field");
    }
}
