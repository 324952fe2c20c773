package tad.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import tad.core.search.AvailabilityEntry;

/**
 * The first views word availability as the web app does: the expected strings are what
 * {@code web/src/lib/availability.ts}'s availabilityText gives for the same statements (Node's en-GB Intl formats).
 */
class AvailabilityHtmlTest {
    private static AvailabilityEntry entry(String kind, String from, String until, String place) {
        return new AvailabilityEntry(kind, from == null ? null : LocalDate.parse(from),
                until == null ? null : LocalDate.parse(until), place, "<b>books</b> \"open\"", LocalDate.parse("2028-01-01"),
                null);
    }

    @Test
    void theWordsAreTheAppsWords() {
        assertThat(List.of(
                entry("guest-spot", "2027-01-12", "2027-01-14", "Manchester"),
                entry("flash", "2026-12-19", "2026-12-19", null),
                entry("books-open", "2027-03-01", "2027-03-31", null),
                entry("books-open", "2027-01-01", "2027-02-28", null),
                entry("books-open", "2027-09-05", null, null),
                entry("books-closed", null, null, null)).stream().map(AvailabilityHtml::text))
                .containsExactly("Guest spot · Manchester · 12 Jan – 14 Jan", "Flash · 19 Dec", "Books open · March",
                        "Books open · January – February", "Books open · from 5 Sept", "Books closed");
    }

    @Test
    void badgesCarryTheEvidenceAsEscapedText() {
        StringBuilder html = new StringBuilder();
        AvailabilityHtml.badges(html, List.of(entry("flash", "2026-12-19", "2026-12-19", null)), true);
        Element list = Jsoup.parse(html.toString()).selectFirst("ul.availability.availability-detailed");

        assertThat(list.attr("aria-label")).isEqualTo("Availability");
        assertThat(list.selectFirst("li.availability-flash").attr("title")).isEqualTo("<b>books</b> \"open\"");
        assertThat(list.select("q.availability-evidence").text()).isEqualTo("<b>books</b> \"open\"");
        assertThat(list.select("b")).isEmpty();
        StringBuilder none = new StringBuilder();
        AvailabilityHtml.badges(none, List.of(), false);
        assertThat(none).isEmpty();
    }
}
