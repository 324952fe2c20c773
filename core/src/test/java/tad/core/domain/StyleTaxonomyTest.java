package tad.core.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The taxonomy's data files: every canonical style has a label and a plain-English description. */
class StyleTaxonomyTest {
    private final StyleTaxonomy taxonomy = StyleTaxonomy.bundled();

    @Test
    void everyStyleIsDescribedInAFewPlainSentences() {
        assertThat(taxonomy.slugs()).hasSizeGreaterThan(20).startsWith("traditional", "neo-traditional");
        for (String slug : taxonomy.slugs()) {
            String description = taxonomy.description(slug).orElseThrow();
            assertThat(description).as(slug).hasSizeBetween(60, 260).doesNotContain("<", ">", "|").endsWith(".")
                    .isNotEqualTo(slug);
        }
        assertThat(taxonomy.description("blackwork").orElseThrow()).contains("black and grey");
        assertThat(taxonomy.description("no-such-style")).isEmpty();
    }
}
