package tad.styles;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Cues of two or more words match as wholes in every cue file: "these days" (a contrast of aside-cues.txt) and
 * "rather than" (a negation) never matched while each token was compared with the whole phrase.
 */
class CuePhrasesTest {

    private final StyleInferrer inferrer = new StyleInferrer(StyleData.bundled(), InferenceSettings.DEFAULTS);

    private List<String> styles(String bio) {
        return inferrer.infer(bio, List.of()).styles();
    }

    @Test
    void aPhraseMatchesOnWholeTokensEndingOrStartingWhereAsked() {
        CuePhrases cues = CuePhrases.of(List.of("these days", "used to"));
        List<Token> tokens = Tokenizer.tokenize("I used to, these days #these days");

        assertThat(cues.endingAt(tokens, 3, 0)).isEqualTo("used to");
        assertThat(cues.endingAt(tokens, 3, 2)).as("starts before from").isNull();
        assertThat(cues.endingAt(tokens, 5, 0)).isEqualTo("these days");
        assertThat(cues.startsAt(tokens, 3, tokens.size())).isTrue();
        assertThat(cues.startsAt(tokens, 3, 4)).as("ends after the limit").isFalse();
        assertThat(cues.startsAtInClause(tokens, 5)).as("a hashtag is no cue word").isFalse();
        assertThat(cues.endsAtInClause(tokens, 2)).isTrue();
    }

    @Test
    void aContrastOfTwoWordsEndsAPastCuesList() {
        assertThat(styles("Used to do realism, these days blackwork")).containsExactly("blackwork");
        assertThat(styles("Used to do realism, nowadays blackwork")).containsExactly("blackwork");
    }

    @Test
    void aNegationOfTwoWordsNegates() {
        assertThat(styles("Fine line rather than realism")).containsExactly("fine-line");
        assertThat(styles("Blackwork instead of colour realism")).containsExactly("blackwork");
        assertThat(styles("Feine Linien statt Realistik")).containsExactly("fine-line");
        assertThat(styles("Fineline en lugar de realismo")).containsExactly("fine-line");
    }
}
