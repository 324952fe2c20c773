package tad.styles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StyleDataTest {

    private final StyleData data = StyleData.bundled();

    @Test
    void taxonomyHasExactlyTheAgreedSlugsWithLabels() {
        assertThat(data.taxonomy().slugs()).containsExactly("traditional", "neo-traditional", "japanese", "blackwork",
                "black-and-grey", "realism", "micro-realism", "fine-line", "minimalist", "dotwork", "geometric",
                "ornamental", "watercolour", "illustrative", "new-school", "tribal", "trash-polka", "chicano",
                "lettering", "biomechanical", "surrealism", "anime", "sketch");
        assertThat(data.taxonomy().label("black-and-grey")).contains("Black and grey");
        assertThat(data.taxonomy().slugs()).allSatisfy(slug -> assertThat(data.taxonomy().label(slug)).isPresent());
    }

    @Test
    void everySlugHasAnAliasNamingIt() {
        assertThat(data.taxonomy().slugs()).allSatisfy(slug ->
                assertThat(data.hashtags().resolve(slug.replace("-", ""))).contains(slug));
    }

    /** A stop-listed tag must never also name a style, or the two lists contradict each other. */
    @Test
    void noAliasIsStopListed() {
        assertThat(data.aliases().hashtagKeys()).noneMatch(data.stopList()::contains);
    }

    @Test
    void stopListCoversTheUsualNoise() {
        assertThat(List.of("tattoo", "inked", "leeds", "booksopen", "dynamicink", "sleeve", "rose"))
                .allMatch(data.stopList()::contains);
    }

    @Test
    void malformedDataNamesFileAndLine() throws IOException {
        DataFile file = DataFile.parse("aliases.txt", new BufferedReader(new StringReader("# c\nneo trad\n")));
        assertThatThrownBy(file::entries).hasMessageContaining("aliases.txt:2");
    }

    @Test
    void anAliasForAnUnknownSlugIsRejected() throws IOException {
        assertThatThrownBy(() -> build(file("aliases.txt", "cyber = cybersigilism")))
                .hasMessageContaining("cybersigilism").hasMessageContaining("aliases.txt:1");
    }

    @Test
    void anAliasNamingTwoStylesIsRejected() throws IOException {
        assertThatThrownBy(() -> build(file("aliases.txt", "bng realism = black-and-grey, realism")))
                .hasMessageContaining("aliases.txt:1").hasMessageContaining("exactly one slug");
    }

    @Test
    void onePhraseNamingTwoStylesAcrossFilesIsRejected() throws IOException {
        // "Réalisme" folds to "realisme": the French file may not make it mean anything else
        assertThatThrownBy(() -> build(file("aliases.txt", "realisme = realism"),
                file("aliases-fr.txt", "# why\nRéalisme = surrealism")))
                .hasMessageContaining("aliases-fr.txt:2").hasMessageContaining("aliases.txt:1");
    }

    /** Read straight from the files, independently of the loader: one slug of the taxonomy per alias line. */
    @Test
    void everyBundledAliasNamesExactlyOneCanonicalStyle() {
        Map<String, String> seen = new HashMap<>();
        List<String> files = new ArrayList<>(StyleData.ALIAS_FILES);
        files.add("hashtag-aliases.txt");
        for (String name : files) {
            for (DataFile.Entry entry : DataFile.resource(name).entries()) {
                String where = name + ":" + entry.line();
                assertThat(entry.value()).as(where).doesNotContain(",");
                assertThat(data.taxonomy().contains(entry.value())).as(where + " names a slug").isTrue();
                String previous = seen.putIfAbsent(Vocabulary.phraseOf(entry.key()).replace(" ", ""), entry.value());
                assertThat(previous).as(where + " agrees with earlier lines").isIn(null, entry.value());
            }
        }
        assertThat(seen).hasSizeGreaterThan(250);
    }

    @Test
    void languageWordsNeedTheMarkerWordsOfTheirLanguage() throws IOException {
        assertThatThrownBy(() -> TextLanguages.from(file("languages.txt", "marker-es = muy\nno-cue-pt = no")))
                .hasMessageContaining("languages.txt").hasMessageContaining("[pt]");
        assertThatThrownBy(() -> TextLanguages.from(file("languages.txt", "seldom = no")))
                .hasMessageContaining("languages.txt:1").hasMessageContaining("'seldom'");
        assertThatThrownBy(() -> TextLanguages.from(file("languages.txt", "marker-es = muy bien")))
                .hasMessageContaining("languages.txt:1").hasMessageContaining("'muy bien'");
        assertThatThrownBy(() -> AsideCues.from(file("aside-cues.txt", "later = then")))
                .hasMessageContaining("aside-cues.txt:1").hasMessageContaining("'later'");
    }

    @Test
    void generatedFormsCoverSpellingsPluralsAndGluedWords() {
        Map<String, String> phrases = data.aliases().phrases();
        assertThat(phrases).containsEntry("black and gray", "black-and-grey").containsEntry("watercolor", "watercolour")
                .containsEntry("watercolours", "watercolour").containsEntry("oldschool", "traditional")
                .containsEntry("realistic tattoos", "realism").containsEntry("script work", "lettering")
                .containsEntry("realisme", "realism").containsEntry("schwarz weiss", "black-and-grey");
        assertThat(phrases).doesNotContainKeys("realistic", "script", "sketch");
    }

    private AliasTable build(DataFile... aliasFiles) throws IOException {
        return Vocabulary.build(List.of(aliasFiles), file("hashtag-aliases.txt", ""),
                file("spelling-variants.txt", "grey = gray"), file("style-nouns.txt", "tattoos"), data.taxonomy(),
                data.stopList());
    }

    private static DataFile file(String name, String text) throws IOException {
        return DataFile.parse(name, new BufferedReader(new StringReader(text)));
    }
}
