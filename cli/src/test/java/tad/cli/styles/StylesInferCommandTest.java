package tad.cli.styles;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class StylesInferCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String stdin, String... args) {
        StylesInferCommand command = new StylesInferCommand(KeywordEnricher::new, OfflinePluginContext::create,
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        return new CommandLine(command).setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
    }

    @Test
    void writesOneLinePerProfileInOrder() {
        int exit = run("""
                {"bio": "blackwork and dotwork"}
                {"bio": "", "captions": ["realism", "more realism"]}
                {"bio": "nothing here", "handle": "ignored"}
                """);

        assertThat(exit).isZero();
        assertThat(out.toString().lines()).containsExactly(
                "{\"styles\":[\"blackwork\",\"dotwork\"]}",
                "{\"styles\":[\"realism\"]}",
                "{\"styles\":[]}");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void aBadLineGetsAnErrorLineInItsPlaceAndExitCodeOne() {
        int exit = run("""
                {"bio": "blackwork"}
                {"bio": "dotwork"
                ["not", "an", "object"]
                {"bio": 42}
                {"captions": "realism"}

                {"bio": "realism"}
                """);

        assertThat(exit).isEqualTo(1);
        assertThat(out.toString().lines()).hasSize(7);
        assertThat(out.toString().lines().toList().get(0)).isEqualTo("{\"styles\":[\"blackwork\"]}");
        assertThat(out.toString().lines().toList().get(1)).startsWith("{\"line\":2,\"error\":\"not JSON");
        assertThat(out.toString().lines().toList().get(2)).contains("\"line\":3", "expected a JSON object");
        assertThat(out.toString().lines().toList().get(3)).contains("\"line\":4", "\\\"bio\\\" must be a string");
        assertThat(out.toString().lines().toList().get(4)).contains("\"line\":5", "\\\"captions\\\" must be an array");
        assertThat(out.toString().lines().toList().get(5)).contains("\"line\":6", "empty line");
        assertThat(out.toString().lines().toList().get(6)).isEqualTo("{\"styles\":[\"realism\"]}");
        assertThat(err.toString()).contains("5 of 7 lines");
    }

    @Test
    void evidenceOptionAddsHashtagsAndWhy() {
        run("{\"bio\": \"#bng blackwork\"}\n", "--evidence");

        assertThat(out.toString().strip()).isEqualTo("{\"styles\":[\"blackwork\"],\"hashtags\":[\"bng\"],"
                + "\"evidence\":[{\"style\":\"blackwork\",\"mentions\":1,\"where\":[\"bio:blackwork\"]}]}");
    }

    @Test
    void emptyInputGivesEmptyOutput() {
        assertThat(run("")).isZero();
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void helpDescribesTheFormats() {
        assertThat(run("", "--help")).isZero();
        assertThat(out.toString()).contains("{\"bio\": \"...\", \"captions\"", "Exit code");
    }
}
