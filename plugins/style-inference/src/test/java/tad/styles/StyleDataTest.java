package tad.styles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
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
        assertThat(java.util.List.of("tattoo", "inked", "leeds", "booksopen", "dynamicink", "sleeve", "rose"))
                .allMatch(data.stopList()::contains);
    }

    @Test
    void malformedDataNamesFileAndLine() throws IOException {
        DataFile file = DataFile.parse("aliases.txt", new BufferedReader(new StringReader("# c\nneo trad\n")));
        assertThatThrownBy(file::entries).hasMessageContaining("aliases.txt:2");
    }

    @Test
    void anAliasForAnUnknownSlugIsRejected() throws IOException {
        DataFile aliases = DataFile.parse("aliases.txt", new BufferedReader(new StringReader("cyber = cybersigilism")));
        DataFile none = DataFile.parse("hashtag-aliases.txt", new BufferedReader(new StringReader("")));
        assertThatThrownBy(() -> AliasTable.from(aliases, none, data.taxonomy()))
                .hasMessageContaining("cybersigilism").hasMessageContaining("aliases.txt:1");
    }
}
