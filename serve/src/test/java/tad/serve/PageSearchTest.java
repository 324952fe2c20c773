package tad.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The server reads a search page's address as the web app does: for every case of {@code page-search-cases.json}
 * (the /api/artists query, the grid's address and the title, written by the web app's own searchState.ts and
 * pageTitles.ts, which {@code web/tests/unit/pageSearchCases.test.ts} checks against the same file), PageSearch and
 * SearchSeo give the same strings.
 */
class PageSearchTest {
    @Test
    void everyAddressIsReadAsTheWebAppReadsIt() throws IOException {
        JsonNode fixture;
        try (InputStream in = PageSearchTest.class.getResourceAsStream("page-search-cases.json")) {
            fixture = Json.MAPPER.readTree(in);
        }
        Map<String, String> labels = new HashMap<>();
        fixture.path("labels").properties().forEach(e -> labels.put(e.getKey(), e.getValue().asText()));
        assertThat(fixture.path("cases")).hasSizeGreaterThan(20);
        for (JsonNode c : fixture.path("cases")) {
            String address = c.path("address").asText();
            PageSearch search = PageSearch.parse(address);
            assertThat(search.apiQuery()).as("apiQuery of '%s'", address).isEqualTo(c.path("apiQuery").asText());
            assertThat(search.gridQuery()).as("gridQuery of '%s'", address).isEqualTo(c.path("gridQuery").asText());
            assertThat(SearchSeo.title(search, labels)).as("title of '%s'", address).isEqualTo(c.path("title").asText());
        }
    }

    @Test
    void theApiParametersAreTheApiQueryAndAMapViewGetsOnePageOfAHundred() {
        PageSearch search = PageSearch.parse("view=map&style=japanese&page=3");

        assertThat(search.map()).isTrue();
        assertThat(search.apiParameters()).isEqualTo(Map.of("style", List.of("japanese"), "page", List.of("1"),
                "size", List.of("100")));
        assertThat(search.pageQuery(2)).isEqualTo("style=japanese&view=map");
    }

    @Test
    void browserNumberFormsAreMirrored() {
        assertThat(BrowserForms.string(25)).isEqualTo("25");
        assertThat(BrowserForms.string(2.5)).isEqualTo("2.5");
        assertThat(BrowserForms.string(1e-7)).isEqualTo("1e-7");
        assertThat(BrowserForms.string(1e-6)).isEqualTo("0.000001");
        assertThat(BrowserForms.string(1.5e21)).isEqualTo("1.5e+21");
        assertThat(BrowserForms.string(123456789012.5)).isEqualTo("123456789012.5");
        assertThat(BrowserForms.fixed(53.123455, 5)).isEqualTo("53.12345");
        assertThat(BrowserForms.fixed(-0.000001, 5)).isEqualTo("0");
        assertThat(BrowserForms.number(" 1e1 ")).isEqualTo(10);
        assertThat(BrowserForms.number("")).isZero();
        assertThat(BrowserForms.number("1d")).isNaN();
        assertThat(BrowserForms.trim("\u2003x\u00a0\n")).isEqualTo("x");
    }
}
