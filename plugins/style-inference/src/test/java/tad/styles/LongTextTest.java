package tad.styles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import tad.plugin.StyleEvidence;

/**
 * A hostile bio of 100,000 characters is read, not stalled on (DEVELOPERS.md: huge pages are contained). Found by
 * StyleInferencePropertyTest: "b/g n' " repeated to 100,000 characters is one prose sentence of 28,000 mentions, and
 * each mention looked back over the whole sentence for an aside or statement cue (about 1.7 s at 4,000 characters and
 * four times as long at each doubling, so about half an hour at 100,000). The deadline is generous, 60 s for what
 * takes about a second: it only tells "read" from "stalled".
 */
class LongTextTest {

    private static final StyleInferrer INFERRER = new StyleInferrer(StyleData.bundled(), InferenceSettings.DEFAULTS);
    private static final Duration GENEROUS = Duration.ofSeconds(60);

    private static String repeated(String token) {
        return token.repeat(100_000 / token.length() + 1).substring(0, 100_000);
    }

    @Test
    void aHundredThousandCharactersOfOneStyleAreRead() {
        StyleInference found = assertTimeoutPreemptively(GENEROUS, () -> INFERRER.infer(repeated("b/g n' "), List.of()));

        assertThat(found.styles()).containsExactly("black-and-grey");
    }

    @Test
    void aHundredThousandCharactersOfANegatedStyleAreRead() {
        StyleInference found = assertTimeoutPreemptively(GENEROUS,
                () -> INFERRER.infer(repeated("no realism, "), List.of()));

        assertThat(found.styles()).isEmpty();
        assertThat(found.rejected()).extracting(StyleEvidence::style).containsExactly("realism");
    }
}
