package tad.styles;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 18, seventh round: a text shaped as running prose (four or more full sentences) reads every sentence as
 * prose, and a sentence about a trend, a style's history, the artist's own tattoos, another artist's or a client's
 * style or a refusal names no style of the artist's; short bios and style lists read as before. Every text here is
 * written for the test.
 */
class RunningProseTest {

    /** Three full sentences of story, so that one more makes the text running prose. */
    private static final String STORY = "After school she studied graphic design for three years in the city. "
            + "Her first job was in a print shop that made posters for local bands. "
            + "A friend showed her a tattoo machine one evening and she was hooked. ";

    private final StyleInferrer inferrer = new StyleInferrer(StyleData.bundled(), InferenceSettings.DEFAULTS);

    private List<String> styles(String text) {
        return inferrer.infer(text, List.of()).styles();
    }

    private static List<Token> tokens(String text) {
        return Tokenizer.tokenize(text);
    }

    @Test
    void runningProseIsToldFromBiosListsAndShortProfilesByItsShape() {
        assertThat(ProseCues.runningProse(tokens(STORY + "Today she tattoos fine line at a studio downtown.")))
                .isTrue();
        assertThat(ProseCues.runningProse(tokens(STORY))).as("three full sentences").isFalse();
        assertThat(ProseCues.runningProse(tokens("Blackwork\nDotwork\nFine line\nJapanese\nRealism\nLettering")))
                .isFalse();
        assertThat(ProseCues.runningProse(tokens(STORY + "Styles:\nBlackwork\nDotwork\nFine line\nJapanese\n"
                + "Realism\nLettering\nOrnamental\nTribal\nSketch\nAnime\nChicano\nNew school\nTrash polka")))
                .as("a style list is most of the words").isFalse();
    }

    @Test
    void aTrendInAShortSentenceOfProseIsNotTheArtistsStyle() {
        assertThat(styles(STORY + "Tattoo trends: tribal is out. She tattoos fine line at a studio downtown."))
                .containsExactly("fine-line");
        assertThat(styles(STORY + "A aquarela é uma tendência. She tattoos fine line at a studio downtown."))
                .containsExactly("fine-line");
        assertThat(styles(STORY + "Geometrische Motive sind gerade sehr gefragt. "
                + "Sie sticht Fine Line in einem Studio der Stadt.")).containsExactly("fine-line");
        assertThat(styles(STORY + "Tribal und Arschgeweih waren gestern. "
                + "Sie sticht Fine Line in einem Studio der Stadt.")).containsExactly("fine-line");
        assertThat(styles("Tribal und Arschgeweih waren gestern. Ich steche Fine Line."))
                .as("a short bio reads as before").containsExactlyInAnyOrder("fine-line", "tribal");
    }

    @Test
    void aStylesHistoryOrDefinitionIsNotTheArtistsStyle() {
        assertThat(styles(STORY + "By definition a mandala is a geometric design. She tattoos dotwork mandalas."))
                .containsExactly("dotwork");
        assertThat(styles(STORY + "Chicano tattooing originated in the prisons of Los Angeles. She does lettering."))
                .containsExactly("lettering");
    }

    @Test
    void theArtistsOwnTattoosAndFirstStepsAreNotTheirStyle() {
        assertThat(styles(STORY + "My first tattoo was a tribal on my arm. Now I tattoo realism in my own studio."))
                .containsExactly("realism");
        assertThat(styles(STORY + "When I started I did old school, but now I tattoo Japanese work every day."))
                .as("a contrast word ends the cue's reach").containsExactly("japanese");
        assertThat(styles(STORY + "Mi feci fare un drago giapponese a vent'anni. Oggi tatuo realismo."))
                .containsExactly("realism");
    }

    @Test
    void anotherArtistsOrAClientsStyleIsNotTheArtists() {
        assertThat(styles(STORY + "At the shop she was surrounded by realism artists for years. She tattoos fine line "
                + "in her own studio now.")).containsExactly("fine-line");
        assertThat(styles(STORY + "S'il veut du lettrage, je l'envoie chez un ami. Je fais surtout du blackwork ici."))
                .containsExactly("blackwork");
    }

    @Test
    void aRefusalInDutchOrBeyondTheNegationWindowIsNoStyle() {
        assertThat(styles("Ik maak geen realisme.")).isEmpty();
        assertThat(styles(STORY + "Ik maak zeker geen oldskool werk of iets traditioneels of realistisch. "
                + "Ik tatoeëer blackwork.")).containsExactly("blackwork");
    }
}
