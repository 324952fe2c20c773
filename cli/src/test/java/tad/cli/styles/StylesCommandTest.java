package tad.cli.styles;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class StylesCommandTest {

    private final StringWriter out = new StringWriter();

    @Test
    void registersInferAndEvalUnderStyles() {
        CommandLine styles = StylesCommand.commandLine(KeywordEnricher::new, OfflinePluginContext::create,
                new ByteArrayInputStream("{\"bio\": \"dotwork\"}\n".getBytes(StandardCharsets.UTF_8)));
        styles.setOut(new PrintWriter(out));

        assertThat(styles.getSubcommands()).containsOnlyKeys("infer", "eval");
        assertThat(styles.execute("infer")).isZero();
        assertThat(out.toString().strip()).isEqualTo("{\"styles\":[\"dotwork\"]}");
    }

    @Test
    void stylesAloneListsTheVerbs() {
        CommandLine styles = StylesCommand.commandLine(KeywordEnricher::new);
        styles.setOut(new PrintWriter(out));

        assertThat(styles.execute()).isZero();
        assertThat(out.toString()).contains("infer", "eval");
    }

    @Test
    void theEnricherIsOnlyLoadedWhenAVerbRuns() {
        CommandLine styles = StylesCommand.commandLine(() -> {
            throw new AssertionError("--help must not load the plugin");
        });
        styles.setOut(new PrintWriter(out));

        assertThat(styles.execute("infer", "--help")).isZero();
    }
}
