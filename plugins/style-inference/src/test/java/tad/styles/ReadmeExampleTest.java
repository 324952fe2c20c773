package tad.styles;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tad.plugin.StyleEvidence;

/** The README's {@code styles infer} examples and parameter table, checked against the code so they cannot drift. */
class ReadmeExampleTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern INPUT = Pattern.compile("echo '(\\{.*})'");

    private final String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    private final StyleInferrer inferrer = new StyleInferrer(StyleData.bundled(), InferenceSettings.DEFAULTS);

    ReadmeExampleTest() throws IOException {
    }

    @Test
    void inferExamplesPrintWhatTheInferrerReturns() throws IOException {
        List<String> inputs = new ArrayList<>();
        Matcher m = INPUT.matcher(readme);
        while (m.find()) {
            inputs.add(m.group(1));
        }
        List<String> outputs = readme.lines().filter(line -> line.startsWith("{\"styles\"")).toList();
        assertThat(inputs).hasSize(2).hasSameSizeAs(outputs);

        for (int i = 0; i < inputs.size(); i++) {
            JsonNode in = JSON.readTree(inputs.get(i));
            JsonNode out = JSON.readTree(outputs.get(i));
            List<String> captions = new ArrayList<>();
            in.path("captions").forEach(c -> captions.add(c.asText()));
            StyleInference result = inferrer.infer(in.path("bio").asText(), captions);

            assertThat(result.styles()).containsExactlyElementsOf(texts(out.path("styles")));
            if (out.has("evidence")) {
                assertThat(result.hashtags()).containsExactlyElementsOf(texts(out.path("hashtags")));
                List<StyleEvidence> evidence = new ArrayList<>();
                out.path("evidence").forEach(e -> evidence.add(new StyleEvidence(e.path("style").asText(),
                        e.path("mentions").asInt(), texts(e.path("where")))));
                assertThat(result.evidence()).containsExactlyElementsOf(evidence);
            }
        }
    }

    @Test
    void parameterTableListsEverySettingWithItsDefault() {
        InferenceSettings d = InferenceSettings.DEFAULTS;
        assertThat(readme).contains("| `bio-weight` |", "| `" + d.bioWeight() + "` |")
                .contains("| `caption-weight` |", "| `" + d.captionWeight() + "` |")
                .contains("| `min-score` |", "| `" + d.minScore() + "` |")
                .contains("| `negation-window` |", "| `" + d.negationWindow() + "` |")
                .contains("| `bio-negation-vetoes` |", "| `" + d.bioNegationVetoes() + "` |");
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(t -> texts.add(t.asText()));
        return texts;
    }
}
