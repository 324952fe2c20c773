package tad.core.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchTextTest {
    @Test
    void wordsAreFoldedLowerCasedAndSplitOnNonLetters() {
        assertThat(SearchText.words("José Álvarez-Ruiz, Café #1")).containsExactly("jose", "alvarez", "ruiz", "cafe", "1");
        assertThat(SearchText.words("  ")).isEmpty();
        assertThat(SearchText.words(null)).isEmpty();
    }

    @Test
    void handlesAreIndexedAsWordsAndRunTogether() {
        assertThat(SearchText.handle("ink_by_sam")).isEqualTo("ink by sam inkbysam");
        assertThat(SearchText.handle("lenanovak")).isEqualTo("lenanovak");
    }

    @Test
    void queryWordsDropStopWordsUnlessNothingElseIsLeft() {
        assertThat(SearchText.queryWords("the ink by sam")).extracting(QueryWord::word).containsExactly("ink", "sam");
        assertThat(SearchText.queryWords("the")).extracting(QueryWord::word).containsExactly("the");
        assertThat(SearchText.queryWords("ink ink INK")).hasSize(1);
        assertThat(SearchText.queryWords("a b c d e f g h i j k")).hasSize(SearchText.MAX_QUERY_WORDS);
    }

    @Test
    void typoAllowanceGrowsWithWordLength() {
        assertThat(QueryWord.of("k")).isEqualTo(new QueryWord("k", false, 0));
        assertThat(QueryWord.of("ko")).isEqualTo(new QueryWord("ko", true, 0));
        assertThat(QueryWord.of("koi")).isEqualTo(new QueryWord("koi", true, 1));
        assertThat(QueryWord.of("realism")).isEqualTo(new QueryWord("realism", true, 2));
    }

    @Test
    void citiesCompareByKey() {
        assertThat(SearchText.cityKey("  LEEDS ")).isEqualTo(SearchText.cityKey("Leeds"));
        assertThat(SearchText.cityKey("St. Albans")).isEqualTo("st albans");
    }
}
