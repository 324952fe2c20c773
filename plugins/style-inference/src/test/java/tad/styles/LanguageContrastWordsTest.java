package tad.styles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A contrast word of one language only ({@code contrast-fr = mais} in aside-cues.txt) ends an aside cue's reach only in
 * a text read in that language ({@link TextLanguages}): French "mais" is "but", Portuguese "mais" is "more".
 */
class LanguageContrastWordsTest {

    private final StyleInferrer inferrer = new StyleInferrer(StyleData.bundled(), InferenceSettings.DEFAULTS);

    private List<String> styles(String bio) {
        return inferrer.infer(bio, List.of()).styles();
    }

    @Test
    void portugueseMaisIsMoreAndDoesNotEndATrendCue() {
        assertThat(styles("Na moda estão mais fine line e minimalismo. Meu trabalho é blackwork."))
                .containsExactly("blackwork");
    }

    @Test
    void frenchMaisIsButAndEndsAnInfluenceCue() {
        assertThat(styles("Je suis inspiré par les estampes mais travaille le dotwork avec passion."))
                .containsExactly("dotwork");
    }

    @Test
    void aContrastWordOfALanguageWithoutMarkerWordsIsRefused() throws IOException {
        AsideCues asides = AsideCues.from(file("aside-cues.txt", "contrast-xx = mais"));
        TextLanguages languages = TextLanguages.from(file("languages.txt", "marker-pt = não"));
        assertThatThrownBy(() -> new MentionFinder.Cues(null, asides, null, languages, null))
                .hasMessageContaining("contrast words of [xx] but no marker words");
    }

    private static DataFile file(String name, String text) throws IOException {
        return DataFile.parse(name, new BufferedReader(new StringReader(text)));
    }
}
