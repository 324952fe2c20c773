package tad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `tad styles infer|eval` through the real style-inference plugin jar, loaded by PF4J as a crawl loads it. */
class StylesVerbIT {
    @TempDir
    Path data;

    private Map<String, String> env() {
        return SampleCityCrawlIT.baseEnv(data);
    }

    @Test
    void inferWritesOneLinePerInputInOrderAndFlagsBadLines() {
        String input = """
                {"bio":"Neo trad & #blackwork 🖤 | books open #leedstattoo","captions":[]}
                {"bio":"not doing realism, fine line only","captions":["#fineline flowers"]}
                not json
                {"bio":"","captions":["healed #dotwork mandala","more #dotwork today"]}
                """;
        Run run = Run.withInput(input, env(), "styles", "infer");
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out().lines().toList()).containsExactly(
                "{\"styles\":[\"neo-traditional\",\"blackwork\"]}",
                "{\"styles\":[\"fine-line\"]}",
                run.out().lines().toList().get(2),
                "{\"styles\":[\"dotwork\"]}");
        assertThat(run.out().lines().toList().get(2)).startsWith("{\"line\":3,\"error\":\"not JSON");
    }

    @Test
    void evalReportsMicroF1OnLabelledLines() {
        String labelled = """
                {"bio":"#blackwork and dotwork","captions":[],"styles":["blackwork","dotwork"]}
                {"bio":"realistic prices, non-traditional career","captions":[],"styles":[]}
                """;
        Run run = Run.withInput(labelled, env(), "styles", "eval");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).containsIgnoringCase("micro").contains("1.000");
    }
}
